import type { FamilyConcern } from '../../../shared/instrument/familyConcern';
import { parseCalendarDay } from '../../../shared/domain/calendarDate';
import type { LegalBasis } from '../../../shared/domain/vocabulary';
import { conflictActiveOn } from '../../../shared/exports/conflictOfDutiesValidity';
import { consentedOrganisations } from '../../../shared/exports/consentCoverage';
import type { ScopeFamily } from '../../../shared/exports/recipientScope';
import { readFamilyConcern } from '../assessment/familyConcern';
import { readRecords } from '../recordStore/recordTable';
import { conflictOfDutiesTable, consentTable, memberTable } from '../register/registerTables';
import type { ReadableDb } from '../vault/connection';

/**
 * The facts the sharing rule (shared/exports/recipientScope) reads for one family on one day, for
 * every export that leaves the vault (summaries, handover packages, another family's names in a
 * text): consent for the children a case is about (every child when none are named), the current
 * involvements, the conflict van plichten decisions taken by then and whether a suspicion is on
 * record.
 */
export function readScopeFamily(
  db: ReadableDb,
  familyId: string,
  day: string,
  agenda: { anonymous: boolean; position: number; memberIds: readonly string[] },
  concern: FamilyConcern = readFamilyConcern(db, familyId),
): ScopeFamily {
  const onDay = parseCalendarDay(day);
  const members = readRecords(db, memberTable, 'family_id = ?', [familyId], 'id');
  const consents = readRecords(db, consentTable, 'family_id = ?', [familyId], 'date, created_at');
  const involvements = db
    .prepare(`SELECT DISTINCT organisation_id, legal_basis FROM involvements WHERE family_id = ? AND (ended_at IS NULL OR ended_at >= ?) ORDER BY organisation_id, legal_basis`)
    .all(familyId, day) as { organisation_id: string; legal_basis: LegalBasis }[];
  const conflicts = readRecords(db, conflictOfDutiesTable, 'family_id = ?', [familyId], 'date, rowid').filter((d) => conflictActiveOn(d, day));
  const name = (db.prepare('SELECT display_name FROM families WHERE id = ?').get(familyId) as { display_name: string }).display_name;
  return {
    familyId,
    displayName: name,
    anonymous: agenda.anonymous,
    position: agenda.position,
    consentedOrganisationIds: onDay ? consentedOrganisations(members, consents, agenda.memberIds, onDay) : [],
    involvements: involvements.map((r) => ({ organisationId: r.organisation_id, legalBasis: r.legal_basis })),
    conflictOfDutiesOrganisationIds: [...new Set(conflicts.flatMap((d) => d.organisationIds))],
    conflictDecisions: conflicts.map((d) => ({ id: d.id, organisationIds: d.organisationIds })),
    suspicionRecorded: suspicionRecorded(db, familyId, concern),
  };
}

/**
 * A suspicion of huiselijk geweld or kindermishandeling is on record for the family: a
 * professional's latest answer to afweging question 1 about any child is "ja" (a "nee" about one
 * child never takes back a suspicion about another), a decision was taken to ask Veilig Thuis for advice
 * naming the family (anonymous advice names nobody, as in the Meldcode step) or to report, a report is on the timeline, Veilig Thuis is involved on meldrecht, or a professional asked
 * Veilig Thuis for advice naming the family (Meldcode step 2; the Wmo allows that only on a
 * vermoeden, while an anonymous advice names nobody). Only then does meldrecht carry the family's
 * name to Veilig Thuis.
 */
export function suspicionRecorded(db: ReadableDb, familyId: string, concern: FamilyConcern = readFamilyConcern(db, familyId)): boolean {
  if (concern.children.some((c) => c.suspicion)) return true;
  const decided = db
    .prepare(
      `SELECT 1 FROM escalation_steps WHERE family_id = @f AND (step = 'veilig_thuis_melding' OR (step = 'veilig_thuis_advies' AND anonymous = 0))
       UNION ALL SELECT 1 FROM timeline_events WHERE family_id = @f AND type = 'melding'
       UNION ALL SELECT 1 FROM involvements WHERE family_id = @f AND legal_basis = 'meldrecht'
       UNION ALL SELECT 1 FROM meldcode_steps WHERE family_id = @f AND step = 'advies_veilig_thuis' AND anonymous = 0 LIMIT 1`,
    )
    .get({ f: familyId });
  return decided !== undefined;
}
