import { FAMILY_PLAN_TIMELINE_DERIVATIONS } from '../familyPlan/familyPlanTimeline';
import { REGIE_TIMELINE_DERIVATIONS } from '../regie/regieTimeline';
import { derivedEventBase, scopeWhere, type TimelineDerivation } from './timelineDerivation';

/** Meetings where the family was on the agenda: "besproken in het overleg". */
export const meetingsOnAgenda: TimelineDerivation = (db, familyId) => {
  const scope = scopeWhere('a.family_id', familyId);
  const rows = db
    .prepare(
      `SELECT a.id, a.family_id, a.member_ids, m.title, m.starts_at, m.created_by, coalesce(p.organisation_id, m.school_id) AS organisation_id
       FROM agenda_items a
       JOIN meetings m ON m.id = a.meeting_id
       LEFT JOIN professionals p ON p.id = m.chair_id
       WHERE ${scope.sql}`,
    )
    .all(...scope.params) as { id: string; family_id: string; member_ids: string; title: string; starts_at: string; created_by: string; organisation_id: string | null }[];
  return rows.map((r) => ({
    ...derivedEventBase(r.family_id, r.starts_at.slice(0, 10)),
    id: `overleg:${r.id}`,
    type: 'overleg',
    organisationId: r.organisation_id,
    summary: r.title,
    legalBasis: 'noodzakelijk_betrokkenen',
    memberIds: JSON.parse(r.member_ids) as string[],
    recordedBy: r.created_by,
    source: 'overleg',
  }));
};

/** Consent given, refused or withdrawn, as recorded in the consent register. */
export const consentRecords: TimelineDerivation = (db, familyId) => {
  const scope = scopeWhere('c.family_id', familyId);
  const rows = db
    .prepare(
      `SELECT c.id, c.family_id, c.status, c.organisation_ids, c.purpose, c.date, c.recorded_by, c.person_id, m.role
       FROM consents c JOIN family_members m ON m.id = c.person_id
       WHERE ${scope.sql}`,
    )
    .all(...scope.params) as { id: string; family_id: string; status: 'gegeven' | 'geweigerd' | 'ingetrokken'; organisation_ids: string; purpose: string; date: string; recorded_by: string; person_id: string; role: string }[];
  return rows.map((r) => {
    const organisations = JSON.parse(r.organisation_ids) as string[];
    return {
      ...derivedEventBase(r.family_id, r.date),
      id: `toestemming:${r.id}`,
      type: 'toestemming',
      organisationId: organisations[0] ?? null,
      consentStatus: r.status,
      summary: r.purpose,
      legalBasis: 'toestemming',
      // A child's own consent concerns that child; a parent's concerns the whole family.
      memberIds: r.role === 'kind' ? [r.person_id] : [],
      recordedBy: r.recorded_by,
      source: 'toestemming',
    };
  });
};

export const TIMELINE_DERIVATIONS: readonly TimelineDerivation[] = [meetingsOnAgenda, consentRecords, ...REGIE_TIMELINE_DERIVATIONS, ...FAMILY_PLAN_TIMELINE_DERIVATIONS];
