import type { HouseholdMember, Involvement } from '../../../shared/domain/records';
import { api } from '../../api';
import { ApiError } from '../../api/apiError';
import { createWriteQueue } from '../../api/writeQueue';
import { i18n } from '../../i18n';
import { useDossier } from '../../state/dossierStore';
import { reloadDossier } from './loadDossier';

const queue = createWriteQueue();

/** Dossier writes, one after another, each followed by a reload of the dossier (see writeQueue). */
export function writeThenReload<T>(familyId: string, work: () => Promise<T>): Promise<T> {
  return queue(work, () => reloadDossier(familyId));
}

function gone(): ApiError {
  return new ApiError('not_found', i18n.t('errors.not_found'));
}

export function patchMember(familyId: string, memberId: string, patch: Partial<HouseholdMember>): Promise<HouseholdMember> {
  return writeThenReload(familyId, () => {
    const member = useDossier.getState().dossier?.members.find((m) => m.id === memberId);
    if (!member) throw gone();
    return api.call('register:saveMember', { ...member, ...patch });
  });
}

export function patchInvolvement(familyId: string, involvementId: string, patch: Partial<Involvement>): Promise<Involvement> {
  return writeThenReload(familyId, () => {
    const involvement = useDossier.getState().dossier?.involvements.find((i) => i.id === involvementId);
    if (!involvement) throw gone();
    return api.call('register:saveInvolvement', { ...involvement, ...patch });
  });
}

export function patchFamily(familyId: string, patch: { displayName?: string; anonymous?: boolean; note?: string }) {
  return writeThenReload(familyId, () => api.call('register:updateFamily', { id: familyId, ...patch }));
}
