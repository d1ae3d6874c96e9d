import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/Alert';
import { TextField } from '../../components/TextField';

/**
 * Releasing an item under medical professional secrecy needs a reason in words (at least three
 * characters, as core demands); the release is recorded with who and when.
 */
export function ReleaseForm({ what, onRelease, onCancel }: { what: string; onRelease(reason: string): Promise<string | null>; onCancel?: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (reason.trim().length < 3) {
      setFieldError(t('meetingMode.release.reasonRequired'));
      return;
    }
    setFieldError(null);
    setBusy(true);
    const failed = await onRelease(reason.trim());
    setBusy(false);
    setError(failed);
  };

  return (
    <form className="mm-release" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <p id={titleId} className="mm-release__title">
        {t('meetingMode.release.title', { what })}
      </p>
      <TextField label={t('meetingMode.release.reason')} hint={t('meetingMode.release.reasonHint')} value={reason} onChange={(e) => setReason(e.target.value)} error={fieldError} maxLength={1000} />
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {t('meetingMode.release.submit')}
        </button>
        {onCancel ? (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('meetingMode.release.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
