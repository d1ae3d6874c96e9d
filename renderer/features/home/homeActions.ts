import { api } from '../../api';
import type { RequestOf } from '../../../shared/contract/channels';

// The calls this feature's screens make, each named for what it does; components reach the API only through here.
export const createFamily = (request: RequestOf<'families:create'>) => api.call('families:create', request);
export const fetchRecentFamilies = (request: RequestOf<'register:recentFamilies'>) => api.call('register:recentFamilies', request);
export const listMeetings = (request: RequestOf<'meetings:list'>) => api.call('meetings:list', request);
export const searchFamilies = (request: RequestOf<'register:search'>) => api.call('register:search', request);
