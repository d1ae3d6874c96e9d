import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../api/useSubmit';
import type { BackupInfo } from '../../shared/contract/schemas';
import { ErrorAlert, StatusMessage } from '../components/Alert';
import { FieldShell } from '../components/FieldShell';
import { TextField } from '../components/TextField';
import { formatDateTime } from '../format/dateTime';
import { restoreBackup } from './vaultActions';

/**
 * Puts a backup back as a NEW vault file: the open vault stays as it is, so restoring can never
 * throw away today's work. The passphrase is the one the vault had when the backup was made.
 */
export function RestoreBackupForm({ backups }: { backups: BackupInfo[] }) {
  const { t, i18n } = useTranslation();
  const selectId = useId();
  const [choice, setChoice] = useState(backups[0]?.fileName ?? '');
  const [passphrase, setPassphrase] = useState('');
  const { busy, error, setError, run, onSubmit } = useSubmit();
  const [restored, setRestored] = useState<string | null>(null);

  const selected = backups.some((b) => b.fileName === choice) ? choice : (backups[0]?.fileName ?? '');

  const submit = onSubmit(async () => {
    setRestored(null);
    setError(null);
    if (passphrase === '') {
      setError(t('settings.restorePassphraseMissing'));
      return;
    }
    await run(
      () => restoreBackup({ backupFileName: selected, passphrase }),
      (result) => {
        if (result.restored && result.fileName !== null) {
          setRestored(result.fileName);
          setPassphrase('');
        }
      },
    );
  });

  return (
    <form className="form" onSubmit={submit} aria-labelledby={`${selectId}-title`} noValidate>
      <h3 id={`${selectId}-title`}>{t('settings.restoreTitle')}</h3>
      <p>{t('settings.restoreIntro')}</p>
      <FieldShell id={selectId} label={t('settings.restoreWhich')}>
        <select id={selectId} className="field__input" value={selected} onChange={(e) => setChoice(e.target.value)}>
          {backups.map((b) => (
            <option key={b.fileName} value={b.fileName}>
              {t('settings.restoreOption', { date: formatDateTime(b.createdAt, i18n.language), fileName: b.fileName })}
            </option>
          ))}
        </select>
      </FieldShell>
      <TextField
        label={t('settings.restorePassphrase')}
        hint={t('settings.restorePassphraseHint')}
        type="password"
        autoComplete="off"
        value={passphrase}
        onChange={(e) => setPassphrase(e.target.value)}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {t('settings.restoreSubmit')}
        </button>
      </div>
      {busy ? <StatusMessage>{t('settings.restoreBusy')}</StatusMessage> : null}
      {restored ? <StatusMessage tone="success">{t('settings.restoreDone', { fileName: restored })}</StatusMessage> : null}
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
    </form>
  );
}
