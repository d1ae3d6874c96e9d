import { api } from '../api';
import { messageOf } from '../api/apiError';
import { i18n } from '../i18n';
import { useFamilies } from '../state/familiesStore';
import { registerReset } from '../state/resetRegistry';

/**
 * Autosave for the family note: typing schedules a save 400 ms after the last keystroke; saves
 * run one after another so an older text can never overwrite a newer one. Locking flushes first.
 */
export const NOTE_SAVE_DELAY_MS = 400;

let timer: ReturnType<typeof setTimeout> | null = null;
let pending: { id: string; note: string } | null = null;
let chain: Promise<void> = Promise.resolve();

export function scheduleNoteSave(id: string, note: string): void {
  pending = { id, note };
  if (timer !== null) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    void flushNoteAutosave();
  }, NOTE_SAVE_DELAY_MS);
}

export function flushNoteAutosave(): Promise<void> {
  if (timer !== null) {
    clearTimeout(timer);
    timer = null;
  }
  const next = pending;
  pending = null;
  if (next) chain = chain.then(() => save(next.id, next.note));
  return chain;
}

async function save(id: string, note: string): Promise<void> {
  try {
    const { updatedAt } = await api.call('families:updateNote', { id, note });
    const state = useFamilies.getState();
    if (state.detail?.id === id && state.noteDraft === note) state.setNoteSave({ kind: 'saved', at: updatedAt });
  } catch (error) {
    const state = useFamilies.getState();
    if (state.detail?.id === id) state.setNoteSave({ kind: 'failed', message: messageOf(error, i18n.t) });
  }
}

registerReset('noteAutosave', () => {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  pending = null;
});
