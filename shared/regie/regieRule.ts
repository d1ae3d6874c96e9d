import { compareCalendarDays, parseCalendarDay } from '../domain/calendarDate';
import type { RegieDecision, RegieKind } from './regieRecords';

/**
 * "Eén gezin, één plan, één regisseur": at any time a family has at most one active regie decision
 * (a regisseur, or eigen regie with a reasoned judgement). A new decision ends the active one on
 * the day it starts. Core applies exactly these rules inside the write transaction; a partial
 * unique index in the vault backs them up.
 */
export type RegieHistoryEntry = Pick<RegieDecision, 'id' | 'kind' | 'since' | 'endedOn' | 'recordedAt'>;

export type NewRegieProblem =
  | 'regisseur_person'
  | 'regisseur_organisation'
  | 'regisseur_mandate'
  | 'eigen_regie_judgement'
  | 'eigen_regie_reasons'
  | 'since_before_current';

export interface NewRegieInput {
  kind: RegieKind;
  professionalId: string | null;
  organisationId: string | null;
  mandate: string | null;
  judgement: string;
  reasons: string;
  since: string;
}

/** What is still missing or wrong in a new decision, in the order a form shows its fields. */
export function newRegieProblems(input: NewRegieInput, current: RegieHistoryEntry | null): NewRegieProblem[] {
  const problems: NewRegieProblem[] = [];
  if (input.kind === 'regisseur') {
    if (input.professionalId === null) problems.push('regisseur_person');
    if (input.organisationId === null) problems.push('regisseur_organisation');
    if (input.mandate === null) problems.push('regisseur_mandate');
  } else {
    if (input.judgement.trim() === '') problems.push('eigen_regie_judgement');
    if (input.reasons.trim() === '') problems.push('eigen_regie_reasons');
  }
  const since = parseCalendarDay(input.since);
  const currentSince = current === null ? null : parseCalendarDay(current.since);
  if (since !== null && currentSince !== null && compareCalendarDays(since, currentSince) < 0) problems.push('since_before_current');
  return problems;
}

/** The active decision, or null. Throws when the history breaks the one-regisseur rule. */
export function activeRegie<T extends RegieHistoryEntry>(history: readonly T[]): T | null {
  const active = history.filter((d) => d.endedOn === null);
  if (active.length > 1) throw new Error(`Meer dan één actieve regie (${active.length}).`);
  return active[0] ?? null;
}

/** The history after `next` is recorded: the active decision ends on the day `next` starts. */
export function applyRegieDecision<T extends RegieHistoryEntry>(history: readonly T[], next: T): T[] {
  return [...history.map((d) => (d.endedOn === null ? { ...d, endedOn: next.since } : d)), { ...next, endedOn: null }];
}

export interface RegieParty {
  kind: RegieKind;
  professionalId: string | null;
  organisationId: string | null;
}

export interface RegieChange {
  decisionId: string;
  /** The day the new regie starts. */
  date: string;
  from: RegieParty | null;
  to: RegieParty;
}

/**
 * The "regiewissel" events of a family, oldest first: every recorded decision is a change from the
 * one before it (the first from nobody). The timeline derives its regiewissel events from this.
 */
export function regieChanges(history: readonly (RegieHistoryEntry & RegieParty)[]): RegieChange[] {
  const ordered = [...history].sort((a, b) => a.since.localeCompare(b.since) || a.recordedAt.localeCompare(b.recordedAt));
  return ordered.map((d, i) => {
    const previous = i === 0 ? null : ordered[i - 1]!;
    return {
      decisionId: d.id,
      date: d.since,
      from: previous === null ? null : { kind: previous.kind, professionalId: previous.professionalId, organisationId: previous.organisationId },
      to: { kind: d.kind, professionalId: d.professionalId, organisationId: d.organisationId },
    };
  });
}
