import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useIdle } from '../state/idleStore';

/**
 * The warning before the idle lock, as a modal <dialog>: it traps focus, makes the rest inert,
 * and Escape counts as "Blijf werken".
 */
export function IdleWarningDialog() {
  const { t } = useTranslation();
  const visible = useIdle((s) => s.warningVisible);
  const seconds = useIdle((s) => s.warningSeconds);
  const stay = useIdle((s) => s.stay);
  const lockAt = useIdle((s) => s.lockAt);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (visible && !dialog.open) {
      dialog.showModal();
      buttonRef.current?.focus();
    } else if (!visible && dialog.open) {
      dialog.close();
    }
  }, [visible]);

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      data-lock-at={lockAt ?? ''}
      aria-labelledby="idle-warning-title"
      aria-describedby="idle-warning-body"
      onCancel={(event) => {
        event.preventDefault();
        stay();
      }}
    >
      <h2 id="idle-warning-title">{t('idle.title')}</h2>
      <p id="idle-warning-body">{seconds >= 60 ? t('idle.body') : t('idle.bodySeconds', { count: seconds })}</p>
      <button ref={buttonRef} type="button" className="button button--primary" onClick={stay}>
        {t('idle.stay')}
      </button>
    </dialog>
  );
}
