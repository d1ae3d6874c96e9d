import { describe, expect, it } from 'vitest';
import { REGION_SIZES, generateRegion } from '../../../../electron/core/generator/regionGenerator';
import { writeRegion } from '../../../../electron/core/generator/writeRegion';
import { saveOrganisation, saveProfessional } from '../../../../electron/core/register/directoryService';
import { saveMember } from '../../../../electron/core/register/householdService';
import { addConsent } from '../../../../electron/core/register/consentService';
import { saveMeeting, setAgenda } from '../../../../electron/core/register/meetingService';
import { undoLast } from '../../../../electron/core/recordStore/recordTable';
import { loadTimeline, removeTimelineEvent, saveTimelineEvent, timelineSignalSummary } from '../../../../electron/core/timeline/timelineService';
import type { TimelineEventInput } from '../../../../shared/timeline/timelineEvent';
import { registerKit } from '../register/registerKit';

const now = new Date('2026-11-28T10:00:00Z');

function setup() {
  const k = registerKit();
  const org = (name: string, type: 'cjg' | 'wijkteam' | 'veilig_thuis') =>
    saveOrganisation(k.ctx(), { name, type, function: 'duidend', place: '', phone: '', email: '' }).id;
  const cjg = org('CJG Assen', 'cjg');
  const wijkteam = org('Wijkteam Emmen-Oost', 'wijkteam');
  const vt = org('Veilig Thuis Drenthe', 'veilig_thuis');
  const familyId = k.family('Gezin Hofstee');
  const fenna = saveMember(k.ctx(), {
    familyId,
    role: 'kind',
    givenName: 'Fenna',
    familyName: 'Hofstee',
    birthDate: '2016-05-04',
    parentalAuthority: false,
    schoolId: null,
    schoolGroup: '',
  }).id;
  const input = (over: Partial<TimelineEventInput>): TimelineEventInput => ({
    familyId,
    type: 'verwijzing',
    date: '2026-10-01',
    organisationId: cjg,
    toOrganisationId: wijkteam,
    referralStatus: 'verstuurd',
    statusDate: null,
    reason: '',
    stagnationReason: null,
    consentStatus: null,
    escalationStep: null,
    noticedBy: '',
    summary: '',
    legalBasis: 'noodzakelijk_betrokkenen',
    memberIds: [fenna],
    ...over,
  });
  return { k, cjg, wijkteam, vt, familyId, fenna, input };
}

describe('family timeline in the vault', () => {
  it('stores a referral with who recorded it, audits it and shows it on the timeline', () => {
    const { k, familyId, input } = setup();
    const saved = saveTimelineEvent(k.ctx(), input({ date: '2026-voorjaar' }));
    expect(saved).toMatchObject({ date: '2026-voorjaar', recordedBy: expect.stringContaining('Sanne de Wit'), source: 'handmatig' });
    expect(loadTimeline(k.db, familyId, now).events.map((e) => e.id)).toEqual([saved.id]);
    expect(k.auditSummaries()).toContain('Gebeurtenis op de tijdlijn toegevoegd (velden: familyId, type, date, sortKey, organisationId, requestedBy, toOrganisationId, referralStatus, statusDate, reason, stagnationReason, consentStatus, escalationStep, noticedBy, summary, legalBasis, memberIds, recordedBy)');
  });

  it('updates, removes and undoes, keeping the first recorder', () => {
    const { k, familyId, input } = setup();
    const saved = saveTimelineEvent(k.ctx(), input({}));
    const updated = saveTimelineEvent({ ...k.ctx(), operator: { name: 'Bram Bos', organisation: 'CJG Assen', role: 'voorzitter' } }, input({ id: saved.id, referralStatus: 'geaccepteerd' }));
    expect(updated).toMatchObject({ referralStatus: 'geaccepteerd', recordedBy: saved.recordedBy });
    expect(removeTimelineEvent(k.ctx(), saved.id)).toBe(true);
    expect(loadTimeline(k.db, familyId, now).events).toEqual([]);
    expect(undoLast(k.ctx())).toBe('Gebeurtenis op de tijdlijn verwijderd');
    expect(loadTimeline(k.db, familyId, now).events[0]).toMatchObject({ referralStatus: 'geaccepteerd' });
  });

  it('refuses a child of another family and an unknown organisation, and writes nothing', () => {
    const { k, input } = setup();
    const other = k.family('Gezin Mulder');
    const before = k.auditSummaries().length;
    const detailOf = (work: () => unknown) => {
      try {
        work();
      } catch (e) {
        return (e as { detail?: string }).detail;
      }
      return 'geen fout';
    };
    expect(detailOf(() => saveTimelineEvent(k.ctx(), input({ familyId: other })))).toMatch(/kind bestaat niet/i);
    expect(detailOf(() => saveTimelineEvent(k.ctx(), input({ toOrganisationId: '00000000-0000-4000-8000-000000000999' })))).toMatch(/organisatie bestaat niet/i);
    expect(k.auditSummaries().length).toBe(before);
  });

  it('shows meetings where the family was on the agenda and consent records without typing them again', () => {
    const { k, familyId, fenna, cjg } = setup();
    const chair = saveProfessional(k.ctx(), { organisationId: cjg, name: 'Noor Jansen', role: 'voorzitter', phone: '', email: '', meetingTypes: [] });
    const meeting = saveMeeting(k.ctx(), { type: 'cjg_aanmeldoverleg', title: 'Aanmeldoverleg november', startsAt: '2026-11-03T09:00:00+01:00', location: '', schoolId: null, chairId: chair.id, confidentiality: '' });
    setAgenda(k.ctx(), meeting.id, [{ familyId, memberIds: [fenna], anonymous: false }]);
    addConsent(k.ctx(), { familyId, personId: fenna, status: 'ingetrokken', organisationIds: [cjg], purpose: 'Delen met de school', date: '2026-11-10' });
    const events = loadTimeline(k.db, familyId, now).events;
    expect(events.map((e) => [e.type, e.source, e.date, e.organisationId])).toEqual([
      ['overleg', 'overleg', '2026-11-03', cjg],
      ['toestemming', 'toestemming', '2026-11-10', cjg],
    ]);
    expect(events[1]).toMatchObject({ consentStatus: 'ingetrokken', memberIds: [fenna] });
  });

  it('summarises the signals for the dossier header: CJG → wijkteam → CJG is ping-pong', () => {
    const { k, familyId, input, cjg, wijkteam, vt } = setup();
    saveTimelineEvent(k.ctx(), input({ date: '2026-09-01' }));
    saveTimelineEvent(k.ctx(), input({ date: '2026-09-20', organisationId: wijkteam, toOrganisationId: cjg, referralStatus: 'teruggelegd', reason: 'Past niet bij ons aanbod' }));
    saveTimelineEvent(k.ctx(), input({ date: '2026-10-01', organisationId: cjg, toOrganisationId: vt }));
    const summary = timelineSignalSummary(k.db, familyId, now);
    expect(summary.warnings.map((w) => w.kind)).toEqual(expect.arrayContaining(['pingpong', 'stagnatie']));
    expect(summary.signals.stagnation.openReferrals[0]?.daysSinceUpdate).toBe(58);
  });

  it('stores the generated region\'s events, so the demo vault has a timeline', () => {
    const k = registerKit();
    const region = generateRegion(REGION_SIZES.demo);
    writeRegion(k.db, region, k.operator, now);
    expect(k.db.prepare('SELECT count(*) AS n FROM timeline_events').get()).toEqual({ n: region.events.length });
    const family = region.families[0]!;
    expect(loadTimeline(k.db, family.id, now).events.filter((e) => e.source === 'handmatig').length).toBe(region.events.filter((e) => e.familyId === family.id).length);
  });
});
