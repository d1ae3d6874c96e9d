import type { Organisation, Professional } from '../../../shared/domain/records';
import { api } from '../../api';
import { ApiError } from '../../api/apiError';
import { createWriteQueue } from '../../api/writeQueue';
import { i18n } from '../../i18n';
import { useDirectory } from '../../state/directoryStore';
import { reloadDirectory } from '../../state/loadDirectory';

const queue = createWriteQueue();

/** Directory writes, one after another, each followed by a reload of the directory (see writeQueue). */
export function writeDirectory<T>(work: () => Promise<T>): Promise<T> {
  return queue(work, reloadDirectory);
}

const gone = () => new ApiError('not_found', i18n.t('errors.not_found'));

export function patchOrganisation(id: string, patch: Partial<Organisation>): Promise<Organisation> {
  return writeDirectory(() => {
    const current = useDirectory.getState().organisation(id);
    if (!current) throw gone();
    return api.call('directory:saveOrganisation', { ...current, ...patch });
  });
}

export function patchProfessional(id: string, patch: Partial<Professional>): Promise<Professional> {
  return writeDirectory(() => {
    const current = useDirectory.getState().professional(id);
    if (!current) throw gone();
    return api.call('directory:saveProfessional', { ...current, ...patch });
  });
}
