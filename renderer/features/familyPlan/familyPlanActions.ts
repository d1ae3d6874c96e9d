import type { RequestOf } from '../../../shared/contract/channels';
import { api } from '../../api';
import { messageOf } from '../../api/apiError';
import { writeThenReload } from '../../autosave/runSave';
import { i18n } from '../../i18n';
import { useDigest } from './digestStore';

// The calls of the family plan and the digest, each named for what it does; components reach the API only through here.
export const loadFamilyPlan = (familyId: string) => api.call('familyPlan:get', { familyId });
export const agreePlan = (request: RequestOf<'familyPlan:agree'>) => api.call('familyPlan:agree', request);
export const exportPlanLetter = (request: RequestOf<'export:familyPlanLetter'>) => api.call('export:familyPlanLetter', request);
export const exportActionCalendar = (actionId: string) => api.call('export:actionCalendar', { actionId });
export const loadSessionDigest = (request: RequestOf<'digest:sinceLastSession'>) => api.call('digest:sinceLastSession', request);
export const checkDue = () => api.call('digest:check');

export const updatePlan = (request: RequestOf<'familyPlan:update'>, reload: () => void) => writeThenReload(() => api.call('familyPlan:update', request), reload);
export const saveNetworkMember = (request: RequestOf<'familyPlan:saveNetworkMember'>, reload: () => void) =>
  writeThenReload(() => api.call('familyPlan:saveNetworkMember', request), reload);
export const removeNetworkMember = (id: string, reload: () => void) => writeThenReload(() => api.call('familyPlan:removeNetworkMember', { id }), reload);
export const saveAgreement = (request: RequestOf<'regie:saveAction'>, reload: () => void) => writeThenReload(() => api.call('regie:saveAction', request), reload);

/** Families per page of the digest on Start. */
export const DIGEST_PAGE_SIZE = 10;

/** Reads the digest's first page once per unlock into its store; a failure is kept to show in its place. */
export async function openSessionDigest(): Promise<void> {
  if (useDigest.getState().digest !== null) return;
  await showDigestPage(0);
}

/** Reads one page of the digest's families into its store (an answer that came too late is dropped). */
export async function showDigestPage(offset: number): Promise<void> {
  const asked = useDigest.getState().ask();
  try {
    const digest = await loadSessionDigest({ offset, limit: DIGEST_PAGE_SIZE });
    if (useDigest.getState().asked === asked) useDigest.getState().setDigest(digest);
  } catch (error) {
    if (useDigest.getState().asked === asked) useDigest.getState().setLoadError(messageOf(error, i18n.t));
  }
}
