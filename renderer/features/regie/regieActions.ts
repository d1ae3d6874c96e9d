import { api } from '../../api';
import type { RequestOf } from '../../../shared/contract/channels';

// The calls this feature's screens make, each named for what it does; components reach the API only through here.
export const addEscalation = (request: RequestOf<'regie:addEscalation'>) => api.call('regie:addEscalation', request);
export const closeRegie = (request: RequestOf<'regie:close'>) => api.call('regie:close', request);
export const decideRegie = (request: RequestOf<'regie:decide'>) => api.call('regie:decide', request);
/** The timeline's signals of the family: whether a refusal of help still asks to consider drang. */
export const fetchFamilySignals = (request: RequestOf<'timeline:signals'>) => api.call('timeline:signals', request);
export const fetchDossier = (request: RequestOf<'register:dossier'>) => api.call('register:dossier', request);
export const reopenRegie = (request: RequestOf<'regie:reopen'>) => api.call('regie:reopen', request);
export const reviewAction = (request: RequestOf<'regie:reviewAction'>) => api.call('regie:reviewAction', request);
export const saveAction = (request: RequestOf<'regie:saveAction'>) => api.call('regie:saveAction', request);
export const saveClosure = (request: RequestOf<'regie:saveClosure'>) => api.call('regie:saveClosure', request);
export const signalDiscussed = (request: RequestOf<'regie:signalDiscussed'>) => api.call('regie:signalDiscussed', request);
export const updateDecision = (request: RequestOf<'regie:updateDecision'>) => api.call('regie:updateDecision', request);
