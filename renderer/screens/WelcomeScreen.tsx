import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../api/useSubmit';
import type { RecentVault, VaultTarget } from '../../shared/contract/schemas';
import { useLoad } from '../api/useLoad';
import { ErrorAlert, StatusMessage } from '../components/Alert';
import { ScreenHeading } from '../components/ScreenHeading';
import { formatDateTime } from '../format/dateTime';
import { applyStatus } from '../session/sessionFlow';
import { useNavigation } from '../state/navigationStore';
import { useSession } from '../state/sessionStore';
import { LockNotice } from './LockNotice';
import { chooseCreatePath, chooseOpenPath, openDemoVault, recentVaults } from './vaultActions';

export function WelcomeScreen() {
  const { t, i18n } = useTranslation();
  const { busy, error, run: submit } = useSubmit();
  const [info, setInfo] = useState<string | null>(null);
  const go = useNavigation((s) => s.go);
  const openAbout = useNavigation((s) => s.openAbout);
  const setTarget = useSession((s) => s.setTarget);

  const loadedRecent = useLoad(() => recentVaults(), []);
  const recent: RecentVault[] | null = loadedRecent.error !== null ? [] : (loadedRecent.data ?? null);

  const run = (action: () => Promise<void>) => {
    setInfo(null);
    return submit(action);
  };

  const createVault = () =>
    run(async () => {
      const target = await chooseCreatePath();
      if (target === null) return setInfo(t('welcome.noFileChosen'));
      setTarget(target);
      go('create');
    });

  const openVault = () =>
    run(async () => {
      const target = await chooseOpenPath();
      if (target === null) return setInfo(t('welcome.noFileChosen'));
      openTarget(target);
    });

  const openDemo = () =>
    run(async () => {
      setInfo(t('welcome.demoOpening'));
      const status = await openDemoVault();
      setInfo(null);
      applyStatus(status);
    });

  const openTarget = (target: VaultTarget) => {
    useSession.getState().setNotice(null);
    setTarget(target);
    go('unlock');
  };

  return (
    <div className="screen screen--welcome">
      <ScreenHeading>{t('welcome.title')}</ScreenHeading>
      <LockNotice />
      <div className="intro">
        <p>{t('welcome.intro1')}</p>
        <p>{t('welcome.intro2')}</p>
        <p>{t('welcome.intro3')}</p>
      </div>

      <section className="panel" aria-labelledby="welcome-actions">
        <h2 id="welcome-actions">{t('welcome.actionsTitle')}</h2>
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={createVault} disabled={busy}>
            {t('welcome.create')}
          </button>
          <button type="button" className="button" onClick={openVault} disabled={busy}>
            {t('welcome.open')}
          </button>
          <button type="button" className="button" onClick={openDemo} disabled={busy}>
            {t('welcome.demo')}
          </button>
        </div>
        {(error ?? loadedRecent.error) ? <ErrorAlert>{error ?? loadedRecent.error}</ErrorAlert> : null}
        {info ? <StatusMessage>{info}</StatusMessage> : null}
        <p className="muted">{t('handover.welcomeHint')}</p>
      </section>

      <section className="panel" aria-labelledby="welcome-recent">
        <h2 id="welcome-recent">{t('welcome.recentTitle')}</h2>
        {recent !== null && recent.length === 0 ? <p>{t('welcome.recentEmpty')}</p> : null}
        {recent !== null && recent.length > 0 ? (
          <ul className="recent-list">
            {recent.map((vault, index) => (
              <li key={vault.path} className="recent-list__item">
                <button
                  type="button"
                  className="recent-list__button"
                  onClick={() => openTarget(vault)}
                  aria-label={t('welcome.recentOpen', { fileName: vault.fileName })}
                  aria-describedby={`recent-vault-${index}`}
                >
                  <span className="recent-list__name">{vault.fileName}</span>
                </button>
                <span className="recent-list__meta" id={`recent-vault-${index}`}>
                  {vault.path} · {t('welcome.recentOpened', { date: formatDateTime(vault.lastOpenedAt, i18n.language) })}
                  {vault.exists ? null : <> · <strong>{t('welcome.recentMissing')}</strong></>}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <p>
        <button type="button" className="link-button" onClick={openAbout}>
          {t('welcome.about')}
        </button>
      </p>
    </div>
  );
}
