import { api } from '../../api';
import type { RequestOf } from '../../../shared/contract/channels';

// The calls this feature's screens make, each named for what it does; components reach the API only through here.
export const addConflictOfDuties = (request: RequestOf<'register:addConflictOfDuties'>) => api.call('register:addConflictOfDuties', request);
export const endConflictOfDuties = (request: RequestOf<'register:endConflictOfDuties'>) => api.call('register:endConflictOfDuties', request);
export const addConsent = (request: RequestOf<'register:addConsent'>) => api.call('register:addConsent', request);
export const removeInvolvement = (request: RequestOf<'register:removeInvolvement'>) => api.call('register:removeInvolvement', request);
export const removeMember = (request: RequestOf<'register:removeMember'>) => api.call('register:removeMember', request);
export const saveInvolvement = (request: RequestOf<'register:saveInvolvement'>) => api.call('register:saveInvolvement', request);
export const saveMember = (request: RequestOf<'register:saveMember'>) => api.call('register:saveMember', request);
export const answerKindcheckByOthers = (request: RequestOf<'register:answerKindcheckByOthers'>) => api.call('register:answerKindcheckByOthers', request);
