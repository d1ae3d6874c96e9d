import { api } from '../../api';
import type { RequestOf } from '../../../shared/contract/channels';

// The calls this feature's screens make, each named for what it does; components reach the API only through here.
export const destroyFamilies = (request: RequestOf<'privacy:destroy'>) => api.call('privacy:destroy', request);
export const exportInzage = (request: RequestOf<'privacy:exportInzage'>) => api.call('privacy:exportInzage', request);
export const exportProcessingOverview = (request: RequestOf<'privacy:exportOverview'>) => api.call('privacy:exportOverview', request);
export const fetchDossier = (request: RequestOf<'register:dossier'>) => api.call('register:dossier', request);
export const fetchFamilyPrivacy = (request: RequestOf<'privacy:family'>) => api.call('privacy:family', request);
export const fetchPrivacyOverview = () => api.call('privacy:overview');
export const fetchProcessingRegister = () => api.call('privacy:register');
export const fetchRetention = () => api.call('privacy:retention');
export const recordPrivacyRequest = (request: RequestOf<'privacy:recordRequest'>) => api.call('privacy:recordRequest', request);
export const setFamilyRetention = (request: RequestOf<'privacy:setFamilyRetention'>) => api.call('privacy:setFamilyRetention', request);
export const setRetentionPeriod = (request: RequestOf<'privacy:setPeriod'>) => api.call('privacy:setPeriod', request);
