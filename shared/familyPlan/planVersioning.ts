import { compareCalendarDays, parseCalendarDay, type CalendarDay } from '../domain/calendarDate';
import type { AgreedBy, PlanContent, PlanStatus, PlanVersion } from './familyPlanRecords';

/**
 * How a family plan moves through its versions. The current plan is always editable; agreeing it
 * keeps a copy as the next version, with who agreed and on which day. A version is never edited:
 * once the current plan differs from the latest version it is the draft of the next one, and the
 * screen and the letter say so.
 */
export type PlanPart = 'familyView' | 'wishes' | 'goals' | 'discussed' | 'network' | 'agreements';

/** One fixed property order, so two plans with the same content compare equal however they were built. */
function canonical(c: PlanContent): string {
  return JSON.stringify({
    familyView: c.familyView.trim(),
    wishes: c.wishes.trim(),
    goals: c.goals.map((g) => g.text.trim()),
    discussed: [c.discussedWithParentsOn, c.discussedWithChildOn],
    network: c.network.map((n) => [n.name.trim(), n.relation.trim(), n.contribution.trim()]),
    agreements: c.agreements.map((a) => [a.actionId, a.description.trim(), a.owner, a.ownerKind, a.dueDate, a.status]),
  });
}

export function sameContent(a: PlanContent, b: PlanContent): boolean {
  return canonical(a) === canonical(b);
}

/** The parts of the plan that differ between two moments, in the plan's own order. */
export function changedParts(before: PlanContent, after: PlanContent): PlanPart[] {
  const parts: [PlanPart, (c: PlanContent) => unknown][] = [
    ['familyView', (c) => c.familyView.trim()],
    ['wishes', (c) => c.wishes.trim()],
    ['goals', (c) => c.goals.map((g) => g.text.trim())],
    ['discussed', (c) => [c.discussedWithParentsOn, c.discussedWithChildOn]],
    ['network', (c) => c.network.map((n) => [n.name.trim(), n.relation.trim(), n.contribution.trim()])],
    ['agreements', (c) => c.agreements.map((a) => [a.actionId, a.description.trim(), a.owner, a.ownerKind, a.dueDate, a.status])],
  ];
  return parts.filter(([, of]) => JSON.stringify(of(before)) !== JSON.stringify(of(after))).map(([part]) => part);
}

export function latestVersion<V extends Pick<PlanVersion, 'number'>>(versions: readonly V[]): V | null {
  let latest: V | null = null;
  for (const v of versions) if (latest === null || v.number > latest.number) latest = v;
  return latest;
}

export function planStatus(current: PlanContent, versions: readonly Pick<PlanVersion, 'number' | 'content'>[]): PlanStatus {
  const latest = latestVersion(versions);
  if (latest === null) return 'concept';
  return sameContent(latest.content, current) ? 'vastgesteld' : 'concept_volgende';
}

export function nextVersionNumber(versions: readonly Pick<PlanVersion, 'number'>[]): number {
  return (latestVersion(versions)?.number ?? 0) + 1;
}

export function isEmptyPlan(c: PlanContent): boolean {
  return c.familyView.trim() === '' && c.wishes.trim() === '' && c.goals.length === 0 && c.agreements.length === 0;
}

export type AgreeProblem = 'agreed_by' | 'agreed_on_future' | 'agreed_on_before_previous' | 'empty_plan' | 'unchanged';

/** What stands in the way of agreeing the current plan as a new version. */
export function agreeProblems(
  input: { agreedBy: readonly AgreedBy[]; agreedOn: string },
  current: PlanContent,
  versions: readonly Pick<PlanVersion, 'number' | 'content' | 'agreedOn'>[],
  today: CalendarDay,
): AgreeProblem[] {
  const problems: AgreeProblem[] = [];
  if (input.agreedBy.length === 0 || input.agreedBy.some((a) => a.name.trim() === '' || a.role.trim() === '')) problems.push('agreed_by');
  const day = parseCalendarDay(input.agreedOn);
  if (day !== null && compareCalendarDays(day, today) > 0) problems.push('agreed_on_future');
  const latest = latestVersion(versions);
  const latestDay = latest === null ? null : parseCalendarDay(latest.agreedOn);
  if (day !== null && latestDay !== null && compareCalendarDays(day, latestDay) < 0) problems.push('agreed_on_before_previous');
  if (isEmptyPlan(current)) problems.push('empty_plan');
  else if (planStatus(current, versions) === 'vastgesteld') problems.push('unchanged');
  return problems;
}
