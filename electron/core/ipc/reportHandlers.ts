import path from 'node:path';
import type { reportChannels } from '../../../shared/contract/reportChannels';
import { vaultReport } from '../reporting/reportService';
import { recordReportExport, reportFile, reportFileName } from '../reporting/reportFiles';
import { toAppError } from '../vault/fileErrors';
import { readWrite, type HandlerDeps } from './handlerDeps';
import type { HandlerTable } from './handlerTable';

type ReportHandlers = Pick<HandlerTable, keyof typeof reportChannels>;

/**
 * Handlers of the Rapportage screen. The export is built, saved through the host's dialog and only
 * then logged, so the log never claims a file the user cancelled. Its log entry cannot be undone:
 * the file has left the vault.
 */
export function createReportHandlers(deps: HandlerDeps): ReportHandlers {
  const { session, host, now } = deps;
  const { read, write } = readWrite(deps, { undoable: false });
  return {
    'report:build': (request) => read((db) => vaultReport(db, request, now())),
    'report:export': async ({ request, format }) => {
      const report = read((db) => vaultReport(db, request, now()));
      const data = await reportFile(report, format);
      let saved: string | null;
      try {
        saved = await host.saveExportFile(reportFileName(report, format), data, () => session.state === 'unlocked');
      } catch (error) {
        throw toAppError(error);
      }
      if (saved === null) return { saved: false, fileName: null };
      write((ctx) => recordReportExport(ctx.db, ctx.operator, ctx.at, report, format));
      return { saved: true, fileName: path.basename(saved) };
    },
  };
}
