import type { Operator } from '../../shared/contract/schemas';
import type { Region } from '../../electron/core/generator/regionGenerator';

/**
 * Per-participant exports of a 10-case meeting with 4 participants (issue #10: ≤ 3 s).
 * TODO(H5): time `renderMeetingSummaries(db, meetingId, options)` from
 * electron/core/exports/meetingSummaries.ts once it is in the tree; until then null.
 */
export interface MeetingExportTiming {
  p50: number | null;
  p95: number | null;
  pdfCount: number | null;
  note: string | null;
}

export async function measureMeetingExport(_vaultPath: string, _passphrase: string, _operator: Operator, _region: Region, _workDir: string): Promise<MeetingExportTiming> {
  return { p50: null, p95: null, pdfCount: null, note: 'Export per deelnemer nog niet gemeten: renderMeetingSummaries (H1) ontbreekt nog.' };
}
