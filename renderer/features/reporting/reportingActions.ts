import { api } from '../../api';
import type { RequestOf } from '../../../shared/contract/channels';

// The calls the Rapportage screen makes; components reach the API only through here.
export const buildReport = (request: RequestOf<'report:build'>) => api.call('report:build', request);
export const exportReport = (request: RequestOf<'report:export'>) => api.call('report:export', request);
