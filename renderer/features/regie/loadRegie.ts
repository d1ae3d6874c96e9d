import type { RequestOf } from '../../../shared/contract/channels';
import { api } from '../../api';
import { messageOf } from '../../api/apiError';
import { runSave } from '../../autosave/runSave';
import { reloadDirectory } from '../../state/loadDirectory';
import { i18n } from '../../i18n';
import { useRegie } from './regieStore';

/** Reads a family's regie overview into the store, and the sociale kaart (for the choices) into its own. */
export async function reloadRegie(familyId: string): Promise<void> {
  try {
    const [overview] = await Promise.all([api.call('regie:overview', { familyId }), reloadDirectory()]);
    useRegie.getState().setOverview(familyId, overview);
  } catch (error) {
    useRegie.getState().setLoadError(messageOf(error, i18n.t));
  }
}

/** Families per page of Opvolging. */
export const FOLLOW_UP_PAGE_SIZE = 20;

/**
 * Reads one page of Opvolging into the store, and the sociale kaart (for the owners' names) into
 * its own. `current` says whether the screen still wants this answer (a later filter or page wins).
 */
export async function reloadFollowUp(request: RequestOf<'regie:followUp'>, current: () => boolean = () => true, withDirectory = true): Promise<void> {
  try {
    const [followUp] = await Promise.all([api.call('regie:followUp', request), withDirectory ? reloadDirectory() : undefined]);
    if (current()) useRegie.getState().setFollowUp(followUp);
  } catch (error) {
    if (current()) useRegie.getState().setLoadError(messageOf(error, i18n.t));
  }
}

/**
 * A change through the save status ("Opgeslagen om …"), then a fresh overview. Resolves with the
 * user's message when it failed (null when saved), so a form can show it next to its fields.
 */
export async function writeRegie(familyId: string, work: () => Promise<unknown>): Promise<string | null> {
  const failed = await runSave(work);
  await reloadRegie(familyId);
  return failed;
}

/** For autosave fields: throws on failure so the field keeps its draft and shows the message. */
export async function saveRegieField(familyId: string, work: () => Promise<unknown>): Promise<void> {
  await work();
  await reloadRegie(familyId);
}
