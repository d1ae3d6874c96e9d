import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/contract/schemas';
import { useLoad } from '../api/useLoad';
import { ErrorAlert, StatusMessage } from '../components/Alert';
import { ScreenHeading } from '../components/ScreenHeading';
import { formatDateTime } from '../format/dateTime';
import { useNavigation } from '../state/navigationStore';
import { fetchAppInfo } from './vaultActions';

const ROWS = ['version', 'buildTime', 'commit', 'electron', 'chrome', 'node', 'platform', 'sqlcipher'] as const;

export function AboutScreen() {
  const { t, i18n } = useTranslation();
  const returnTo = useNavigation((s) => s.returnTo);
  const go = useNavigation((s) => s.go);

  const { data: info, error } = useLoad(() => fetchAppInfo(), []);

  const value = (row: (typeof ROWS)[number], appInfo: AppInfo) =>
    row === 'buildTime' ? formatDateTime(appInfo.buildTime, i18n.language) : appInfo[row];

  return (
    <div className="screen screen--narrow">
      <ScreenHeading>{t('about.title')}</ScreenHeading>
      <p>{t('about.description')}</p>
      <section className="panel" aria-labelledby="about-version">
        <h2 id="about-version">{t('about.versionTitle')}</h2>
        {error ? <ErrorAlert>{error}</ErrorAlert> : null}
        {info ? (
          <dl className="facts">
            {ROWS.map((row) => (
              <div key={row} className="facts__row">
                <dt>{t(`about.${row}`)}</dt>
                <dd>{value(row, info)}</dd>
              </div>
            ))}
          </dl>
        ) : error ? null : (
          <StatusMessage>{t('about.loading')}</StatusMessage>
        )}
      </section>
      <button type="button" className="button" onClick={() => go(returnTo)}>
        {t('about.back')}
      </button>
    </div>
  );
}
