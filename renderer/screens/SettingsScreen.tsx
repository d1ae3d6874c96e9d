import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../api/useSubmit';
import type { UiErrorCode } from '../api/apiError';
import { useLoad } from '../api/useLoad';
import { ErrorAlert, StatusMessage } from '../components/Alert';
import { ScreenHeading } from '../components/ScreenHeading';
import { RestoreBackupForm } from './RestoreBackupForm';
import { ReceiptSection, ReceiveHandoverSection } from '../features/handover/ReceiveHandover';
import { TextField } from '../components/TextField';
import { formatBytes, formatDateTime } from '../format/dateTime';
import { useSession } from '../state/sessionStore';
import { useSettings } from '../state/settingsStore';
import { backupVault, changePassphrase, getSettings, listBackups, updateSettings, verifyAuditTrail } from './vaultActions';

export function SettingsScreen() {
  const { t } = useTranslation();
  const setSettings = useSettings((s) => s.setSettings);
  const setBackups = useSettings((s) => s.setBackups);

  const { error: loadError } = useLoad(() => Promise.all([getSettings(), listBackups()]), [], {
    onLoaded: ([settings, backups]) => {
      setSettings(settings);
      setBackups(backups);
    },
  });

  return (
    <div className="screen">
      <ScreenHeading>{t('settings.title')}</ScreenHeading>
      {loadError ? <ErrorAlert>{loadError}</ErrorAlert> : null}
      <div className="two-columns">
        <AutoLockSection />
        <PassphraseSection />
        <BackupsSection />
        <VerifySection />
        <ReceiveHandoverSection />
        <ReceiptSection />
      </div>
    </div>
  );
}

function AutoLockSection() {
  const { t } = useTranslation();
  const settings = useSettings((s) => s.settings);
  const setSettings = useSettings((s) => s.setSettings);
  const [minutes, setMinutes] = useState('');
  const [keep, setKeep] = useState('');
  const [weeks, setWeeks] = useState('');
  const [minimum, setMinimum] = useState('');
  const [raisedWeeks, setRaisedWeeks] = useState('');
  const [contactWeeksText, setContactWeeks] = useState('');
  const { error, setError, run, onSubmit } = useSubmit();
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (settings) {
      setMinutes(String(settings.autoLockMinutes));
      setKeep(String(settings.backupKeep));
      setWeeks(String(settings.notDiscussedWeeks));
      setMinimum(String(settings.reportMinimumCount));
      setRaisedWeeks(String(settings.raisedConcernWeeks));
      setContactWeeks(String(settings.contactWeeks));
    }
  }, [settings]);

  const submit = onSubmit(async () => {
    setSaved(false);
    setError(null);
    const autoLockMinutes = Number(minutes);
    const backupKeep = Number(keep);
    const notDiscussedWeeks = Number(weeks);
    const reportMinimumCount = Number(minimum);
    const raisedConcernWeeks = Number(raisedWeeks);
    const contactWeeks = Number(contactWeeksText);
    if (![autoLockMinutes, backupKeep, notDiscussedWeeks, reportMinimumCount, raisedConcernWeeks, contactWeeks].every(Number.isInteger)) {
      setError(t('errors.invalid_request'));
      return;
    }
    await run(
      () => updateSettings({ autoLockMinutes, backupKeep, notDiscussedWeeks, reportMinimumCount, raisedConcernWeeks, contactWeeks }),
      (next) => {
        setSettings(next);
        const status = useSession.getState().status;
        if (status) useSession.getState().setStatus({ ...status, autoLockMinutes: next.autoLockMinutes });
        setSaved(true);
      },
    );
  });

  return (
    <section className="panel" aria-labelledby="settings-autolock">
      <h2 id="settings-autolock">{t('settings.autoLockTitle')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('settings.autoLock')}
          hint={t('settings.autoLockHint')}
          type="number"
          inputMode="numeric"
          min={1}
          max={240}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          className="field__input--short"
        />
        <TextField
          label={t('settings.backupKeep')}
          hint={t('settings.backupKeepHint')}
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          value={keep}
          onChange={(e) => setKeep(e.target.value)}
          className="field__input--short"
        />
        <TextField
          label={t('familyPlan.settings.notDiscussedWeeks')}
          type="number"
          inputMode="numeric"
          min={1}
          max={52}
          value={weeks}
          onChange={(e) => setWeeks(e.target.value)}
          className="field__input--short"
        />
        <TextField
          label={t('familyPlan.settings.raisedConcernWeeks')}
          type="number"
          inputMode="numeric"
          min={1}
          max={104}
          value={raisedWeeks}
          onChange={(e) => setRaisedWeeks(e.target.value)}
          className="field__input--short"
        />
        <TextField
          label={t('familyPlan.settings.contactWeeks')}
          type="number"
          inputMode="numeric"
          min={1}
          max={52}
          value={contactWeeksText}
          onChange={(e) => setContactWeeks(e.target.value)}
          className="field__input--short"
        />
        <TextField
          label={t('settings.reportMinimumCount')}
          hint={t('settings.reportMinimumCountHint')}
          type="number"
          inputMode="numeric"
          min={3}
          max={50}
          value={minimum}
          onChange={(e) => setMinimum(e.target.value)}
          className="field__input--short"
        />
        {error ? <ErrorAlert>{error}</ErrorAlert> : null}
        {saved ? <StatusMessage tone="success">{t('settings.saved')}</StatusMessage> : null}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={!settings}>
            {t('settings.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** A refused passphrase change names the field it is about. */
function passphraseFieldOf(code: UiErrorCode): string | undefined {
  if (code === 'wrong_passphrase_or_damaged') return 'current';
  if (code === 'weak_passphrase') return 'next';
  if (code === 'passphrase_mismatch') return 'repeat';
  return undefined;
}

function PassphraseSection() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const { busy, error, fieldErrors: errors, rejects, run, onSubmit } = useSubmit({ fieldOf: passphraseFieldOf });

  const submit = onSubmit(async () => {
    setDone(false);
    const rejected = rejects({
      current: current === '' ? t('form.required') : null,
      next: next === '' ? t('form.required') : null,
      repeat: next !== '' && next !== repeat ? t('create.mismatch') : null,
    });
    if (rejected) return;
    await run(
      () => changePassphrase({ current, next, nextRepeat: repeat }),
      (status) => {
        useSession.getState().setStatus(status);
        setCurrent('');
        setNext('');
        setRepeat('');
        setDone(true);
      },
    );
  });

  return (
    <section className="panel" aria-labelledby="settings-passphrase">
      <h2 id="settings-passphrase">{t('settings.passphraseTitle')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('settings.current')}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          error={errors.current ?? null}
        />
        <TextField
          label={t('settings.next')}
          hint={t('create.passphraseHint')}
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={(e) => setNext(e.target.value)}
          error={errors.next ?? null}
        />
        <TextField
          label={t('settings.nextRepeat')}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          error={errors.repeat ?? null}
        />
        {error ? <ErrorAlert>{error}</ErrorAlert> : null}
        {busy ? <StatusMessage>{t('settings.changeBusy')}</StatusMessage> : null}
        {done ? <StatusMessage tone="success">{t('settings.changed')}</StatusMessage> : null}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('settings.change')}
          </button>
        </div>
      </form>
    </section>
  );
}

function BackupsSection() {
  const { t, i18n } = useTranslation();
  const backups = useSettings((s) => s.backups);
  const setBackups = useSettings((s) => s.setBackups);
  const { busy, error, run } = useSubmit();
  const [made, setMade] = useState<string | null>(null);

  const backup = () => {
    setMade(null);
    return run(async () => {
      const info = await backupVault();
      setMade(info.fileName);
      setBackups(await listBackups());
    });
  };

  return (
    <section className="panel" aria-labelledby="settings-backups">
      <h2 id="settings-backups">{t('settings.backupsTitle')}</h2>
      <p>{t('settings.backupsIntro')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={backup} disabled={busy}>
          {t('settings.backupNow')}
        </button>
      </div>
      {busy ? <StatusMessage>{t('settings.backupBusy')}</StatusMessage> : null}
      {made ? <StatusMessage tone="success">{t('settings.backupMade', { fileName: made })}</StatusMessage> : null}
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <h3>{t('settings.backupsList')}</h3>
      {backups.length === 0 ? (
        <p>{t('settings.backupsEmpty')}</p>
      ) : (
        <ul className="plain-list">
          {backups.map((b) => (
            <li key={b.path}>
              <strong>{b.fileName}</strong>
              <span className="table__sub">
                {t('settings.backupItem', {
                  date: formatDateTime(b.createdAt, i18n.language),
                  size: formatBytes(b.sizeBytes, i18n.language),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {backups.length > 0 ? <RestoreBackupForm backups={backups} /> : null}
    </section>
  );
}

function VerifySection() {
  const { t } = useTranslation();
  const verification = useSettings((s) => s.verification);
  const setVerification = useSettings((s) => s.setVerification);
  const { busy, error, run } = useSubmit();

  const verify = () => {
    setVerification(null);
    return run(() => verifyAuditTrail(), setVerification);
  };

  return (
    <section className="panel" aria-labelledby="settings-verify">
      <h2 id="settings-verify">{t('settings.verifyTitle')}</h2>
      <p>{t('settings.verifyIntro')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={verify} disabled={busy}>
          {t('settings.verify')}
        </button>
      </div>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      {verification?.ok ? (
        <StatusMessage tone="success">{t('settings.verifyOk', { count: verification.entries })}</StatusMessage>
      ) : null}
      {verification && !verification.ok ? (
        <ErrorAlert>
          <p>{t('settings.verifyProblems')}</p>
          <ul>
            {verification.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </ErrorAlert>
      ) : null}
    </section>
  );
}
