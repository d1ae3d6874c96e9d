import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { MAX_EXPORT_BYTES, type exportChannels } from '../../../shared/contract/exportChannels';
import type { exportLogChannels } from '../../../shared/contract/exportLogChannels';
import { listExports } from '../exports/exportLog';
import { toAppError } from '../vault/fileErrors';
import { readWrite, type HandlerDeps } from './handlerDeps';
import type { HandlerTable } from './handlerTable';

type ExportHandlers = Pick<HandlerTable, keyof typeof exportChannels | keyof typeof exportLogChannels>;

/**
 * Writing an export the user asked for. Only someone working in an unlocked vault may export; the
 * feature that produced the bytes records the export in the audit log itself (it knows what the
 * file holds), so this handler does not log a second time.
 */
export function createExportHandlers(deps: HandlerDeps): ExportHandlers {
  const { session, host } = deps;
  const { read } = readWrite(deps);
  return {
    'export:saveFile': async ({ suggestedName, dataBase64 }) => {
      session.currentOperator();
      const data = Buffer.from(dataBase64, 'base64');
      if (data.byteLength > MAX_EXPORT_BYTES) throw new AppError('invalid_request');
      let saved: string | null;
      try {
        saved = await host.saveExportFile(suggestedName, data, () => session.state === 'unlocked');
      } catch (error) {
        throw toAppError(error);
      }
      // The renderer learns the name the user chose, not where the file went.
      return saved === null ? { saved: false, fileName: null } : { saved: true, fileName: path.basename(saved) };
    },
    'export:log': (filter) => read((db) => listExports(db, filter)),
  };
}
