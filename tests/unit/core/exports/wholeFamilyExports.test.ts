import { describe, expect, it } from 'vitest';
import { addTrailEntry, saveAnswer, startAssessment } from '../../../../electron/core/assessment/assessmentService';
import { readFamilyConcern } from '../../../../electron/core/assessment/familyConcern';
import { renderMeetingSummaries, type RenderedSummary } from '../../../../electron/core/exports/meetingSummaries';
import { suspicionRecorded } from '../../../../electron/core/exports/familyScope';
import { draftHandover } from '../../../../electron/core/handover/handoverPackage';
import { saveCase } from '../../../../electron/core/meetingMode/meetingCases';
import { saveMember } from '../../../../electron/core/register/householdService';
import { registerKit } from '../register/registerKit';
import { pdfWords } from '../support/pdfText';
import { seedMeeting } from './meetingFixture';

const JGZ = { name: 'Ilse Wiersma', discipline: 'JGZ' };

/**
 * The two-child family every export must read whole: Gezin Bakker with Daan (older, assessed acuut)
 * and Noor (younger, assessed later at laag). Before, documents read only the family's newest
 * assessment and said "risico nu laag".
 */
function twoChildren() {
  const kit = registerKit();
  const seed = seedMeeting(kit.ctx);
  const { bakker, hoekstra } = seed.families;
  const daan = saveMember(kit.ctx(), { familyId: bakker, role: 'kind', givenName: 'Daan', familyName: 'Bakker', birthDate: '2014-02-11', parentalAuthority: false, schoolId: null, schoolGroup: '' }).id;
  const older = startAssessment(kit.ctx(), { familyId: bakker, childId: daan, instrumentId: null, meetingId: seed.meeting }).assessment;
  saveAnswer(kit.ctx(), older.id, { itemId: 'A1', value: 'ja', observer: JGZ, source: 'eigen_waarneming', date: '2026-11-27', note: '', owner: '' });
  startAssessment(kit.ctx(), { familyId: bakker, childId: seed.children.noor, instrumentId: null, meetingId: seed.meeting });
  saveCase(kit.ctx(), { meetingId: seed.meeting, familyId: bakker, minutes: 'Beide kinderen besproken.' });
  saveCase(kit.ctx(), { meetingId: seed.meeting, familyId: hoekstra, minutes: 'Zonder namen besproken.' });
  return { ...kit, seed, daan };
}

const textFor = (summaries: RenderedSummary[], professionalId: string): string => {
  const found = summaries.find((s) => s.recipient.professionalId === professionalId);
  if (!found) throw new Error('no summary for this recipient');
  return pdfWords(found.pdf);
};

describe('exports read the whole family: each child with its own latest concern', () => {
  it("the family's concern is Daan's acuut although Noor was assessed later at laag", () => {
    const k = twoChildren();
    const concern = readFamilyConcern(k.db, k.seed.families.bakker);
    expect(concern.level).toBe('acuut');
    expect(concern.highest.map((c) => c.childName)).toEqual(['Daan Bakker']);
    expect(concern.children.map((c) => [c.childName, c.level])).toEqual([
      ['Daan Bakker', 'acuut'],
      ['Noor Bakker', 'laag'],
    ]);
  });

  it('a summary gives the concern per child by first name (text read back from the PDF), never one family line', async () => {
    const k = twoChildren();
    const summaries = await renderMeetingSummaries(k.db, k.seed.meeting, { professionalIds: [k.seed.people.ib] });
    const ib = textFor(summaries, k.seed.people.ib);
    expect(ib).toContain('Daan: zorg nu acuut, op termijn acuut');
    expect(ib).toContain('Noor: zorg nu laag, op termijn laag');
    expect(ib).toContain('Zorg per kind (risicotaxatie)');
    expect(ib).toContain('Het besluit over melden bij Veilig Thuis staat nog open');
    expect(ib).not.toMatch(/risico nu laag/);
    // Daan's line comes first: the highest concern leads.
    expect(ib.indexOf('Daan: zorg nu acuut')).toBeLessThan(ib.indexOf('Noor: zorg nu laag'));
  });

  it('an anonymised case names the children "kind 1", "kind 2" in birth order, never by name', async () => {
    const k = twoChildren();
    const { hoekstra } = k.seed.families;
    const jesse = (k.db.prepare("SELECT id FROM family_members WHERE family_id = ? AND given_name = 'Jesse'").get(hoekstra) as { id: string }).id;
    const sanne = saveMember(k.ctx(), { familyId: hoekstra, role: 'kind', givenName: 'Sanne', familyName: 'Hoekstra', birthDate: '2020-04-03', parentalAuthority: false, schoolId: null, schoolGroup: '' }).id;
    const a = startAssessment(k.ctx(), { familyId: hoekstra, childId: jesse, instrumentId: null, meetingId: k.seed.meeting }).assessment;
    saveAnswer(k.ctx(), a.id, { itemId: 'C4', value: 'ja', observer: JGZ, source: 'eigen_waarneming', date: '2026-11-27', note: '', owner: '' });
    startAssessment(k.ctx(), { familyId: hoekstra, childId: sanne, instrumentId: null, meetingId: k.seed.meeting });
    const summaries = await renderMeetingSummaries(k.db, k.seed.meeting, { professionalIds: [k.seed.people.coach] });
    const coach = textFor(summaries, k.seed.people.coach);
    expect(coach).toMatch(/kind 1: zorg nu \w+, op termijn hoog/);
    expect(coach).toContain('kind 2: zorg nu laag, op termijn laag');
    expect(coach).not.toContain('Jesse');
    expect(coach).not.toContain('Sanne: zorg');
  });

  it('a warme overdracht carries both children, each with its own concern', () => {
    const k = twoChildren();
    const draft = draftHandover(k.db, [k.seed.families.bakker], k.seed.orgs.wijkteam, k.operator, { year: 2026, month: 11, day: 28 });
    const items = draft.families[0]!.family!.items.filter((i) => i.kind === 'risico');
    expect(items.map((i) => i.text)).toEqual([expect.stringMatching(/^Daan: zorg nu acuut/), expect.stringMatching(/^Noor: zorg nu laag/)]);
  });
});

describe('the Veilig Thuis suspicion reads every child', () => {
  it('a later "nee" about one child never takes back the suspicion about the other', () => {
    const kit = registerKit();
    const seed = seedMeeting(kit.ctx);
    const { yilmaz } = seed.families;
    const mert = saveMember(kit.ctx(), { familyId: yilmaz, role: 'kind', givenName: 'Mert', familyName: 'Yilmaz', birthDate: '2019-01-09', parentalAuthority: false, schoolId: null, schoolGroup: '' }).id;
    expect(suspicionRecorded(kit.db, yilmaz)).toBe(false);
    const elifAssessment = startAssessment(kit.ctx(), { familyId: yilmaz, childId: seed.children.elif, instrumentId: null, meetingId: null }).assessment;
    const q1 = { professional: JGZ, question: 1 as const, reasoning: 'Blauwe plekken op de bovenarm, wisselende uitleg.', date: '2026-11-20', monitoring: '', term: null, casemanager: '' };
    addTrailEntry(kit.ctx(), elifAssessment.id, { ...q1, answer: 'ja' });
    expect(suspicionRecorded(kit.db, yilmaz)).toBe(true);
    const mertAssessment = startAssessment(kit.ctx(), { familyId: yilmaz, childId: mert, instrumentId: null, meetingId: null }).assessment;
    addTrailEntry(kit.ctx(), mertAssessment.id, { ...q1, answer: 'nee', reasoning: 'Bij Mert geen aanwijzingen.', date: '2026-11-25' });
    expect(suspicionRecorded(kit.db, yilmaz)).toBe(true);
    expect(readFamilyConcern(kit.db, yilmaz).children.map((c) => [c.childName, c.suspicion])).toEqual(
      expect.arrayContaining([
        ['Elif Yilmaz', true],
        ['Mert Yilmaz', false],
      ]),
    );
    // The same professional's own "nee" about Elif does take it back.
    addTrailEntry(kit.ctx(), elifAssessment.id, { ...q1, answer: 'nee', reasoning: 'Uitleg van de huisarts maakt het aannemelijk.', date: '2026-11-26' });
    expect(suspicionRecorded(kit.db, yilmaz)).toBe(false);
  });
});
