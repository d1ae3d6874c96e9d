import { AppError } from '../../../shared/contract/errors';
import { HANDOVER_FORMAT_VERSION, HandoverReceipt, type HandoverManifest } from '../../../shared/contract/handoverChannels';
import type { Operator } from '../../../shared/contract/schemas';
import { amsterdamDay } from '../../../shared/domain/amsterdamTime';
import { parseCalendarDay } from '../../../shared/domain/calendarDate';
import { addWorkingDays, FEEDBACK_WORKING_DAYS } from '../../../shared/regie/workingDays';
import { formatCalendarDay } from '../../../shared/domain/calendarDate';
import { recordExport } from '../exports/exportLog';
import { dutchDate } from '../pdf/dutchDates';
import { operatorLabel } from '../recordStore/operatorLabel';
import { readRecord, saveRecord } from '../recordStore/recordTable';
import { audit, inTransaction, type WriteContext } from '../recordStore/writeContext';
import { saveAction } from '../regie/regieActions';
import { actionTable } from '../regie/regieTables';
import { fuzzySortKey } from '../../../shared/timeline/fuzzyDate';
import { timelineTable } from '../timeline/timelineTables';
import type { WritableDb } from '../vault/connection';
import type { BuiltPackage, HandoverDraft } from './handoverPackage';
import { RECEIPT_KIND } from './openHandoverFile';
import { sealDatabase, type SealOptions } from './sealedFile';

/**
 * Both ends of the handover's paper trail.
 *
 * Sender: a sent package is recorded (export log, audit, the package id and checksum) and every
 * family gets an open action "ontvangstbevestiging afwachten", owned by the receiving organisation.
 * Receiver: the receipt says accepted or declined, why, by whom and when — never content — sealed
 * with the same passphrase as the package. Back in the sending vault it closes those actions and
 * puts the follow-up on the timeline: the previous professional stays involved until the help has
 * started there.
 */
export const FOLLOW_UP_SENTENCE = 'De vorige professional blijft betrokken tot de hulp gestart is.';

export function recordSentPackage(ctx: WriteContext, d: HandoverDraft, built: BuiltPackage, fileName: string): void {
  const going = d.families.filter((f) => f.family !== null);
  inTransaction(ctx, () => {
    recordExport(ctx.db, ctx.operator, ctx.at, {
      kind: 'overdracht',
      fileName,
      familyIds: going.map((f) => f.scope.familyId),
      meetingId: null,
      recipient: { professionalId: null, name: d.recipient.name, organisation: d.recipient.name },
      included: `${d.included}; versleuteld met een gedeelde wachtwoordzin`,
      withheld: d.withheld,
    });
    ctx.db
      .prepare(
        `INSERT INTO handover_packages (package_id, direction, checksum, counterpart_organisation, organisation_id, created_at, recorded_at, recorded_by)
         VALUES (?, 'verzonden', ?, ?, ?, ?, ?, ?)`,
      )
      .run(built.manifest.packageId, built.checksum, d.recipient.name, d.recipient.organisationId, built.manifest.createdAt, ctx.at.toISOString(), operatorLabel(ctx.operator));
    const today = parseCalendarDay(amsterdamDay(ctx.at))!;
    const due = formatCalendarDay(addWorkingDays(today, FEEDBACK_WORKING_DAYS));
    for (const f of going) {
      const action = saveAction(ctx, {
        familyId: f.scope.familyId,
        kind: 'actie',
        description: `Warme overdracht aan ${d.recipient.name}: ontvangstbevestiging afwachten. ${FOLLOW_UP_SENTENCE}`,
        ownerProfessionalId: null,
        ownerOrganisationId: d.recipient.organisationId,
        dueDate: due,
        status: 'open',
        memberIds: [],
        meetingId: null,
        signallerOrganisationId: null,
        informed: false,
        informingPostponedUntil: null,
        informingPostponedReason: '',
      });
      ctx.db
        .prepare("INSERT INTO handover_families (package_id, direction, family_id, action_id) VALUES (?, 'verzonden', ?, ?)")
        .run(built.manifest.packageId, f.scope.familyId, action.id);
      audit(ctx, {
        action: 'handover.export',
        entity: 'handover',
        entityId: built.manifest.packageId,
        familyId: f.scope.familyId,
        summary: `Overdrachtspakket gemaakt voor ${d.recipient.name} (${f.family!.items.length} onderdelen)`,
      });
    }
  });
}

export interface ReceiptInput {
  manifest: Pick<HandoverManifest, 'packageId'>;
  checksum: string;
  status: 'aanvaard' | 'geweigerd';
  reason: string;
  families: number;
  items: number;
}

export function receiptFileName(packageId: string, at: Date): string {
  return `Ontvangstbevestiging ${packageId.slice(0, 8)} ${at.toISOString().slice(0, 10)}.ontvangst`;
}

export function buildReceipt(input: ReceiptInput, operator: Operator, at: Date, passphrase: string, options: SealOptions = {}): { bytes: Buffer; receipt: HandoverReceipt; fileName: string } {
  const receipt: HandoverReceipt = {
    formatVersion: HANDOVER_FORMAT_VERSION,
    packageId: input.manifest.packageId,
    packageChecksum: input.checksum,
    status: input.status,
    reason: input.reason,
    receivedBy: operatorLabel(operator),
    receivingOrganisation: operator.organisation,
    receivedAt: at.toISOString(),
    families: input.families,
    items: input.items,
  };
  const { bytes } = sealDatabase(passphrase, (db: WritableDb) => {
    db.exec('CREATE TABLE casustafel (kind TEXT NOT NULL, format_version INTEGER NOT NULL) STRICT; CREATE TABLE receipt (json TEXT NOT NULL) STRICT;');
    db.prepare('INSERT INTO casustafel (kind, format_version) VALUES (?, ?)').run(RECEIPT_KIND, HANDOVER_FORMAT_VERSION);
    db.prepare('INSERT INTO receipt (json) VALUES (?)').run(JSON.stringify(receipt));
  }, options);
  return { bytes, receipt, fileName: receiptFileName(receipt.packageId, at) };
}

/** Records on the receiver's side that the receipt file left the vault. */
export function recordReceiptExport(ctx: WriteContext, receipt: HandoverReceipt, fileName: string, familyIds: readonly string[], sender: { organisation: string; operator: string }): void {
  inTransaction(ctx, () =>
    recordExport(ctx.db, ctx.operator, ctx.at, {
      kind: 'ontvangstbevestiging',
      fileName,
      familyIds,
      meetingId: null,
      recipient: { professionalId: null, name: sender.operator, organisation: sender.organisation },
      included: `Ontvangstbevestiging (${receipt.status}${receipt.reason ? `: ${receipt.reason}` : ''}); geen gegevens over gezinnen`,
      withheld: 'Geen inhoud: alleen pakket, status, wie en wanneer',
    }),
  );
}

/** Closes the handover the receipt answers; refuses a receipt for another package or one read before. */
export function applyReceipt(ctx: WriteContext, receipt: HandoverReceipt): { familyIds: string[] } {
  return inTransaction(ctx, () => {
    const sent = ctx.db
      .prepare("SELECT checksum, counterpart_organisation, organisation_id, receipt_status, received_at FROM handover_packages WHERE package_id = ? AND direction = 'verzonden'")
      .get(receipt.packageId) as { checksum: string; counterpart_organisation: string; organisation_id: string | null; receipt_status: string | null; received_at: string | null } | undefined;
    if (sent === undefined) throw new AppError('package_refused', 'Deze ontvangstbevestiging hoort niet bij een overdracht uit deze kluis.');
    if (sent.checksum !== receipt.packageChecksum) throw new AppError('package_refused', 'Deze ontvangstbevestiging noemt een ander pakket dan het pakket dat deze kluis verstuurde.');
    if (sent.receipt_status !== null) throw new AppError('package_refused', `Voor deze overdracht is op ${dutchDate(sent.received_at ?? receipt.receivedAt)} al een ontvangstbevestiging ingelezen.`);
    ctx.db
      .prepare("UPDATE handover_packages SET receipt_status = ?, receipt_reason = ?, received_by = ?, received_at = ? WHERE package_id = ? AND direction = 'verzonden'")
      .run(receipt.status, receipt.reason, receipt.receivedBy, receipt.receivedAt, receipt.packageId);
    const rows = ctx.db.prepare("SELECT family_id, action_id FROM handover_families WHERE package_id = ? AND direction = 'verzonden'").all(receipt.packageId) as {
      family_id: string;
      action_id: string | null;
    }[];
    const day = amsterdamDay(new Date(receipt.receivedAt));
    const accepted = receipt.status === 'aanvaard';
    const summary = accepted
      ? `Overdracht ontvangen door ${receipt.receivedBy} op ${dutchDate(receipt.receivedAt)}. ${FOLLOW_UP_SENTENCE}`
      : `Overdracht geweigerd door ${receipt.receivedBy} op ${dutchDate(receipt.receivedAt)}: ${receipt.reason}`;
    for (const row of rows) {
      if (accepted && row.action_id !== null) {
        const action = readRecord(ctx.db, actionTable, row.action_id);
        if (action.status === 'open') {
          const { id, createdAt, doneOn, ...rest } = action;
          void createdAt;
          void doneOn;
          saveAction(ctx, { ...rest, id, status: 'gedaan' });
        }
      }
      if (sent.organisation_id !== null) {
        saveRecord(ctx, timelineTable, {
          familyId: row.family_id,
          type: 'terugkoppeling',
          date: day,
          sortKey: fuzzySortKey(day),
          organisationId: sent.organisation_id,
          requestedBy: null,
          toOrganisationId: null,
          referralStatus: null,
          statusDate: null,
          reason: accepted ? '' : receipt.reason,
          stagnationReason: null,
          consentStatus: null,
          escalationStep: null,
          noticedBy: receipt.receivedBy,
          summary,
          legalBasis: 'noodzakelijk_betrokkenen',
          memberIds: [],
          recordedBy: operatorLabel(ctx.operator),
        });
      }
      audit(ctx, {
        action: 'handover.receipt',
        entity: 'handover',
        entityId: receipt.packageId,
        familyId: row.family_id,
        summary: `Ontvangstbevestiging ingelezen: ${accepted ? 'aanvaard' : 'geweigerd'} door ${receipt.receivedBy}`,
      });
    }
    return { familyIds: rows.map((r) => r.family_id) };
  });
}
