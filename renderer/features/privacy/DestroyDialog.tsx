import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../api/useSubmit';
import { DESTRUCTION_REASONS, type DestroyResult, type DestructionReason } from '../../../shared/contract/privacyChannels';
import { ErrorAlert } from '../../components/Alert';
import { TextInput } from '../../components/FormFields';
import { destroyFamilies } from './privacyActions';

export interface DestroyTarget {
  familyId: string;
  displayName: string;
}

/**
 * The last step before data is gone for good: the reason (a granted request, the period ended, or
 * another reason in words), what will happen — backups included — and a typed confirmation: the
 * family's name for one family, the number for several. Core checks the same things again.
 */
export function DestroyDialog({
  targets,
  requestId,
  initialReason,
  onDone,
  onCancel,
}: {
  targets: readonly DestroyTarget[];
  /** A granted, recorded request for this (single) family, if there is one. */
  requestId: string | null;
  initialReason: DestructionReason;
  onDone(result: DestroyResult): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const [reason, setReason] = useState<DestructionReason>(initialReason);
  const [reasonText, setReasonText] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [fieldError, setFieldError] = useState<{ reasonText?: string; confirmation?: string }>({});
  const { busy, error, setError, run } = useSubmit();

  // Mounted when asked for (the parent renders it only then), so the state above starts fresh with
  // the reason that fits; focus goes to the checked reason: arrow keys change it, Tab goes on.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    firstRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
    };
  }, []);

  const single = targets.length === 1;
  const expected = single ? (targets[0]?.displayName ?? '') : String(targets.length);
  const reasons = DESTRUCTION_REASONS.filter((r) => r !== 'verzoek_betrokkene' || single);

  const submit = async () => {
    const problems: { reasonText?: string; confirmation?: string } = {};
    if (reason === 'anders' && reasonText.trim() === '') problems.reasonText = t('privacy.destroy.reasonTextRequired');
    const normalise = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
    if (normalise(confirmation) !== normalise(expected)) problems.confirmation = t('privacy.destroy.confirmMismatch');
    setFieldError(problems);
    if (problems.reasonText || problems.confirmation) return;
    if (reason === 'verzoek_betrokkene' && requestId === null) {
      setError(t('privacy.destroy.noRequest'));
      return;
    }
    await run(
      () =>
        destroyFamilies({
          familyIds: targets.map((f) => f.familyId),
          reason,
          reasonText: reasonText.trim(),
          confirmation: confirmation.trim(),
          requestId: reason === 'verzoek_betrokkene' ? requestId : null,
        }),
      onDone,
    );
  };

  return (
    <dialog
      ref={ref}
      className="dialog privacy-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2 id={`${id}-title`}>{t('privacy.destroy.title', { count: targets.length })}</h2>
        <div id={`${id}-body`}>
          <p>
            <strong>{t('privacy.destroy.families')}:</strong>{' '}
            <span dir="auto">{targets.map((f) => f.displayName).join(', ')}</span>
          </p>
          <p>{t('privacy.destroy.consequences')}</p>
          <p>{t('privacy.destroy.backups')}</p>
          <p>{t('privacy.destroy.log')}</p>
        </div>
        <fieldset className="subgroup">
          <legend>{t('privacy.destroy.reason')}</legend>
          <div className="radio-row">
            {reasons.map((r) => (
              <label key={r} className="checkbox">
                <input
                  ref={r === reason ? firstRef : undefined}
                  type="radio"
                  name={`${id}-reason`}
                  value={r}
                  checked={reason === r}
                  onChange={() => setReason(r)}
                />
                {t(`privacy.reasons.${r}`)}
              </label>
            ))}
          </div>
        </fieldset>
        {reason === 'verzoek_betrokkene' && requestId === null ? <p className="message privacy-warning">{t('privacy.destroy.noRequest')}</p> : null}
        <TextInput
          label={t('privacy.destroy.reasonText')}
          hint={t('privacy.destroy.reasonTextHint')}
          value={reasonText}
          onChange={setReasonText}
          maxLength={300}
          error={fieldError.reasonText ?? null}
        />
        <TextInput
          label={single ? t('privacy.destroy.confirmOne', { name: expected }) : t('privacy.destroy.confirmMany', { count: targets.length })}
          value={confirmation}
          onChange={setConfirmation}
          maxLength={200}
          error={fieldError.confirmation ?? null}
        />
        {error ? <ErrorAlert>{error}</ErrorAlert> : null}
        {busy ? <p role="status">{t('privacy.destroy.busy')}</p> : null}
        <div className="button-row">
          <button type="submit" className="button button--danger" disabled={busy}>
            {t('privacy.destroy.submit')}
          </button>
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            {t('privacy.destroy.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
