import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../format/dateTime';
import { useSaveStatus } from './saveStatusStore';
import { isUndoShortcut, undoLastChange } from './undoLastChange';

/**
 * The visible save state ("Opgeslagen om 14:05") and the undo button, on every screen that edits.
 * Also listens for Ctrl+Z outside text fields while it is shown.
 */
export function SaveStatusBar() {
  const { t, i18n } = useTranslation();
  const status = useSaveStatus((s) => s.status);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isUndoShortcut(event)) return;
      event.preventDefault();
      void undoLastChange();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  let text = t('autosave.idle');
  if (status.kind === 'saving') text = t('autosave.saving');
  else if (status.kind === 'saved') text = t('autosave.savedAt', { time: formatTime(status.at, i18n.language) });
  else if (status.kind === 'undone') text = status.description ? t('autosave.undone', { description: status.description }) : t('autosave.nothingToUndo');

  return (
    <div className="save-bar">
      {status.kind === 'failed' ? (
        // The field that failed announces its own error (role=alert); this line only keeps it in view.
        <p className="save-bar__status save-bar__status--failed" role="status">
          {t('autosave.failed', { message: status.message })}
        </p>
      ) : (
        <p className={`save-bar__status${status.kind === 'idle' ? ' save-bar__status--idle' : ''}`} role="status" dir="auto">
          {text}
        </p>
      )}
      <button type="button" className="button button--small" onClick={() => void undoLastChange()} aria-keyshortcuts="Control+Z">
        {t('autosave.undo')}
      </button>
    </div>
  );
}
