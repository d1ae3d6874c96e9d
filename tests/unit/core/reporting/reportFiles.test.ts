import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDemoVaultFile } from '../../../../electron/core/demo/demoVault';
import { reportFile, reportFileName } from '../../../../electron/core/reporting/reportFiles';
import { vaultReport } from '../../../../electron/core/reporting/reportService';
import { closeVaultFile, openVaultFile } from '../../../../electron/core/vault/vaultFile';
import type { ReadableDb } from '../../../../electron/core/vault/connection';
import { REPORT_GROUPINGS, type ReportGrouping } from '../../../../shared/reporting/reportRecords';
import { pdfText, pdfWords } from '../support/pdfText';
import { tempDir } from '../support/vaultTestKit';
import { NOW, PERIOD, regionDb } from './regionFixture';

/**
 * Every name and every piece of free text in the vault, as the words a reader would recognise.
 * Organisation names are not in the list: a school or a team is what a report is grouped by.
 */
function personalStrings(db: ReadableDb): string[] {
  const organisations = new Set((db.prepare('SELECT name FROM organisations').pluck().all() as string[]).flatMap((n) => n.toLowerCase().split(/\s+/)));
  const words = new Set<string>();
  const names = [
    ...(db.prepare("SELECT replace(display_name, 'Gezin ', '') FROM families").pluck().all() as string[]),
    ...(db.prepare('SELECT given_name FROM family_members UNION SELECT family_name FROM family_members').pluck().all() as string[]),
    ...(db.prepare('SELECT name FROM professionals').pluck().all() as string[]),
  ];
  for (const name of names) {
    words.add(name);
    for (const part of name.split(/\s+/)) if (part.length >= 4 && !organisations.has(part.toLowerCase())) words.add(part);
  }
  const texts = db
    .prepare(
      `SELECT note FROM families UNION SELECT summary FROM timeline_events UNION SELECT reason FROM timeline_events
       UNION SELECT description FROM regie_actions UNION SELECT minutes FROM meeting_cases UNION SELECT title FROM meetings
       UNION SELECT safety_judgement FROM case_closures UNION SELECT reasons FROM regie_decisions`,
    )
    .pluck()
    .all() as string[];
  for (const text of texts) if (text.trim().length >= 8) words.add(text.trim().slice(0, 40));
  return [...words].filter((w) => w.trim().length >= 3 && !organisations.has(w.toLowerCase()));
}

async function outputs(
  db: ReadableDb,
  from: string,
  to: string,
  now: Date,
  groupings: readonly (ReportGrouping | null)[] = [null, ...REPORT_GROUPINGS],
): Promise<{ grouping: ReportGrouping | null; csv: string; pdf: string }[]> {
  const out = [];
  for (const by of groupings) {
    const r = vaultReport(db, { from, to, by }, now);
    const csv = new TextDecoder().decode(await reportFile(r, 'csv'));
    const pdf = pdfText(await reportFile(r, 'pdf'));
    out.push({ grouping: by, csv, pdf });
  }
  return out;
}

function expectNothingPersonal(files: { csv: string; pdf: string }[], strings: string[]): void {
  expect(strings.length).toBeGreaterThan(5);
  // Whole words only: the given name "Cas" may not appear, "Casustafel" may.
  const patterns = strings.map((s) => [s, new RegExp(`(?<!\\p{L})${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u')] as const);
  for (const f of files) {
    const pdf = f.pdf.replace(/\s+/g, ' ');
    for (const [s, pattern] of patterns) {
      expect(pattern.test(f.csv), `CSV bevat "${s}"`).toBe(false);
      expect(pattern.test(pdf), `PDF bevat "${s}"`).toBe(false);
    }
    // No day anywhere: weeks and months only.
    expect(f.csv).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(f.pdf).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  }
}

describe('report files', () => {
  it('holds no name, note or day of the hand-built region in CSV or PDF, and reads as the figures', async () => {
    const db = regionDb(3);
    const files = await outputs(db, PERIOD.from, PERIOD.to, NOW);
    const strings = personalStrings(db);
    expect(strings).toEqual(expect.arrayContaining(['Zonneveld', 'Marloes Tuinstra', 'Juf zag blauwe plekken op de arm']));
    expectNothingPersonal(files, strings);
    const bySchool = files.find((f) => f.grouping === 'school')!;
    expect(bySchool.csv).toContain('OBS De Klimop');
    expect(bySchool.pdf).toContain('Rapportage casusoverleg');
    expect(bySchool.pdf).toContain('Verloop per maand');
    expect(bySchool.pdf).toContain('Dagen van eerste signaal tot hulp');
  }, 60_000);

  it('holds no name, note or day of the demo vault in CSV or PDF', async () => {
    const file = path.join(tempDir(), 'demo.casustafel');
    const now = () => NOW;
    createDemoVaultFile(file, { now }, 'demo-kluis met verzonnen gezinnen');
    const vault = openVaultFile(file, 'demo-kluis met verzonnen gezinnen', { now });
    try {
      const files = await outputs(vault.db, '2024-12-01', '2026-12-06', NOW, [null, 'team']);
      expectNothingPersonal(files, personalStrings(vault.db));
    } finally {
      closeVaultFile(vault);
    }
  }, 120_000);

  it('names the file by its weeks and grouping, never by a day', () => {
    const r = vaultReport(regionDb(), { ...PERIOD, by: 'meeting_kind' }, NOW);
    expect(reportFileName(r, 'csv')).toBe('rapportage-2026-W01-tm-2026-W27-per-meeting-kind.csv');
  });

  it('draws its charts in the document’s own font, and names its period in weeks a reader understands', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const r = vaultReport(regionDb(), { ...PERIOD, by: null }, NOW);
      const pdf = await reportFile(r, 'pdf');
      expect(warn.mock.calls.flat().join(' ')).not.toContain('failed to open font');
      // Only Roboto is embedded: no chart text fell back to a standard PDF font.
      const fonts = [...Buffer.from(pdf).toString('latin1').matchAll(/\/BaseFont\s*\/([\w+-]+)/g)].map((m) => m[1]!.replace(/^[A-Z]{6}\+/, ''));
      expect(fonts.length).toBeGreaterThan(0);
      expect(new Set(fonts)).toEqual(new Set(fonts.filter((f) => f.startsWith('Roboto'))));
      const words = pdfWords(pdf);
      expect(words).toContain('Periode week 1 van 2026 (29 december 2025 t/m 4 januari 2026) t/m week 27 van 2026');
      expect(words).not.toContain('2026-W01');
      expect(words).toContain('jan 2026');
    } finally {
      warn.mockRestore();
    }
  });
});

