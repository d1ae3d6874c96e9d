import { messageOf } from '../api/apiError';
import { i18n } from '../i18n';
import { useSaveStatus } from './saveStatusStore';

/**
 * Runs one save and reports it on the app's save status. Resolves with null on success, or with
 * the user's message (the core's Dutch detail included) when it failed, so the caller can show it
 * next to the field and keep what was typed.
 */
export async function runSave(work: () => Promise<unknown>): Promise<string | null> {
  const status = useSaveStatus.getState();
  status.started();
  try {
    await work();
    useSaveStatus.getState().saved(new Date().toISOString());
    return null;
  } catch (error) {
    const message = messageOf(error, i18n.t);
    useSaveStatus.getState().failed(message);
    return message;
  }
}

/** A change through the save status ("Opgeslagen om …"), then `reload`; resolves with the failure message, or null. */
export async function writeThenReload(work: () => Promise<unknown>, reload: () => void): Promise<string | null> {
  const failed = await runSave(work);
  reload();
  return failed;
}
