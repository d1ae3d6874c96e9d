import { api } from '../api';
import { messageOf } from '../api/apiError';
import { i18n } from '../i18n';
import { flushAllSaves } from './pendingSaves';
import { useSaveStatus } from './saveStatusStore';

/**
 * Undo of the last change in this session (core keeps the history, in memory). What is still being
 * typed is saved first, so "the last change" is the one the user sees. Afterwards the save status
 * says what was undone and the screen on view reloads (it listens to `revision`).
 */
export async function undoLastChange(): Promise<void> {
  await flushAllSaves();
  try {
    const { undone } = await api.call('history:undo');
    useSaveStatus.getState().undone(undone);
  } catch (error) {
    useSaveStatus.getState().failed(messageOf(error, i18n.t));
  }
}

/** Ctrl+Z (⌘Z) outside a text field means undo of the last saved change; inside one it is the field's own undo. */
export function isUndoShortcut(event: KeyboardEvent): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'z') return false;
  const target = event.target;
  if (target instanceof HTMLElement) {
    if (target.isContentEditable) return false;
    if (target instanceof HTMLTextAreaElement) return false;
    if (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'file'].includes(target.type)) return false;
  }
  return true;
}
