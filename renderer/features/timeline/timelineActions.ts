import { api } from '../../api';
import type { RequestOf } from '../../../shared/contract/channels';

// The calls this feature's screens make, each named for what it does; components reach the API only through here.
export const handleStagnation = (request: RequestOf<'timeline:handleStagnation'>) => api.call('timeline:handleStagnation', request);
export const fetchTimelineSignals = (request: RequestOf<'timeline:signals'>) => api.call('timeline:signals', request);
export const removeTimelineEvent = (request: RequestOf<'timeline:remove'>) => api.call('timeline:remove', request);
export const saveTimelineEvent = (request: RequestOf<'timeline:save'>) => api.call('timeline:save', request);
