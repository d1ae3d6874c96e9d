import { api } from '../../api';
import type { RequestOf } from '../../../shared/contract/channels';

// The calls this feature's screens make, each named for what it does; components reach the API only through here.
export const importPartners = (request: RequestOf<'directory:import'>) => api.call('directory:import', request);
export const saveOrganisation = (request: RequestOf<'directory:saveOrganisation'>) => api.call('directory:saveOrganisation', request);
export const saveProfessional = (request: RequestOf<'directory:saveProfessional'>) => api.call('directory:saveProfessional', request);
