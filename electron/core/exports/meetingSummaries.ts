import type { MeetingModeParticipant } from '../../../shared/contract/meetingModeChannels';
import type { FamilyScope } from '../../../shared/contract/summaryChannels';
import { scopeCounts } from '../../../shared/exports/recipientScope';
import { renderPdf } from '../pdf/renderPdf';
import type { ReadableDb } from '../vault/connection';
import { meetingSummaryDocument } from './meetingSummaryDocument';
import { loadSummaryMeeting, recipientShare, summaryFileName, type SummaryMeeting } from './summaryModel';

export interface RenderedSummary {
  recipient: MeetingModeParticipant;
  fileName: string;
  pdf: Uint8Array;
  /** Short Dutch summaries for the export log: counts and reasons, never content. */
  included: string;
  withheld: string;
  families: FamilyScope[];
  /** Ids of the families that went into this file (for export_log_families). */
  familyIds: string[];
}

export interface SummaryOptions {
  /** Only these participants (default: all of them). */
  professionalIds?: readonly string[];
  password?: string | null;
}

/** One recipient's PDF from data already read (no database access: safe to await). */
export async function renderRecipientSummary(data: SummaryMeeting, recipient: MeetingModeParticipant, password: string | null): Promise<RenderedSummary> {
  const share = recipientShare(data, recipient);
  const pdf = await renderPdf(meetingSummaryDocument(data, share, password));
  const counts = scopeCounts(share.scopes);
  return {
    recipient,
    fileName: summaryFileName(data, recipient),
    pdf,
    included: counts.included,
    withheld: counts.withheld,
    families: share.scopes,
    familyIds: share.scopes.filter((s) => s.included).map((s) => s.familyId),
  };
}

/**
 * Every participant's summary of a meeting, each with only what that participant may receive.
 * Reads the vault once (synchronously), then renders one PDF per recipient.
 */
export async function renderMeetingSummaries(db: ReadableDb, meetingId: string, options: SummaryOptions = {}): Promise<RenderedSummary[]> {
  const data = loadSummaryMeeting(db, meetingId);
  const wanted = options.professionalIds === undefined ? null : new Set(options.professionalIds);
  const out: RenderedSummary[] = [];
  for (const recipient of data.participants) {
    if (wanted !== null && !wanted.has(recipient.professionalId)) continue;
    out.push(await renderRecipientSummary(data, recipient, options.password ?? null));
  }
  return out;
}
