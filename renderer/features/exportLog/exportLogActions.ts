import type { RequestOf } from '../../../shared/contract/channels';
import { api } from '../../api';

/** The export log of one meeting or one family: shown in the meeting editor, meeting mode and a family's Logboek tab. */
export const fetchExportLog = (request: RequestOf<'export:log'>) => api.call('export:log', request);
