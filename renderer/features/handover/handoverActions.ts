import { api } from '../../api';
import type { RequestOf } from '../../../shared/contract/channels';

// The calls the warme-overdracht screens make, each named for what it does; components reach the API only through here.
export const fetchFamilies = () => api.call('families:list', { query: '' });
export const previewHandover = (request: RequestOf<'handover:preview'>) => api.call('handover:preview', request);
export const exportHandover = (request: RequestOf<'handover:export'>) => api.call('handover:export', request);
export const suggestPassphrase = () => api.call('handover:suggestPassphrase', {});
export const openPackage = (request: RequestOf<'handover:open'>) => api.call('handover:open', request);
export const importPackage = (request: RequestOf<'handover:import'>) => api.call('handover:import', request);
export const declinePackage = (request: RequestOf<'handover:decline'>) => api.call('handover:decline', request);
export const openReceipt = (request: RequestOf<'handover:openReceipt'>) => api.call('handover:openReceipt', request);
