import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../../electron/core/audit/auditChain';
import { saveCase, setAttendance } from '../../../../electron/core/meetingMode/meetingCases';
import { endMeeting, planFollowUp, startMeeting } from '../../../../electron/core/meetingMode/meetingLifecycle';
import { getMeetingModeState } from '../../../../electron/core/meetingMode/meetingModeState';
import { releaseMedicalMinutes, releaseTimelineEvent } from '../../../../electron/core/meetingMode/secrecyReleases';
import { saveClosure } from '../../../../electron/core/regie/caseClosure';
import { undoLast } from '../../../../electron/core/recordStore/recordTable';
import { getMeeting } from '../../../../electron/core/register/meetingService';
import { AppError, DUTCH_ERROR_MESSAGES } from '../../../../shared/contract/errors';
import { seedMeeting } from '../exports/meetingFixture';
import { registerKit } from '../register/registerKit';

function setup() {
  const kit = registerKit();
  return { ...kit, seed: seedMeeting(kit.ctx) };
}

const codeOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return null;
};

describe('meeting mode', () => {
  it('reads the agenda as cases with defaults, participants with organisation, anonymous cases without a name', () => {
    const k = setup();
    const state = getMeetingModeState(k.db, k.seed.meeting);
    expect(state.startedAt).toBeNull();
    expect(state.participants.map((p) => [p.name, p.organisationName, p.organisationType, p.attendance])).toEqual([
      ['Sanne de Wit', 'OBS De Regenboog', 'school', 'uitgenodigd'],
      ['Ilse Wiersma', 'JGZ Drenthe', 'jgz', 'uitgenodigd'],
      ['Roel Venema', 'Wijkteam Emmen-Oost', 'wijkteam', 'uitgenodigd'],
      ['Karin Mulder', 'Veilig Thuis Drenthe', 'veilig_thuis', 'uitgenodigd'],
    ]);
    expect(state.cases.map((c) => [c.position, c.displayName, c.anonymous, c.plannedMinutes, c.status, c.minutes, c.medicalRelease])).toEqual([
      [1, 'Gezin Bakker', false, 10, 'gepland', '', null],
      [2, 'Familie Yilmaz', false, 10, 'gepland', '', null],
      [3, null, true, 10, 'gepland', '', null],
    ]);
    expect(JSON.stringify(state.cases)).not.toContain('Hoekstra');
  });

  it('starts only under the confidentiality statement, recording who confirmed it, and ends', () => {
    const k = setup();
    expect(codeOf(() => startMeeting(k.ctx(), k.seed.meeting, false))).toBe('confidentiality_required');
    expect(DUTCH_ERROR_MESSAGES.confidentiality_required).toMatch(/geheimhoudingsverklaring/);
    expect(codeOf(() => endMeeting(k.ctx(), k.seed.meeting))).toBe('meeting_not_started');
    const started = startMeeting(k.ctx(), k.seed.meeting, true);
    expect(started.startedAt).not.toBeNull();
    expect(started.confidentialityConfirmedBy).toBe('Sanne de Wit — CBS De Wegwijzer (intern begeleider)');
    const ended = endMeeting(k.ctx(), k.seed.meeting);
    expect(ended.endedAt).not.toBeNull();
    expect(k.auditSummaries()).toEqual(expect.arrayContaining(['Overleg gestart; geheimhoudingsverklaring bevestigd', 'Overleg beëindigd']));
  });

  it('autosaves a case (upsert), audits field names but never the minutes, and undoes', () => {
    const k = setup();
    const { meeting, families } = k.seed;
    const saved = saveCase(k.ctx(), { meetingId: meeting, familyId: families.bakker, minutes: 'Noor is vaak moe; huisbezoek afgesproken.', plannedMinutes: 15 });
    expect(saved).toMatchObject({ minutes: 'Noor is vaak moe; huisbezoek afgesproken.', plannedMinutes: 15, status: 'gepland' });
    const again = saveCase(k.ctx(), { meetingId: meeting, familyId: families.bakker, status: 'besproken', elapsedSeconds: 540 });
    expect(again).toMatchObject({ minutes: 'Noor is vaak moe; huisbezoek afgesproken.', status: 'besproken', elapsedSeconds: 540 });
    const summaries = k.auditSummaries();
    expect(summaries).toContain('Casus in het overleg bijgewerkt (velden: plannedMinutes, minutes)');
    expect(summaries).toContain('Casus in het overleg bijgewerkt (velden: elapsedSeconds, status)');
    expect(summaries.join('\n')).not.toContain('huisbezoek');
    const count = summaries.length;
    saveCase(k.ctx(), { meetingId: meeting, familyId: families.bakker, status: 'besproken' });
    expect(k.auditSummaries()).toHaveLength(count); // nothing changed, nothing written
    expect(undoLast(k.ctx())).toBe('Casus in het overleg bijgewerkt');
    expect(getMeetingModeState(k.db, meeting).cases[0]).toMatchObject({ status: 'gepland', elapsedSeconds: 0, plannedMinutes: 15 });
    expect(codeOf(() => saveCase(k.ctx(), { meetingId: meeting, familyId: '00000000-0000-4000-8000-000000000999', minutes: 'x' }))).toBe('invalid_request');
    expect(verifyAuditChain(k.db).ok).toBe(true);
  });

  it('sets attendance of participants only', () => {
    const k = setup();
    const state = setAttendance(k.ctx(), k.seed.meeting, k.seed.people.nurse, 'afgemeld');
    expect(state.participants.find((p) => p.professionalId === k.seed.people.nurse)?.attendance).toBe('afgemeld');
    expect(codeOf(() => setAttendance(k.ctx(), k.seed.meeting, k.seed.orgs.school, 'aanwezig'))).toBe('invalid_request');
  });

  it('releases JGZ notes and JGZ timeline events on the secrecy holder’s authority toward named organisations with a reason, audited; other events are not under secrecy', () => {
    const k = setup();
    const { meeting, families, events, people, orgs } = k.seed;
    const byNurse = (reason: string) => ({
      holderProfessionalId: people.nurse,
      basis: 'toestemming' as const,
      organisationIds: [orgs.school],
      conflictOfDutiesId: null,
      confirmation: 'schriftelijk' as const,
      confirmedAtMeetingId: null,
      writtenReference: 'e-mail 1 maart, kenmerk JGZ-2026-12',
      reason,
    });
    expect(codeOf(() => releaseMedicalMinutes(k.ctx(), meeting, families.bakker, byNurse('  ')))).toBe('invalid_request');
    expect(codeOf(() => releaseMedicalMinutes(k.ctx(), meeting, families.bakker, byNurse('ok')))).toBe('invalid_request');
    const released = releaseMedicalMinutes(k.ctx(), meeting, families.bakker, byNurse('Ouders stemden in met delen met school'));
    expect(released.medicalRelease).toMatchObject({
      reason: 'Ouders stemden in met delen met school',
      releasedBy: expect.stringContaining('Sanne de Wit'),
      holder: 'Ilse Wiersma (JGZ Drenthe)',
      basis: 'toestemming',
      organisations: [{ id: orgs.school, name: 'OBS De Regenboog' }],
      confirmation: 'schriftelijk',
      writtenReference: 'e-mail 1 maart, kenmerk JGZ-2026-12',
    });
    expect(getMeetingModeState(k.db, meeting).releasedTimelineEventIds).toEqual([]);
    expect(releaseTimelineEvent(k.ctx(), events.jgzEvent, byNurse('Nodig voor het plan van school')).release.reason).toBe('Nodig voor het plan van school');
    // The projector-safe view learns which JGZ events it may show.
    expect(getMeetingModeState(k.db, meeting).releasedTimelineEventIds).toEqual([events.jgzEvent]);
    expect(codeOf(() => releaseTimelineEvent(k.ctx(), events.schoolSignal, byNurse('geen medische gebeurtenis')))).toBe('invalid_request');
    expect(k.auditSummaries().filter((s) => s.includes('vrijgegeven uit het medisch beroepsgeheim door de beroepsgeheimhouder voor OBS De Regenboog'))).toHaveLength(2);
  });

  it('plans the follow-up: same type, place and chair, everyone invited, only cases not closed', () => {
    const k = setup();
    const { meeting, families, people } = k.seed;
    setAttendance(k.ctx(), meeting, people.nurse, 'aanwezig');
    saveClosure(k.ctx(), { familyId: families.yilmaz, safetyJudgement: 'Elif is veilig; school houdt zicht', safetyJudgementDate: '2026-03-02' });
    // The closure gate has its own tests; here only the closed status matters.
    k.db.prepare("UPDATE case_closures SET status = 'gesloten' WHERE family_id = ?").run(families.yilmaz);
    const next = planFollowUp(k.ctx(), meeting, '2026-04-06T08:00:00.000Z');
    expect(next).toMatchObject({ type: 'een_twee_drie_tje', location: 'OBS De Regenboog, Emmen', chairId: people.ib, startsAt: '2026-04-06T08:00:00.000Z' });
    const detail = getMeeting(k.db, next.id);
    expect(detail.participants.map((p) => p.attendance)).toEqual(['uitgenodigd', 'uitgenodigd', 'uitgenodigd', 'uitgenodigd']);
    expect(detail.agenda.map((a) => [a.familyId, a.anonymous])).toEqual([
      [families.bakker, false],
      [families.hoekstra, true],
    ]);
    expect(getMeetingModeState(k.db, next.id).followUpOf).toBe(meeting);
  });
});
