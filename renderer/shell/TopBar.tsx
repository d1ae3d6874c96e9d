import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { lockVault } from '../session/sessionFlow';
import { useSession } from '../state/sessionStore';
import { NavIcon } from './navIcons';
import { OperatorMenu } from './OperatorMenu';

/** One compact row: the app and the open vault on the left, the person working and the lock on the right. */
export function TopBar({ vaultOpen }: { vaultOpen: boolean }) {
  const { t } = useTranslation();
  const status = useSession((s) => s.status);
  return (
    <header className="topbar">
      <span className="topbar__brand">{t('app.name')}</span>
      {vaultOpen && status ? (
        <>
          <span className="topbar__vault">
            <span className="visually-hidden">{t('shell.vault')}: </span>
            <span dir="auto">{status.fileName}</span>
            {status.isDemo ? <span className="badge">{t('shell.demo')}</span> : null}
          </span>
          <span className="topbar__spacer" />
          <OperatorMenu />
          <button type="button" className="topbar__button topbar__button--lock" onClick={() => void lockVault('user')}>
            <NavIcon name="lock" />
            {t('shell.lock')}
          </button>
        </>
      ) : (
        <>
          <span className="topbar__tagline">{t('app.tagline')}</span>
          <span className="topbar__spacer" />
          <LanguageSwitch />
        </>
      )}
    </header>
  );
}
