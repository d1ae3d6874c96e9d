import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/contract/errors';
import { saveOrganisation } from '../../../../electron/core/register/directoryService';
import { saveTimelineEvent } from '../../../../electron/core/timeline/timelineService';
import type { TimelineEventInput } from '../../../../shared/timeline/timelineEvent';
import { registerKit } from '../register/registerKit';

describe('a new event from an organisation that does not carry out help', () => {
  const k = registerKit();
  const school = saveOrganisation(k.ctx(), { name: 'OBS De Esch', type: 'school', function: 'signalerend', place: '', phone: '', email: '' }).id;
  const wijkteam = saveOrganisation(k.ctx(), { name: 'Wijkteam Emmen-Zuid', type: 'wijkteam', function: 'duidend', place: '', phone: '', email: '' }).id;
  const familyId = k.family('Gezin Kok');
  const input = (organisationId: string, legalBasis: TimelineEventInput['legalBasis']): TimelineEventInput => ({
    familyId,
    type: 'signaal',
    date: '2026-11-20',
    organisationId,
    toOrganisationId: null,
    referralStatus: null,
    statusDate: null,
    reason: '',
    stagnationReason: null,
    consentStatus: null,
    escalationStep: null,
    noticedBy: 'leerkracht groep 4',
    summary: 'Tess huilt vaak in de klas',
    legalBasis,
    memberIds: [],
  });
  const count = () => (k.db.prepare('SELECT count(*) AS n FROM timeline_events').get() as { n: number }).n;

  it('is refused on need-to-know with a Dutch reason, and nothing is stored', () => {
    const before = count();
    let message = '';
    try {
      saveTimelineEvent(k.ctx(), input(school, 'noodzakelijk_betrokkenen'));
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      message = (e as AppError).detail ?? '';
    }
    expect(message).toMatch(/OBS De Esch voert geen hulp uit voor het gezin/);
    expect(count()).toBe(before);
  });

  it('is stored on consent, and the wijkteam may still record need-to-know', () => {
    expect(saveTimelineEvent(k.ctx(), input(school, 'toestemming')).legalBasis).toBe('toestemming');
    expect(saveTimelineEvent(k.ctx(), input(wijkteam, 'noodzakelijk_betrokkenen')).legalBasis).toBe('noodzakelijk_betrokkenen');
  });

  it('an existing event keeps the basis it has (edits of other fields still save)', () => {
    const t = new Date().toISOString();
    // As an event recorded before this rule: a school's observation on need-to-know.
    k.db
      .prepare(
        `INSERT INTO timeline_events (id, family_id, type, date, sort_key, organisation_id, legal_basis, summary, member_ids, recorded_by, created_at, updated_at, created_by, updated_by)
         VALUES ('9b0c6a1e-2f3d-4e5a-8b6c-7d8e9f0a1b2c', ?, 'signaal', '2026-10-01', 1, ?, 'noodzakelijk_betrokkenen', 'oud', '[]', 'x', ?, ?, 'x', 'x')`,
      )
      .run(familyId, school, t, t);
    const saved = saveTimelineEvent(k.ctx(), { ...input(school, 'noodzakelijk_betrokkenen'), id: '9b0c6a1e-2f3d-4e5a-8b6c-7d8e9f0a1b2c', date: '2026-10-01', summary: 'oud, aangevuld' });
    expect([saved.legalBasis, saved.summary]).toEqual(['noodzakelijk_betrokkenen', 'oud, aangevuld']);
  });
});
