import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { summaryChannels } from '../../../shared/contract/summaryChannels';
import { writeExportAtomically } from '../exports/atomicExportWrite';
import { recordExport } from '../exports/exportLog';
import { meetingCalendar } from '../exports/meetingCalendar';
import { renderRecipientSummary } from '../exports/meetingSummaries';
import { loadSummaryMeeting, recipientPreview, recipientShare } from '../exports/summaryModel';
import { buildTerugkoppelingLetter, renderTerugkoppelingLetter } from '../exports/terugkoppelingLetter';
import { saveAction } from '../regie/regieActions';
import { readRecord } from '../recordStore/recordTable';
import { actionTable } from '../regie/regieTables';
import { toAppError } from '../vault/fileErrors';
import { readWrite, type HandlerDeps } from './handlerDeps';
import type { HandlerTable } from './handlerTable';

type SummaryHandlers = Pick<HandlerTable, keyof typeof summaryChannels>;

/**
 * Per-recipient summaries, the terugkoppeling letter and the calendar file.
 *
 * Folder tokens: the renderer never learns where files go. `summary:chooseFolder` keeps the path
 * in memory under a random token bound to the open database; after a lock (a new connection, even
 * of the same vault) every token is void and the map is cleared on the next call.
 *
 * Each export reads what it needs under the session, renders without touching the database,
 * writes the file (refused if the vault locked meanwhile) and only then logs the export in a write
 * transaction — the log never claims a file that was not written.
 */
export function createSummaryHandlers(deps: HandlerDeps): SummaryHandlers {
  const { session, now, host } = deps;
  // A letter that left cannot be called back: marking its action done gets no entry in the app's
  // undo history (Ctrl+Z).
  const { read, write } = readWrite(deps, { undoable: false });
  const folders = new Map<string, { folder: string; unlockId: string }>();
  const unlocked = () => session.state === 'unlocked';

  const folderFor = (token: string): string => {
    const unlockId = session.currentUnlockId();
    for (const [key, entry] of folders) if (entry.unlockId !== unlockId) folders.delete(key);
    const entry = folders.get(token);
    if (entry === undefined) throw new AppError('invalid_request', 'Kies de map voor de samenvattingen opnieuw.');
    return entry.folder;
  };

  const save = async (fileName: string, data: Uint8Array): Promise<string | null> => {
    try {
      return await host.saveExportFile(fileName, data, unlocked);
    } catch (error) {
      throw toAppError(error);
    }
  };

  return {
    'summary:preview': ({ meetingId }) =>
      read((db) => {
        const data = loadSummaryMeeting(db, meetingId);
        return { meetingId, recipients: data.participants.map((p) => recipientPreview(data, recipientShare(data, p))) };
      }),

    'summary:chooseFolder': async () => {
      const unlockId = session.currentUnlockId();
      const folder = await host.chooseExportFolder();
      if (folder === null) return null;
      if (!unlocked()) throw new AppError('vault_locked');
      for (const [key, entry] of folders) if (entry.unlockId !== unlockId) folders.delete(key);
      const folderToken = randomBytes(18).toString('base64url');
      folders.set(folderToken, { folder, unlockId });
      return { folderToken, folderName: path.basename(folder) };
    },

    'summary:exportRecipient': async ({ meetingId, professionalId, folderToken, password }) => {
      const folder = folderFor(folderToken);
      const data = read((db) => loadSummaryMeeting(db, meetingId));
      const recipient = data.participants.find((p) => p.professionalId === professionalId);
      if (recipient === undefined) throw new AppError('invalid_request', 'Deze deelnemer staat niet op de deelnemerslijst van dit overleg.');
      const rendered = await renderRecipientSummary(data, recipient, password);
      const written = writeExportAtomically(folder, rendered.fileName, rendered.pdf, unlocked);
      const fileName = path.basename(written);
      write((ctx) =>
        ctx.db
          .transaction(() =>
            recordExport(ctx.db, ctx.operator, ctx.at, {
              kind: 'samenvatting',
              fileName,
              familyIds: rendered.familyIds,
              meetingId,
              recipient: { professionalId, name: recipient.name, organisation: recipient.organisationName },
              included: `${rendered.included}${password ? '; met wachtwoord' : ''}`,
              withheld: rendered.withheld,
            }),
          )
          .immediate(),
      );
      return { fileName, included: rendered.included, withheld: rendered.withheld };
    },

    'summary:letterPreview': ({ actionId }) =>
      read((db) => buildTerugkoppelingLetter(db, actionId, session.currentOperator(), now()).preview),

    'summary:exportLetter': async ({ actionId }) => {
      const letter = read((db) => buildTerugkoppelingLetter(db, actionId, session.currentOperator(), now()));
      const pdf = await renderTerugkoppelingLetter(letter);
      const saved = await save(letter.preview.fileName, pdf);
      if (saved === null) return { saved: false, fileName: null };
      write((ctx) =>
        ctx.db
          .transaction(() => {
            const action = readRecord(ctx.db, actionTable, actionId);
            // Saving a file is not sending it: the terugkoppeling stays open until the chair says it was sent.
            recordExport(ctx.db, ctx.operator, ctx.at, {
              kind: 'terugkoppelingsbrief',
              fileName: letter.preview.fileName,
              familyIds: [letter.familyId],
              meetingId: action.meetingId,
              recipient: { professionalId: null, name: letter.attentionOf || letter.signallerName, organisation: letter.signallerName },
              included: 'Besproken en opgepakt, plan in algemene termen, regisseur en bereikbaarheid',
              withheld: 'Risicotaxatie, notulen en gegevens van andere organisaties',
            });
          })
          .immediate(),
      );
      return { saved: true, fileName: path.basename(saved) };
    },

    'summary:markLetterSent': ({ actionId }) =>
      write((ctx) =>
        ctx.db
          .transaction(() => {
            const action = readRecord(ctx.db, actionTable, actionId);
            if (action.kind !== 'terugkoppeling') throw new AppError('invalid_request', 'Alleen een terugkoppelingsactie kan als verstuurd worden gemarkeerd.');
            const { id, createdAt, doneOn, ...rest } = action;
            void createdAt;
            void doneOn;
            // The letter reached the signaller: the terugkoppeling is done today, the signaller informed.
            saveAction(ctx, { ...rest, id, status: 'gedaan', informed: true });
            return { done: true };
          })
          .immediate(),
      ),

    'summary:exportCalendar': async ({ meetingId }) => {
      const calendar = read((db) => meetingCalendar(db, meetingId, now()));
      const saved = await save(calendar.fileName, new TextEncoder().encode(calendar.ics));
      if (saved === null) return { saved: false, fileName: null };
      write((ctx) =>
        ctx.db
          .transaction(() =>
            recordExport(ctx.db, ctx.operator, ctx.at, {
              kind: 'agenda_ics',
              fileName: calendar.fileName,
              familyIds: [],
              meetingId,
              recipient: null,
              included: `Soort overleg, datum, tijd (${calendar.durationMinutes} minuten) en plaats`,
              withheld: 'Geen namen van gezinnen of casusinformatie',
            }),
          )
          .immediate(),
      );
      return { saved: true, fileName: path.basename(saved) };
    },
  };
}
