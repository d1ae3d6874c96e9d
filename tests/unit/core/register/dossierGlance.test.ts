import { describe, expect, it } from 'vitest';
import { ok, unlockedCore } from '../access/accessKit';

const action = (familyId: string, description: string, dueDate: string) => ({
  familyId,
  kind: 'actie' as const,
  description,
  ownerProfessionalId: null,
  ownerOrganisationId: null,
  ownerFamily: true,
  ownerNetworkMemberId: null,
  dueDate,
  status: 'open' as const,
  memberIds: [],
  meetingId: null,
  signallerOrganisationId: null,
  informed: false,
  informingPostponedUntil: null,
  informingPostponedReason: '',
});

describe('the dossier header at a glance', () => {
  it('names each child with its own concern, counts open and overdue actions, and says who has regie', async () => {
    const { handlers, familyId, clock } = await unlockedCore();
    const today = clock.now().toISOString().slice(0, 10);
    const member = (givenName: string, birthDate: string) =>
      ok(handlers, 'register:saveMember', { familyId, role: 'kind', givenName, familyName: 'Veenstra', birthDate, parentalAuthority: false, schoolId: null, schoolGroup: '' });
    const daan = await member('Daan', '2014-03-02');
    const sophie = await member('Sophie', '2019-09-21');
    const judge = async (childId: string, level: 'hoog' | 'laag') => {
      const { assessment } = await ok(handlers, 'assessment:start', { familyId, childId, instrumentId: null, meetingId: null });
      await ok(handlers, 'assessment:saveJudgement', { assessmentId: assessment.id, judgement: { now: level, future: level, reason: '', scales: [], date: today } });
    };
    // The younger sister assessed after her brother, lower: his concern still shows, beside hers.
    await judge(daan.id, 'hoog');
    await judge(sophie.id, 'laag');

    let glance = (await ok(handlers, 'register:dossier', { familyId })).glance;
    expect(glance.concern.level).toBe('hoog');
    expect(glance.concern.children.map((c) => [c.childId, c.level])).toEqual([
      [daan.id, 'hoog'],
      [sophie.id, 'laag'],
    ]);
    expect(glance.regie).toEqual({ kind: 'geen' });
    expect([glance.openActions, glance.overdueActions]).toEqual([0, 0]);

    const late = await ok(handlers, 'regie:saveAction', action(familyId, 'Huisbezoek plannen', '2026-01-05'));
    await ok(handlers, 'regie:saveAction', action(familyId, 'Terugkoppeling aan school', '2099-01-05'));
    await ok(handlers, 'regie:decide', {
      familyId,
      kind: 'eigen_regie',
      professionalId: null,
      organisationId: null,
      contact: '',
      mandate: null,
      doorzettingsmacht: false,
      since: today,
      judgement: 'Ouders pakken het zelf op met steun van oma.',
      reasons: 'Ouders zijn in staat en bereid; school houdt zicht.',
      meetingId: null,
    });
    glance = (await ok(handlers, 'register:dossier', { familyId })).glance;
    expect(glance.regie).toEqual({ kind: 'eigen_regie' });
    expect([glance.openActions, glance.overdueActions]).toEqual([2, 1]);

    // Done, the late action no longer counts as open or overdue.
    await ok(handlers, 'regie:saveAction', { ...action(familyId, 'Huisbezoek plannen', '2026-01-05'), id: late.id, status: 'gedaan' as const });
    glance = (await ok(handlers, 'register:dossier', { familyId })).glance;
    expect([glance.openActions, glance.overdueActions]).toEqual([1, 0]);
  });
});
