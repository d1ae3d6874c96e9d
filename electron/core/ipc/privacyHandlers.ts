import path from 'node:path';
import type { privacyChannels } from '../../../shared/contract/privacyChannels';
import { InzageDocument } from '../../../shared/retention/inzageDocument';
import { overviewCsv } from '../../../shared/retention/processingOverview';
import { recordExport } from '../exports/exportLog';
import { destroyFamilies, listDestructions } from '../privacy/destroyFamilies';
import { familyPrivacy, listRequests, recordRequest } from '../privacy/erasureRequests';
import { familyReference } from '../privacy/familyReference';
import { buildInzageDocument } from '../privacy/inzageDocument';
import { renderInzagePdf, renderOverviewPdf } from '../privacy/inzagePdf';
import { buildProcessingOverview } from '../privacy/processingOverview';
import { retentionReview, setFamilyRetention, setPeriod, todayString } from '../privacy/retentionService';
import { backupDirFor, removeBackupsExcept } from '../vault/backups';
import { toAppError } from '../vault/fileErrors';
import { readWrite, type HandlerDeps } from './handlerDeps';
import type { HandlerTable } from './handlerTable';

type PrivacyHandlers = Pick<HandlerTable, keyof typeof privacyChannels>;

/**
 * Handlers of retention, destruction, inzage and the processing overview. Exports are
 * built here, saved through the host's dialog and only then logged (recordExport), so the log
 * never claims a file the user cancelled.
 */
export function createPrivacyHandlers(deps: HandlerDeps): PrivacyHandlers {
  const { session, host, now, undo } = deps;
  const { read, write } = readWrite(deps);

  const save = async (fileName: string, data: Uint8Array): Promise<string | null> => {
    try {
      return await host.saveExportFile(fileName, data, () => session.state === 'unlocked');
    } catch (error) {
      throw toAppError(error);
    }
  };

  return {
    'privacy:retention': () => read((db) => retentionReview(db, now())),
    'privacy:setPeriod': ({ retentionClass, years }) => write((ctx) => setPeriod(ctx, retentionClass, years)),
    'privacy:setFamilyRetention': (request) => write((ctx) => setFamilyRetention(ctx, request)),
    'privacy:family': ({ familyId }) => read((db) => familyPrivacy(db, familyId, now())),
    'privacy:recordRequest': (request) => write((ctx) => recordRequest(ctx, request)),
    'privacy:register': () => read((db) => ({ destructions: listDestructions(db), requests: listRequests(db, null) })),

    /**
     * Destroys, then gets the bytes out of the file (rewritten from its live rows), drops the families'
     * undo entries, makes a fresh verified backup and deletes every older backup of this vault —
     * they still hold the destroyed data. Old backups go even if the fresh one fails: keeping
     * destroyed data is the greater harm, and the screen then asks for a new backup.
     */
    'privacy:destroy': (request) => {
      const destroyed = write((ctx) => destroyFamilies(ctx, request));
      for (const d of destroyed) undo.purgeFamily(d.familyId);
      // The destruction is committed; should the clean-up fail (disk full), secure_delete already
      // zeroed the rows and closing the vault checkpoints the WAL, so say so rather than fail.
      let fileScrubbed = true;
      try {
        session.rewriteFile();
      } catch {
        fileScrubbed = false;
      }
      const vaultPath = session.status().path;
      let fresh: string | null = null;
      try {
        fresh = session.backupNow().path;
      } catch {
        fresh = null;
      }
      const removed = vaultPath === null ? [] : removeBackupsExcept(backupDirFor(host.userDataDir, vaultPath), fresh);
      return {
        destroyed: destroyed.map((d) => ({ familyId: d.familyId, familyRef: d.familyRef })),
        backupsRemoved: removed.length,
        freshBackup: fresh !== null,
        fileScrubbed,
      };
    },

    'privacy:exportInzage': async ({ familyId, memberId, format }) => {
      const { doc, title } = read((db) => {
        const operator = session.currentOperator();
        const built = InzageDocument.parse(buildInzageDocument(db, operator, now(), familyId, memberId));
        const family = db.prepare('SELECT display_name FROM families WHERE id = ?').get(familyId) as { display_name: string };
        const person = memberId === null ? null : (built.records.family_members ?? [])[0];
        const who = person ? `${String(person.given_name ?? '')} ${String(person.family_name ?? '')}`.trim() : family.display_name;
        return { doc: built, title: `Inzage: gegevens over ${who}` };
      });
      // The name of a file that leaves the vault carries no name of a person: it is also logged.
      const fileName = `inzage-${familyReference(familyId).replace('Dossier ', '')}${memberId === null ? '' : '-persoon'}-${todayString(now())}.${format}`;
      const data = format === 'json' ? new TextEncoder().encode(`${JSON.stringify(doc, null, 2)}\n`) : await renderInzagePdf(doc, title);
      const saved = await save(fileName, data);
      if (saved === null) return { saved: false, fileName: null };
      const recordCount = Object.values(doc.records).reduce((n, rows) => n + rows.length, 0);
      write((ctx) =>
        ctx.db
          .transaction(() =>
            recordExport(ctx.db, ctx.operator, ctx.at, {
              kind: format === 'json' ? 'inzage_json' : 'inzage_pdf',
              // The neutral suggested name, not the one typed in the dialog: the log outlives a
              // destruction of the family and may not carry a name someone typed into a file name.
              fileName,
              familyIds: [familyId],
              meetingId: null,
              recipient: null,
              included: `${doc.scope === 'gezin' ? 'Alle gegevens over het gezin' : 'Alle gegevens over één persoon'}: ${recordCount} records in ${Object.keys(doc.records).length} tabellen, ${doc.auditTrail.length} logboekregels`,
              withheld: 'Niets',
            }),
          )
          .immediate(),
      );
      return { saved: true, fileName: path.basename(saved) };
    },

    'privacy:overview': () => read((db) => buildProcessingOverview(db, now())),
    'privacy:exportOverview': async ({ format }) => {
      const overview = read((db) => buildProcessingOverview(db, now()));
      const fileName = `verwerkingsoverzicht-${todayString(now())}.${format}`;
      const data = format === 'csv' ? new TextEncoder().encode(overviewCsv(overview)) : await renderOverviewPdf(overview);
      const saved = await save(fileName, data);
      if (saved === null) return { saved: false, fileName: null };
      write((ctx) =>
        ctx.db
          .transaction(() =>
            recordExport(ctx.db, ctx.operator, ctx.at, {
              kind: 'verwerkingsoverzicht',
              fileName,
              familyIds: [],
              meetingId: null,
              recipient: null,
              included: `Aantallen per categorie, grondslag en bewaarklasse; ${overview.operators.length} organisatie-rolcombinaties`,
              withheld: 'Geen persoonsgegevens opgenomen',
            }),
          )
          .immediate(),
      );
      return { saved: true, fileName: path.basename(saved) };
    },
  };
}
