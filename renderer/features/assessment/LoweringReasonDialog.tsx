import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Asked when a judgement is lower than the computed level and no reason was written yet: the
 * level is only lowered with a written reason, which is then shown wherever the level is.
 */
export function LoweringReasonDialog({
  open,
  computedText,
  judgedText,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  computedText: string;
  judgedText: string;
  onConfirm(reason: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setReason('');
      setError(null);
      dialog.showModal();
      fieldRef.current?.focus();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (reason.trim() === '') {
            setError(t('assessment.judgement.reasonRequired'));
            return;
          }
          onConfirm(reason.trim());
        }}
      >
        <h2 id={`${id}-title`}>{t('assessment.judgement.dialogTitle')}</h2>
        <p id={`${id}-body`}>{t('assessment.judgement.dialogBody', { computed: computedText, judged: judgedText })}</p>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-reason`}>
            {t('assessment.judgement.reasonLabel')}
          </label>
          <textarea
            id={`${id}-reason`}
            ref={fieldRef}
            className="field__input field__textarea"
            rows={4}
            value={reason}
            maxLength={4000}
            aria-invalid={error ? true : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
          {error ? (
            <p className="field__error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary">
            {t('assessment.judgement.confirmLowering')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('assessment.judgement.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
