import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../api/useSubmit';
import type { MeetingModeState } from '../../../shared/contract/meetingModeChannels';
import { ErrorAlert } from '../../components/Alert';
import { startMeeting } from './meetingModeActions';

/**
 * The start: the confidentiality statement is read out and everyone at the table confirms it.
 * The meeting does not start without that confirmation (core refuses it too).
 */
export function StartPanel({ mode }: { mode: MeetingModeState }) {
  const { t } = useTranslation();
  const [confirmed, setConfirmed] = useState(false);
  const { busy, error, setError, settle, onSubmit } = useSubmit();
  const statement = mode.meeting.confidentiality.trim() || t('meetingMode.start.defaultStatement');

  const submit = onSubmit(async () => {
    if (!confirmed) {
      setError(t('meetingMode.start.confirmFirst'));
      document.getElementById('mm-confirm')?.focus();
      return;
    }
    await settle(startMeeting);
  });

  return (
    <section className="panel mm-start" aria-labelledby="mm-start-title">
      <h2 id="mm-start-title">{t('meetingMode.start.title')}</h2>
      <p className="muted">{t('meetingMode.start.intro')}</p>
      <blockquote className="mm-statement" dir="auto">
        {statement.split('\n').map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </blockquote>
      <form onSubmit={submit} noValidate>
        <div className="field field--checkbox">
          <div className="checkbox">
            <input
              id="mm-confirm"
              type="checkbox"
              checked={confirmed}
              aria-invalid={error !== null && !confirmed ? true : undefined}
              aria-describedby={error ? 'mm-start-error' : undefined}
              onChange={(e) => {
                setConfirmed(e.target.checked);
                if (e.target.checked) setError(null);
              }}
            />
            <label htmlFor="mm-confirm">{t('meetingMode.start.confirm')}</label>
          </div>
        </div>
        {error ? <ErrorAlert id="mm-start-error">{error}</ErrorAlert> : null}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('meetingMode.start.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
