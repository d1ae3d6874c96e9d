import type { FollowUp, FollowUpFamily, FollowUpOrder, FollowUpPart } from '../contract/regieChannels';
import { byDueDate, concernRank, type RowConcern } from './concernOrder';
import { byFamilyName, familyNameKey, familySearchName } from '../domain/familyNameOrder';

/**
 * Opvolging per family: everything to chase about one family together, under the family's concern
 * (the highest of its children's latest assessments, named with the child), so the chair works
 * family by family instead of reading the same name in seven lists.
 */
export function followUpFamilies(lists: FollowUp, { query, order }: { query: string; order: FollowUpOrder }): FollowUpFamily[] {
  const families = new Map<string, FollowUpFamily>();
  const familyOf = (familyId: string, familyName: string, concern: RowConcern): FollowUpFamily => {
    let family = families.get(familyId);
    if (family === undefined) {
      family = {
        familyId,
        familyName,
        concern,
        overdueActions: [],
        signallersNotInformed: [],
        passedTerms: [],
        signalsWithoutFeedback: [],
        withoutRegieSince: null,
        openRequiredTopics: [],
        timelineWarnings: [],
      };
      families.set(familyId, family);
    }
    // Every row of a family carries the same concern; a row without one (none assessed) changes nothing.
    if (family.concern.level === null && concern.level !== null) family.concern = concern;
    return family;
  };
  for (const r of lists.overdueActions) familyOf(r.action.familyId, r.familyName, r.concern).overdueActions.push(r);
  for (const r of lists.signallersNotInformed) familyOf(r.action.familyId, r.familyName, r.concern).signallersNotInformed.push(r);
  for (const r of lists.passedTerms) familyOf(r.familyId, r.familyName, r.concern).passedTerms.push(r);
  for (const r of lists.signalsWithoutFeedback) familyOf(r.familyId, r.familyName, r.concern).signalsWithoutFeedback.push(r);
  for (const r of lists.familiesWithoutRegie) familyOf(r.familyId, r.familyName, r.concern).withoutRegieSince = r.lastDiscussed;
  for (const r of lists.openRequiredTopics) familyOf(r.topic.familyId, r.familyName, r.concern).openRequiredTopics.push(r);
  for (const r of lists.timelineWarnings) familyOf(r.familyId, r.familyName, r.concern).timelineWarnings.push(...r.warnings);

  const wanted = familySearchName(query.trim());
  const shown = [...families.values()].filter((f) => wanted === '' || familySearchName(f.familyName).includes(wanted));
  // Each family's sort keys once (tens of thousands of families at regional scale), then one sort.
  const keyed = shown.map((family) => ({ family, familyId: family.familyId, nameKey: familyNameKey(family.familyName), rank: concernRank(family.concern.level), due: earliestDue(family) }));
  type Keyed = (typeof keyed)[number];
  const byConcern = (a: Keyed, b: Keyed) => b.rank - a.rank;
  const byDue = (a: Keyed, b: Keyed) => byDueDate(a.due, b.due);
  const byName = (a: Keyed, b: Keyed) => byFamilyName(a, b);
  const compare =
    order === 'concern' ? (a: Keyed, b: Keyed) => byConcern(a, b) || byDue(a, b) || byName(a, b) : order === 'due' ? (a: Keyed, b: Keyed) => byDue(a, b) || byConcern(a, b) || byName(a, b) : byName;
  return keyed.sort(compare).map((k) => k.family);
}

/** The earliest day something of this family was due: an action's due date or an afweging term; null when none has one. */
export function earliestDue(family: FollowUpFamily): string | null {
  const days = [
    ...family.overdueActions.map((r) => r.action.dueDate),
    ...family.signallersNotInformed.map((r) => r.action.dueDate),
    ...family.passedTerms.map((r) => r.term),
  ].filter((d): d is string => d !== null);
  return days.length === 0 ? null : days.reduce((a, b) => (b < a ? b : a));
}

/** How many of each part over these families (a family without regie counts once). */
export function followUpTotals(families: readonly FollowUpFamily[]): Record<FollowUpPart, number> {
  const totals: Record<FollowUpPart, number> = {
    overdueActions: 0,
    signallersNotInformed: 0,
    passedTerms: 0,
    signalsWithoutFeedback: 0,
    withoutRegie: 0,
    openRequiredTopics: 0,
    timelineWarnings: 0,
  };
  for (const f of families) {
    totals.overdueActions += f.overdueActions.length;
    totals.signallersNotInformed += f.signallersNotInformed.length;
    totals.passedTerms += f.passedTerms.length;
    totals.signalsWithoutFeedback += f.signalsWithoutFeedback.length;
    totals.withoutRegie += f.withoutRegieSince === null ? 0 : 1;
    totals.openRequiredTopics += f.openRequiredTopics.length;
    totals.timelineWarnings += f.timelineWarnings.length;
  }
  return totals;
}
