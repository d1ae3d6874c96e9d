import type { RequestOf } from '../../../shared/contract/channels';
import { api } from '../../api';
import { writeThenReload } from '../../autosave/runSave';

// The calls of the safety agreements; components reach the API only through here.
export const loadSafetyAgreements = (familyId: string) => api.call('safetyAgreements:get', { familyId });

export const saveSafetyAgreement = (request: RequestOf<'safetyAgreements:save'>, reload: () => void) =>
  writeThenReload(() => api.call('safetyAgreements:save', request), reload);
export const removeSafetyAgreement = (id: string, reload: () => void) => writeThenReload(() => api.call('safetyAgreements:remove', { id }), reload);
