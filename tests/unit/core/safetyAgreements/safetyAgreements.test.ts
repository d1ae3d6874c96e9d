import { describe, expect, it } from 'vitest';
import { saveAnswer, startAssessment } from '../../../../electron/core/assessment/assessmentService';
import { dueItems } from '../../../../electron/core/digest/sessionDigest';
import { renderMeetingSummaries, type RenderedSummary } from '../../../../electron/core/exports/meetingSummaries';
import { draftHandover } from '../../../../electron/core/handover/handoverPackage';
import { saveCase } from '../../../../electron/core/meetingMode/meetingCases';
import { undoLast } from '../../../../electron/core/recordStore/recordTable';
import { saveMember } from '../../../../electron/core/register/householdService';
import { readSafetyAgreements, saveSafetyAgreement } from '../../../../electron/core/safetyAgreements/safetyAgreementService';
import { AppError } from '../../../../shared/contract/errors';
import type { SafetyAgreementSave } from '../../../../shared/contract/safetyAgreementChannels';
import { seedMeeting } from '../exports/meetingFixture';
import { registerKit } from '../register/registerKit';
import { pdfWords } from '../support/pdfText';

/**
 * Gezin Bakker from the 1-2-3-tje fixture (all names invented) with a second child: Noor (8) is
 * assessed at acuut, her brother Daan (5) at laag a moment later. The family's newest assessment is
 * Daan's; what counts is each child's own latest, so Noor stays at acuut.
 */
function setup() {
  const kit = registerKit();
  const seed = seedMeeting(kit.ctx);
  const { bakker } = seed.families;
  const daan = saveMember(kit.ctx(), { familyId: bakker, role: 'kind', givenName: 'Daan', familyName: 'Bakker', birthDate: '2021-04-03', parentalAuthority: false, schoolId: null, schoolGroup: '' }).id;
  const noorAssessment = startAssessment(kit.ctx(), { familyId: bakker, childId: seed.children.noor, instrumentId: null, meetingId: seed.meeting }).assessment;
  saveAnswer(kit.ctx(), noorAssessment.id, { itemId: 'A1', value: 'ja', observer: { name: 'Ilse Wiersma', discipline: 'JGZ' }, source: 'eigen_waarneming', date: '2026-11-27', note: '', owner: '' });
  startAssessment(kit.ctx(), { familyId: bakker, childId: daan, instrumentId: null, meetingId: seed.meeting });
  return { ...kit, seed, bakker, noor: seed.children.noor, daan };
}

type Kit = ReturnType<typeof setup>;

function agreement(k: Kit, over: Partial<SafetyAgreementSave> = {}) {
  return saveSafetyAgreement(k.ctx(), {
    familyId: k.bakker,
    childIds: [k.noor],
    what: 'Noor slaapt deze week bij haar tante in Assen; de gezinscoach belt elke avond',
    ownerProfessionalId: k.seed.people.coach,
    ownerOrganisationId: null,
    ownerFamily: false,
    ownerNetworkMemberId: null,
    status: 'open',
    parentsAgreement: 'Vader brengt Noor zelf naar haar tante',
    parentsAgreedOn: '2026-11-27',
    ...over,
  });
}

function refusal(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error.detail ?? error.message;
    throw error;
  }
  throw new Error('was not refused');
}

const count = (k: Kit) => (k.db.prepare('SELECT count(*) AS n FROM safety_agreements').get() as { n: number }).n;

describe('veiligheidsafspraken at acuut', () => {
  it('reads the acute child from her own assessment, although her brother was assessed later at laag', () => {
    const k = setup();
    const overview = readSafetyAgreements(k.db, k.bakker, new Date('2026-11-28T12:00:00Z'));
    expect(overview.acuteUncovered).toEqual([{ childId: k.noor, childName: 'Noor Bakker' }]);
    expect(overview.children.map((c) => c.name)).toEqual(['Noor Bakker', 'Daan Bakker']);
  });

  it('refuses to mark the case besproken while no agreement covers the acute child, naming her and not her brother; with one it succeeds', () => {
    const k = setup();
    const { meeting } = k.seed;
    const detail = refusal(() => saveCase(k.ctx(), { meetingId: meeting, familyId: k.bakker, status: 'besproken' }));
    expect(detail).toContain('de zorg over Noor Bakker is acuut');
    expect(detail).toContain('veiligheidsafspraken');
    expect(detail).not.toContain('Daan');

    // An agreement for the brother does not cover Noor.
    agreement(k, { childIds: [k.daan], what: 'Daan gaat na school naar de buren' });
    expect(refusal(() => saveCase(k.ctx(), { meetingId: meeting, familyId: k.bakker, status: 'besproken' }))).toContain('Noor Bakker');

    // Postponing or typing minutes is not refused.
    expect(saveCase(k.ctx(), { meetingId: meeting, familyId: k.bakker, status: 'uitgesteld' }).status).toBe('uitgesteld');

    agreement(k);
    expect(saveCase(k.ctx(), { meetingId: meeting, familyId: k.bakker, status: 'besproken' }).status).toBe('besproken');
  });

  it('counts a done agreement as covering the child too', () => {
    const k = setup();
    agreement(k, { status: 'gedaan' });
    expect(saveCase(k.ctx(), { meetingId: k.seed.meeting, familyId: k.bakker, status: 'besproken' }).status).toBe('besproken');
  });

  it('is due in days: three by default, refused in Dutch beyond fourteen, changing nothing', () => {
    const k = setup();
    const made = agreement(k);
    // registerKit's clock: 28 November 2026 (Amsterdam).
    expect(made.dueDate).toBe('2026-12-01');
    expect(agreement(k, { withinDays: 14 }).dueDate).toBe('2026-12-12');
    const before = count(k);
    const audits = k.auditSummaries().length;
    const detail = refusal(() => agreement(k, { withinDays: 15 }));
    expect(detail).toContain('kies een termijn van hoogstens 14 dagen');
    expect([count(k), k.auditSummaries().length]).toEqual([before, audits]);
  });

  it('needs exactly one owner and a child of this family', () => {
    const k = setup();
    expect(refusal(() => agreement(k, { ownerProfessionalId: null }))).toContain('kies wie het doet');
    expect(refusal(() => agreement(k, { ownerFamily: true }))).toContain('kies één eigenaar');
    expect(refusal(() => agreement(k, { childIds: [k.seed.children.elif] }))).toContain('Het kind bestaat niet (meer) of hoort hier niet bij');
    expect(count(k)).toBe(0);
  });

  it('writes an audit entry and can be undone', () => {
    const k = setup();
    const made = agreement(k, { ownerProfessionalId: null, ownerFamily: true });
    expect(readSafetyAgreements(k.db, k.bakker, new Date()).agreements.map((a) => [a.owner, a.childNames])).toEqual([['het gezin', ['Noor Bakker']]]);
    expect(k.auditSummaries().at(-1)).toMatch(/^Veiligheidsafspraak toegevoegd/);
    const done = agreement(k, { id: made.id, ownerProfessionalId: null, ownerFamily: true, status: 'gedaan' });
    expect([done.doneOn, done.dueDate]).toEqual(['2026-11-28', made.dueDate]);
    undoLast(k.ctx());
    expect(readSafetyAgreements(k.db, k.bakker, new Date()).agreements.map((a) => a.status)).toEqual(['open']);
    undoLast(k.ctx());
    expect(count(k)).toBe(0);
  });

  it('puts an open agreement with its due day in the digest, as a kind of its own', () => {
    const k = setup();
    const made = agreement(k, { withinDays: 2 });
    const items = dueItems(k.db, new Date('2026-11-28T12:00:00Z')).filter((i) => i.kind === 'veiligheidsafspraak');
    expect(items).toEqual([
      {
        key: `afspraak:${made.id}`,
        kind: 'veiligheidsafspraak',
        familyId: k.bakker,
        familyName: 'Gezin Bakker',
        actionId: made.id,
        description: made.what,
        owner: 'Roel Venema (Wijkteam Emmen-Oost)',
        dueDay: '2026-11-30',
        caseStatus: 'open',
      },
    ]);
    agreement(k, { id: made.id, status: 'gedaan' });
    expect(dueItems(k.db, new Date('2026-11-28T12:00:00Z')).filter((i) => i.kind === 'veiligheidsafspraak')).toEqual([]);
  });
});

describe('veiligheidsafspraken in the summaries (text read back from the PDF)', () => {
  const textFor = (summaries: RenderedSummary[], professionalId: string): string => {
    const found = summaries.find((s) => s.recipient.professionalId === professionalId);
    if (!found) throw new Error('no summary for this recipient');
    return pdfWords(found.pdf);
  };

  it('go wherever the family goes, and an anonymised case names its child as "kind 1"', async () => {
    const k = setup();
    const { people, families, children } = k.seed;
    agreement(k);
    saveSafetyAgreement(k.ctx(), {
      familyId: families.yilmaz,
      childIds: [children.elif],
      what: 'Elif logeert bij haar oma tot het gesprek met Veilig Thuis',
      ownerProfessionalId: people.nurse,
      ownerOrganisationId: null,
      ownerFamily: false,
      ownerNetworkMemberId: null,
      status: 'open',
      parentsAgreement: '',
      parentsAgreedOn: null,
    });
    const jesse = (k.db.prepare("SELECT id FROM family_members WHERE given_name = 'Jesse'").get() as { id: string }).id;
    saveSafetyAgreement(k.ctx(), {
      familyId: families.hoekstra,
      childIds: [jesse],
      what: 'Jesse Hoekstra wordt elke ochtend door de buurvrouw naar school gebracht',
      ownerProfessionalId: null,
      ownerOrganisationId: k.seed.orgs.wijkteam,
      ownerFamily: false,
      ownerNetworkMemberId: null,
      status: 'open',
      parentsAgreement: '',
      parentsAgreedOn: null,
    });

    const summaries = await renderMeetingSummaries(k.db, k.seed.meeting);
    // The school's IB receives Bakker on consent: with its agreement, who does it, and what the parents agreed.
    const ib = textFor(summaries, people.ib);
    expect(ib).toContain('Veiligheidsafspraken');
    expect(ib).toContain('Noor slaapt deze week bij haar tante in Assen');
    expect(ib).toContain('Roel Venema (Wijkteam Emmen-Oost)');
    expect(ib).toContain('1 december 2026');
    expect(ib).toContain('akkoord op 27 november 2026');
    // Yilmaz's consent covers the JGZ only: nothing of its agreement reaches the school.
    expect(ib).not.toContain('Elif');
    expect(ib).not.toContain('logeert bij haar oma');

    const nurse = textFor(summaries, people.nurse);
    expect(nurse).toContain('Elif logeert bij haar oma tot het gesprek met Veilig Thuis');
    expect(nurse).toContain('nog niet akkoord');

    // The wijkteam gets Hoekstra anonymised: the agreement without a name.
    const coach = textFor(summaries, people.coach);
    expect(coach).toContain('[naam] wordt elke ochtend door de buurvrouw naar school gebracht');
    expect(coach).toContain('kind 1');
    expect(coach).not.toContain('Jesse');
    expect(coach).not.toContain('Hoekstra');
  });

  it('go along in a handover package to the organisation that carries out the help', () => {
    const k = setup();
    agreement(k);
    const draft = draftHandover(k.db, [k.bakker], k.seed.orgs.wijkteam, k.operator, { year: 2026, month: 11, day: 28 });
    const items = draft.families[0]!.family!.items.filter((i) => i.kind === 'veiligheidsafspraak');
    expect(items.map((i) => i.text)).toEqual([
      'Veiligheidsafspraak voor Noor: Noor slaapt deze week bij haar tante in Assen; de gezinscoach belt elke avond (wie: Roel Venema (Wijkteam Emmen-Oost); uiterlijk 1 december 2026; open). Ouders: akkoord op 27 november 2026: Vader brengt Noor zelf naar haar tante.',
    ]);
  });
});
