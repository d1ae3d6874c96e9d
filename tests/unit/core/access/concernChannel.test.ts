import { describe, expect, it } from 'vitest';
import type { HandlerTable } from '../../../../electron/core/ipc/handlerTable';
import type { FakeClock } from '../support/vaultTestKit';
import { ALL_ROWS, call, ok, unlockedCore } from './accessKit';

/** The next day, in steps the idle lock (240 minutes here) does not reach. */
async function nextDay(handlers: HandlerTable, clock: FakeClock) {
  for (let i = 0; i < 8; i += 1) {
    clock.advance(180 * 60_000);
    await ok(handlers, 'settings:get', undefined);
  }
}

/**
 * The two-child family through the channels, as meeting mode reaches it: Daan assessed acuut with an
 * afweging term on question 4, his younger sister Sophie assessed a day later at laag.
 */
async function twoChildFamilyByChannel() {
  const core = await unlockedCore();
  const { handlers, familyId, clock } = core;
  const member = (givenName: string, birthDate: string) =>
    ok(handlers, 'register:saveMember', { familyId, role: 'kind', givenName, familyName: 'Veenstra', birthDate, parentalAuthority: false, schoolId: null, schoolGroup: '' });
  const daan = await member('Daan', '2014-03-02');
  const sophie = await member('Sophie', '2019-09-21');
  const judge = async (childId: string, level: 'acuut' | 'laag') => {
    const { assessment } = await ok(handlers, 'assessment:start', { familyId, childId, instrumentId: null, meetingId: null });
    const date = clock.now().toISOString().slice(0, 10);
    await ok(handlers, 'assessment:saveJudgement', { assessmentId: assessment.id, judgement: { now: level, future: level, reason: '', scales: [], date } });
    return assessment.id;
  };
  const acute = await judge(daan.id, 'acuut');
  const professional = { name: 'Marieke Postma', discipline: 'wijkteam' };
  for (const [question, answer] of [[1, 'ja'], [2, 'nee'], [3, 'ja'], [4, 'ja']] as const) {
    await ok(handlers, 'assessment:addTrailEntry', {
      assessmentId: acute,
      entry: { professional, question, answer, reasoning: `Onderbouwing bij vraag ${question}`, date: '2026-03-02', monitoring: '', term: question === 4 ? '2026-03-02' : null, casemanager: question === 4 ? 'Joost Kuipers' : '' },
    });
  }
  await nextDay(handlers, clock);
  await judge(sophie.id, 'laag');
  return { ...core, daan, sophie };
}

describe('assessment:concern', () => {
  it('gives the family’s concern as the highest of each child’s latest assessment, named with the child, and today', async () => {
    const { handlers, familyId, daan, sophie } = await twoChildFamilyByChannel();
    const { concern, today } = await ok(handlers, 'assessment:concern', { familyId });
    expect(today).toBe('2026-03-03');
    expect(concern.level).toBe('acuut');
    expect(concern.highest.map((c) => c.childName)).toEqual(['Daan Veenstra']);
    expect(concern.children.map((c) => [c.childId, c.level, c.assessedOn])).toEqual([
      [daan.id, 'acuut', '2026-03-02'],
      [sophie.id, 'laag', '2026-03-03'],
    ]);
    // The term agreed on question 4 waits for question 5; today it has passed.
    expect(concern.children[0]!.openTerms).toEqual([{ professional: 'Marieke Postma', term: '2026-03-02' }]);
  });

  it('is logged as a view of the family’s risk assessment, by core', async () => {
    const { handlers, familyId, clock } = await twoChildFamilyByChannel();
    clock.advance(16 * 60_000);
    await ok(handlers, 'assessment:concern', { familyId });
    const [view] = (await ok(handlers, 'audit:query', { ...ALL_ROWS, familyId, category: 'bekeken' })).entries;
    expect(view).toMatchObject({ familyId, summary: 'Dossier bekeken (risicotaxatie)', at: clock.now().toISOString() });
  });

  it('refuses a family id that is no record id', async () => {
    const { handlers } = await unlockedCore();
    const result = await call(handlers, 'assessment:concern', { familyId: 'geen-id' });
    expect(result.ok).toBe(false);
  });
});
