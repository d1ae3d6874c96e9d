import { api } from '../../api';
import type { RequestOf } from '../../../shared/contract/channels';

// The calls this feature's screens make, each named for what it does; components reach the API only through here.
export const fetchDossier = (request: RequestOf<'register:dossier'>) => api.call('register:dossier', request);
export const listMeetings = (request: RequestOf<'meetings:list'>) => api.call('meetings:list', request);
export const saveMeeting = (request: RequestOf<'meetings:save'>) => api.call('meetings:save', request);
export const setAgenda = (request: RequestOf<'meetings:setAgenda'>) => api.call('meetings:setAgenda', request);
export const setParticipants = (request: RequestOf<'meetings:setParticipants'>) => api.call('meetings:setParticipants', request);
export const fetchBasisEndings = (request: RequestOf<'meetings:basisEndings'>) => api.call('meetings:basisEndings', request);
