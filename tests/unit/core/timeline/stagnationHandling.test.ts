import { describe, expect, it } from 'vitest';
import { addEscalation } from '../../../../electron/core/regie/escalation';
import { followUp } from '../../../../electron/core/regie/followUp';
import { undoLast } from '../../../../electron/core/recordStore/recordTable';
import { saveOrganisation } from '../../../../electron/core/register/directoryService';
import { signalTimelines } from '../../../../electron/core/timeline/signalTimelines';
import { handleStagnation } from '../../../../electron/core/timeline/stagnationService';
import { loadTimeline, saveTimelineEvent, timelineSignalSummary } from '../../../../electron/core/timeline/timelineService';
import { computeSignals } from '../../../../shared/timeline/timelineSignals';
import type { TimelineEventInput } from '../../../../shared/timeline/timelineEvent';
import { registerKit } from '../register/registerKit';

const now = new Date('2026-11-28T10:00:00Z');
const today = '2026-11-28';

function setup() {
  const k = registerKit();
  const wijkteam = saveOrganisation(k.ctx(), { name: 'Wijkteam Emmen-Oost', type: 'wijkteam', function: 'duidend', place: '', phone: '', email: '' }).id;
  const cjg = saveOrganisation(k.ctx(), { name: 'CJG Assen', type: 'cjg', function: 'duidend', place: '', phone: '', email: '' }).id;
  const familyId = k.family('Gezin Bakker');
  const input = (over: Partial<TimelineEventInput>): TimelineEventInput => ({
    familyId,
    type: 'stagnatie',
    date: '2026-11-02',
    organisationId: wijkteam,
    toOrganisationId: null,
    referralStatus: null,
    statusDate: null,
    reason: '',
    stagnationReason: 'gezin_weigert',
    consentStatus: null,
    escalationStep: null,
    noticedBy: '',
    summary: '',
    legalBasis: 'noodzakelijk_betrokkenen',
    memberIds: [],
    ...over,
  });
  return { k, familyId, wijkteam, cjg, input };
}

/** The Dutch detail of the refusal a write throws. */
function refusalOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (e) {
    return (e as { detail?: string }).detail;
  }
  return undefined;
}

const kinds = (k: ReturnType<typeof setup>['k'], familyId: string) => timelineSignalSummary(k.db, familyId, now).warnings.map((w) => w.kind);
/** What the dashboard and the dossier both read must agree (the dashboard reads every family at once). */
function sameForAllAtOnce(k: ReturnType<typeof setup>['k'], familyId: string) {
  const all = [...signalTimelines(k.db)].find((t) => t.familyId === familyId)!;
  expect(computeSignals(all.events, { today })).toEqual(timelineSignalSummary(k.db, familyId, now).signals);
}

describe('handling a stagnation in the vault', () => {
  it('refuses to mark a stagnation handled without the alternative, naming what is missing, and writes nothing', () => {
    const { k, familyId, input } = setup();
    const stagnation = saveTimelineEvent(k.ctx(), input({}));
    expect(refusalOf(() => handleStagnation(k.ctx(), { eventId: stagnation.id, who: 'Wijkteam Emmen-Oost', what: '', when: '' }))).toContain(
      'Nog nodig: welk alternatief is overwogen en wanneer.',
    );
    expect(loadTimeline(k.db, familyId, now).stagnationHandlings).toEqual([]);
    expect(kinds(k, familyId)).toContain('stagnatie');
  });

  it('records who, what and when; the stagnation no longer warns, on the dossier and in Opvolging alike; undo brings it back', () => {
    const { k, familyId, input } = setup();
    const stagnation = saveTimelineEvent(k.ctx(), input({ stagnationReason: 'wachtlijst' }));
    const handled = handleStagnation(k.ctx(), { eventId: stagnation.id, who: 'Jeugdhulp De Brug', what: 'Overbruggingshulp door het wijkteam tot de wachtlijst voorbij is', when: '2026-12-07' });
    expect(handled).toMatchObject({ familyId, who: 'Jeugdhulp De Brug', when: '2026-12-07', handledOn: today, recordedBy: expect.stringContaining('Sanne de Wit') });
    expect(loadTimeline(k.db, familyId, now).events.find((e) => e.id === stagnation.id)?.handledOn).toBe(today);
    expect(kinds(k, familyId)).not.toContain('stagnatie');
    expect(followUp(k.db, now).timelineWarnings.filter((w) => w.familyId === familyId)).toEqual([]);
    sameForAllAtOnce(k, familyId);
    expect(k.auditSummaries().some((s) => s.startsWith('Afgehandelde stagnatie toegevoegd'))).toBe(true);
    expect(refusalOf(() => handleStagnation(k.ctx(), { eventId: stagnation.id, who: 'x', what: 'y', when: '2026-12-08' }))).toContain('Deze stagnatie is al afgehandeld.');

    expect(undoLast(k.ctx())).toBe('Afgehandelde stagnatie toegevoegd');
    expect(kinds(k, familyId)).toContain('stagnatie');
  });

  it('refuses to handle an event that is not a stagnation', () => {
    const { k, input } = setup();
    const note = saveTimelineEvent(k.ctx(), input({ type: 'notitie', stagnationReason: null }));
    expect(refusalOf(() => handleStagnation(k.ctx(), { eventId: note.id, who: 'x', what: 'y', when: '2026-12-08' }))).toContain('Alleen een gemelde stagnatie kan worden afgehandeld.');
  });
});

describe('a refusal in the vault prompts drang until a step on the ladder is recorded', () => {
  it('shows the prompt on the dossier and in Opvolging, and lifts it with a reasoned step', () => {
    const { k, familyId, input } = setup();
    saveTimelineEvent(k.ctx(), input({}));
    expect(kinds(k, familyId)).toContain('drang_overwegen');
    expect(followUp(k.db, now).timelineWarnings.find((w) => w.familyId === familyId)?.warnings).toContainEqual({ kind: 'drang_overwegen', days: 26 });
    sameForAllAtOnce(k, familyId);

    addEscalation(k.ctx(), { familyId, step: 'vrijwillig', date: '2026-11-20', trigger: 'Gezin weigert hulp', decidedBy: 'Sanne de Wit', reasons: 'Moeder staat open voor een gesprek met de huisarts; drang is nu niet nodig.' });
    expect(kinds(k, familyId)).not.toContain('drang_overwegen');
    sameForAllAtOnce(k, familyId);
  });
});

describe('a request for help by the youngster or the family itself', () => {
  it('is stored without an organisation and counted like any signal', () => {
    const { k, familyId, cjg, input } = setup();
    const request = saveTimelineEvent(k.ctx(), input({ type: 'signaal', stagnationReason: null, organisationId: null, requestedBy: 'jongere', toOrganisationId: cjg, date: '2026-11-18' }));
    expect(request).toMatchObject({ organisationId: null, requestedBy: 'jongere' });
    const summary = timelineSignalSummary(k.db, familyId, now);
    expect(summary.signals.signalToHelp).toMatchObject({ firstSignalEventId: request.id, days: 10, stillWaiting: true });
    expect(summary.warnings).toContainEqual({ kind: 'wacht_op_hulp', days: 10 });
    sameForAllAtOnce(k, familyId);
  });

  it('refuses an event without organisation that is not such a request', () => {
    const { k, input } = setup();
    expect(refusalOf(() => saveTimelineEvent(k.ctx(), input({ type: 'signaal', stagnationReason: null, organisationId: null })))).toContain('Kies de organisatie waar dit vandaan komt.');
  });
});
