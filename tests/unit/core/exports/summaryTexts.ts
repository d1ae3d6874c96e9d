import { expect } from 'vitest';
import { renderMeetingSummaries } from '../../../../electron/core/exports/meetingSummaries';
import type { ReadableDb } from '../../../../electron/core/vault/connection';
import { pdfWords } from '../support/pdfText';

/**
 * Each recipient's summary of a meeting as an independent PDF reader sees it, under the test's own
 * short names for the recipients ("ib", "coach"): what the tables of who-receives-what read back.
 */
export async function summaryTextsOf<W extends string>(db: ReadableDb, meetingId: string, people: Readonly<Record<W, string>>, recipients: readonly W[]): Promise<Record<W, string>> {
  const summaries = await renderMeetingSummaries(db, meetingId);
  const out = {} as Record<W, string>;
  for (const who of recipients) {
    const summary = summaries.find((s) => s.recipient.professionalId === people[who]);
    if (summary === undefined) throw new Error(`${who} is not a participant of this meeting`);
    out[who] = pdfWords(summary.pdf);
  }
  return out;
}

/** One row of such a table: the text is in the summary of exactly the recipients in `to`. */
export function expectOnlyFor<W extends string>(texts: Readonly<Record<W, string>>, who: W, text: string, to: readonly W[]): void {
  if (to.includes(who)) expect(texts[who]).toContain(text);
  else expect(texts[who]).not.toContain(text);
}
