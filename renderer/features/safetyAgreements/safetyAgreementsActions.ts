import type { RequestOf } from '../../../shared/contract/channels';
import { api } from '../../api';
import { runSave } from '../../autosave/runSave';

// The calls of the safety agreements; components reach the API only through here.
export const loadSafetyAgreements = (familyId: string) => api.call('safetyAgreements:get', { familyId });

/** A change through the save status ("Opgeslagen om …"), then `reload`; resolves with the failure message, or null. */
async function writeThenReload(work: () => Promise<unknown>, reload: () => void): Promise<string | null> {
  const failed = await runSave(work);
  reload();
  return failed;
}

export const saveSafetyAgreement = (request: RequestOf<'safetyAgreements:save'>, reload: () => void) =>
  writeThenReload(() => api.call('safetyAgreements:save', request), reload);
export const removeSafetyAgreement = (id: string, reload: () => void) => writeThenReload(() => api.call('safetyAgreements:remove', { id }), reload);
