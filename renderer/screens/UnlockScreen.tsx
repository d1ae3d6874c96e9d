import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../api/useSubmit';
import { StatusMessage } from '../components/Alert';
import { ScreenHeading } from '../components/ScreenHeading';
import { TextField } from '../components/TextField';
import { applyStatus } from '../session/sessionFlow';
import { useNavigation } from '../state/navigationStore';
import { useSession } from '../state/sessionStore';
import { LockNotice } from './LockNotice';
import { openDemoVault, unlockVault } from './vaultActions';

export function UnlockScreen() {
  const { t } = useTranslation();
  const target = useSession((s) => s.target);
  const demo = useSession((s) => s.targetDemo);
  const go = useNavigation((s) => s.go);
  const [passphrase, setPassphrase] = useState('');
  const { busy, error, setError, run, onSubmit } = useSubmit();
  const inputRef = useRef<HTMLInputElement>(null);

  const submit = onSubmit(async () => {
    if (!target) return;
    if (passphrase === '') {
      setError(t('form.required'));
      inputRef.current?.focus();
      return;
    }
    const unlocked = await run(
      () => unlockVault({ token: target.token, passphrase }),
      (status) => {
        setPassphrase('');
        useSession.getState().setNotice(null);
        applyStatus(status);
      },
    );
    if (!unlocked) inputRef.current?.focus();
  });

  return (
    <div className="screen screen--narrow">
      <ScreenHeading>{t('unlock.title')}</ScreenHeading>
      <LockNotice />
      <div className="file-chip">
        <span className="file-chip__label">{t('unlock.file')}:</span> <strong>{target?.fileName ?? ''}</strong>
        <span className="file-chip__path">{target?.path}</span>
      </div>
      {demo ? (
        <div className="panel">
          <p>{t('unlock.demoNote')}</p>
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() =>
              void run(openDemoVault, (status) => {
                useSession.getState().setNotice(null);
                applyStatus(status);
              })
            }
          >
            {t('unlock.demoAgain')}
          </button>
        </div>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('unlock.passphrase')}
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          error={error}
          inputRef={inputRef}
        />
        {busy ? <StatusMessage>{t('unlock.busy')}</StatusMessage> : null}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('unlock.submit')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              useSession.getState().setNotice(null);
              go('welcome');
            }}
            disabled={busy}
          >
            {t('unlock.back')}
          </button>
        </div>
      </form>
    </div>
  );
}
