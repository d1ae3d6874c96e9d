import { randomUUID } from 'node:crypto';
import type { Operator } from '../../shared/contract/schemas';
import type { OrganisationType } from '../../shared/domain/vocabulary';
import { renderMeetingSummaries } from '../../electron/core/exports/meetingSummaries';
import { operatorLabel } from '../../electron/core/recordStore/operatorLabel';
import type { Region } from '../../electron/core/generator/regionGenerator';
import type { WritableDb } from '../../electron/core/vault/connection';
import { closeVaultFile, openVaultFile } from '../../electron/core/vault/vaultFile';
import { summarize } from './stats';

/**
 * Per-participant exports of a 10-case meeting with 4 participants (issue #10: ≤ 3 s). In the
 * bench vault's working copy a meeting is put together from the region: 10 families on the agenda
 * (each with minutes, every third with JGZ minutes under medical secrecy) and four participants
 * from a JGZ, a wijkteam, a CJG and Veilig Thuis, so the recipient scopes differ. Timed is one
 * `renderMeetingSummaries` call for the whole meeting: read the vault once, one PDF per recipient.
 */
export interface MeetingExportTiming {
  p50: number | null;
  p95: number | null;
  /** Processor time of one call (user + system), median: tells a busy machine from a slow export. */
  cpuP50: number | null;
  pdfCount: number | null;
  note: string | null;
}

const RUNS = 5;
const CASES = 10;
const PARTICIPANT_TYPES: OrganisationType[] = ['jgz', 'wijkteam', 'cjg', 'veilig_thuis'];

/** Builds the meeting beside the region's own (a copy of one region meeting's row, new id). */
function buildMeeting(db: WritableDb, region: Region, operator: Operator): string {
  const template = region.meetings[0]!;
  const meetingId = randomUUID();
  const when = new Date().toISOString();
  const by = operatorLabel(operator);
  const families = region.families.filter((f) => !f.anonymous).slice(100, 100 + CASES);
  const participants = PARTICIPANT_TYPES.map((type) => {
    const org = region.organisations.find((o) => o.type === type);
    const professional = org && region.professionals.find((p) => p.organisationId === org.id);
    if (!professional) throw new Error(`Geen professional van een ${type} in de benchregio.`);
    return professional.id;
  });
  db.transaction(() => {
    const row = db.prepare('SELECT * FROM meetings WHERE id = ?').get(template.id) as Record<string, unknown>;
    // Every column of the template (whatever later migrations added), with a new id and today's date.
    const copy: Record<string, unknown> = { ...row, id: meetingId, starts_at: when, title: 'Bench: casusoverleg met 10 casussen', follow_up_of: null };
    const cols = Object.keys(row);
    db.prepare(`INSERT INTO meetings (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(Object.fromEntries(cols.map((c) => [c, copy[c]])));
    const participant = db.prepare("INSERT INTO meeting_participants (meeting_id, professional_id, attendance) VALUES (?, ?, 'aanwezig')");
    for (const p of participants) participant.run(meetingId, p);
    const agenda = db.prepare("INSERT INTO agenda_items (id, meeting_id, family_id, member_ids, anonymous, position) VALUES (?, ?, ?, '[]', 0, ?)");
    const minutes = db.prepare(
      "INSERT INTO meeting_cases (meeting_id, family_id, status, minutes, medical_minutes, updated_at, updated_by) VALUES (?, ?, 'besproken', ?, ?, ?, ?)",
    );
    families.forEach((f, i) => {
      agenda.run(randomUUID(), meetingId, f.id, i + 1);
      minutes.run(
        meetingId,
        f.id,
        'Besproken: zorgen over schoolverzuim en de thuissituatie. Wijkteam neemt contact op met moeder; school houdt de aanwezigheid bij. '.repeat(3),
        i % 3 === 0 ? 'JGZ: groeicurve en ontwikkeling besproken; vervolgafspraak op het consultatiebureau. ' : '',
        when,
        by,
      );
    });
  }).immediate();
  return meetingId;
}

export async function measureMeetingExport(vaultPath: string, passphrase: string, operator: Operator, region: Region): Promise<MeetingExportTiming> {
  const vault = openVaultFile(vaultPath, passphrase, { now: () => new Date() });
  try {
    const meetingId = buildMeeting(vault.db, region, operator);
    let pdfCount = 0;
    await renderMeetingSummaries(vault.db, meetingId); // warm-up: fonts into pdfmake's virtual file system
    const samples: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      const files = await renderMeetingSummaries(vault.db, meetingId);
      samples.push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
      pdfCount = files.length;
    }
    const s = summarize(samples.sort((a, b) => a - b), 1);
    return { p50: s.p50, p95: s.p95, cpuP50: summarize(cpu.sort((a, b) => a - b), 1).p50, pdfCount, note: null };
  } catch (error) {
    return { p50: null, p95: null, cpuP50: null, pdfCount: null, note: `Export per deelnemer niet gemeten: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    closeVaultFile(vault);
  }
}
