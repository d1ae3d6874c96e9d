import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PassphraseStrength } from '../../shared/contract/schemas';
import { api } from '../api';
import { useLoad } from '../api/useLoad';
import { ApiError, messageOf } from '../api/apiError';
import { ErrorAlert, StatusMessage } from '../components/Alert';
import { ScreenHeading } from '../components/ScreenHeading';
import { StrengthMeter } from '../components/StrengthMeter';
import { TextField } from '../components/TextField';
import { baseName } from '../format/dateTime';
import { applyStatus } from '../session/sessionFlow';
import { useNavigation } from '../state/navigationStore';
import { useSession } from '../state/sessionStore';

const STRENGTH_DELAY_MS = 250;

export function CreateScreen() {
  const { t } = useTranslation();
  const path = useSession((s) => s.targetPath);
  const setTarget = useSession((s) => s.setTarget);
  const go = useNavigation((s) => s.go);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [passphraseError, setPassphraseError] = useState<string | null>(null);
  const [repeatError, setRepeatError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const meterId = useId();
  const passphraseRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);

  // Strength is checked by core (zxcvbn with Dutch words), debounced while typing.
  const checked = useLoad(passphrase === '' ? null : () => api.call('vault:checkPassphrase', { passphrase }), [passphrase], {
    delayMs: STRENGTH_DELAY_MS,
  });
  const strength: PassphraseStrength | null = passphrase === '' || checked.error !== null ? null : (checked.data ?? null);

  const chooseOther = async () => {
    setFormError(null);
    try {
      const next = await api.call('vault:chooseCreatePath');
      if (next !== null) setTarget(next);
    } catch (e) {
      setFormError(messageOf(e, t));
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !path) return;
    setPassphraseError(null);
    setRepeatError(null);
    setFormError(null);
    if (passphrase === '') {
      setPassphraseError(t('form.required'));
      passphraseRef.current?.focus();
      return;
    }
    if (passphrase !== repeat) {
      setRepeatError(t('create.mismatch'));
      repeatRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const status = await api.call('vault:create', { path, passphrase, passphraseRepeat: repeat });
      setPassphrase('');
      setRepeat('');
      applyStatus(status);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'weak_passphrase') {
        setPassphraseError(e.userMessage);
        passphraseRef.current?.focus();
      } else if (e instanceof ApiError && e.code === 'passphrase_mismatch') {
        setRepeatError(e.userMessage);
        repeatRef.current?.focus();
      } else {
        setFormError(messageOf(e, t));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="screen screen--narrow">
      <ScreenHeading>{t('create.title')}</ScreenHeading>
      <p>{t('create.intro')}</p>
      <div className="file-chip">
        <span className="file-chip__label">{t('create.file')}:</span> <strong>{path ? baseName(path) : ''}</strong>
        <span className="file-chip__path">{path}</span>
        <button type="button" className="button button--small" onClick={chooseOther} disabled={busy}>
          {t('create.chooseOther')}
        </button>
      </div>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('create.passphrase')}
          hint={t('create.passphraseHint')}
          type="password"
          autoComplete="new-password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          error={passphraseError}
          inputRef={passphraseRef}
          describedBy={meterId}
          autoFocus={false}
        />
        <StrengthMeter id={meterId} strength={strength} empty={passphrase === ''} />
        <TextField
          label={t('create.repeat')}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          error={repeatError}
          inputRef={repeatRef}
        />
        {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
        {busy ? <StatusMessage>{t('create.busy')}</StatusMessage> : null}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('create.submit')}
          </button>
          <button type="button" className="button" onClick={() => go('welcome')} disabled={busy}>
            {t('create.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
