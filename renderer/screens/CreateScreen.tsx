import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../api/useSubmit';
import type { PassphraseStrength } from '../../shared/contract/schemas';
import { useLoad } from '../api/useLoad';
import type { UiErrorCode } from '../api/apiError';
import { ErrorAlert, StatusMessage } from '../components/Alert';
import { ScreenHeading } from '../components/ScreenHeading';
import { StrengthMeter } from '../components/StrengthMeter';
import { TextField } from '../components/TextField';
import { applyStatus } from '../session/sessionFlow';
import { useNavigation } from '../state/navigationStore';
import { useSession } from '../state/sessionStore';
import { checkPassphrase, chooseCreatePath, createVaultFile } from './vaultActions';

const STRENGTH_DELAY_MS = 250;

/** A passphrase core refuses is shown at the field it is about. */
function createFieldOf(code: UiErrorCode): string | undefined {
  if (code === 'weak_passphrase') return 'passphrase';
  if (code === 'passphrase_mismatch') return 'repeat';
  return undefined;
}

export function CreateScreen() {
  const { t } = useTranslation();
  const target = useSession((s) => s.target);
  const setTarget = useSession((s) => s.setTarget);
  const go = useNavigation((s) => s.go);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const { busy, error: formError, fieldErrors, rejects, run, onSubmit } = useSubmit({ fieldOf: createFieldOf });
  const meterId = useId();
  const passphraseRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);

  // Strength is checked by core (zxcvbn with Dutch words), debounced while typing.
  const checked = useLoad(passphrase === '' ? null : () => checkPassphrase({ passphrase }), [passphrase], {
    delayMs: STRENGTH_DELAY_MS,
  });
  const strength: PassphraseStrength | null = passphrase === '' || checked.error !== null ? null : (checked.data ?? null);

  const passphraseError = fieldErrors.passphrase ?? null;
  const repeatError = fieldErrors.repeat ?? null;
  // A refused passphrase, by the form or by core, puts the cursor in the field to correct.
  useEffect(() => {
    if (passphraseError !== null) passphraseRef.current?.focus();
    else if (repeatError !== null) repeatRef.current?.focus();
  }, [fieldErrors]);

  const chooseOther = () =>
    run(
      () => chooseCreatePath(),
      (next) => {
        if (next !== null) setTarget(next);
      },
    );

  const submit = onSubmit(async () => {
    if (!target) return;
    const rejected = rejects({
      passphrase: passphrase === '' ? t('form.required') : null,
      repeat: passphrase !== '' && passphrase !== repeat ? t('create.mismatch') : null,
    });
    if (rejected) return;
    await run(
      () => createVaultFile({ token: target.token, passphrase, passphraseRepeat: repeat }),
      (status) => {
        setPassphrase('');
        setRepeat('');
        applyStatus(status);
      },
    );
  });

  return (
    <div className="screen screen--narrow">
      <ScreenHeading>{t('create.title')}</ScreenHeading>
      <p>{t('create.intro')}</p>
      <div className="file-chip">
        <span className="file-chip__label">{t('create.file')}:</span> <strong>{target?.fileName ?? ''}</strong>
        <span className="file-chip__path">{target?.path}</span>
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
