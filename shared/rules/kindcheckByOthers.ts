import type { HouseholdMember, Involvement, KindcheckByOthers } from '../domain/records';
import type { OrganisationType, TriState } from '../domain/vocabulary';
import { isCurrentInvolvement } from './involvementMatrix';

/**
 * Kindcheck by others: the inspection found that professionals who work with adults often do not
 * know there are children, and do not do a Kindcheck of their own. For every current involvement of
 * such a service with a parent, the dossier asks two questions — does the organisation know of the
 * children, and did it do its own Kindcheck — and keeps it a blind spot until both are "ja".
 */

/** Services whose client is an adult of the household, whatever else they do. */
export const ADULT_SERVICE_TYPES: readonly OrganisationType[] = ['ggz', 'verslavingszorg', 'schuldhulp', 'woningcorporatie', 'reclassering'];

/**
 * Of those, the ones that only ever serve the adults: a debt, a tenancy or a probation order is an
 * adult's. Involved with the family as a whole, they are still involved with a parent. GGZ and
 * verslavingszorg also treat youngsters, so they count only when a parent or other adult is named.
 */
export const ADULT_ONLY_TYPES: readonly OrganisationType[] = ['schuldhulp', 'woningcorporatie', 'reclassering'];

const CHILD_ROLES: ReadonlySet<HouseholdMember['role']> = new Set(['kind', 'verwacht_kind']);

export function isAdultMember(member: Pick<HouseholdMember, 'role'>): boolean {
  return !CHILD_ROLES.has(member.role);
}

/**
 * Whether this involvement needs the two questions: it is current on `today`, of an adult service,
 * with an adult member of the household (or the whole family, for an adult-only service), and the
 * household has a child or an expected child — a Kindcheck asks about both.
 */
export function needsKindcheckByOthers(
  involvement: Pick<Involvement, 'memberId' | 'endedAt'>,
  organisationType: OrganisationType | null | undefined,
  members: readonly Pick<HouseholdMember, 'id' | 'role'>[],
  today: string,
): boolean {
  if (!organisationType || !ADULT_SERVICE_TYPES.includes(organisationType)) return false;
  if (!isCurrentInvolvement(involvement, today)) return false;
  if (!members.some((m) => CHILD_ROLES.has(m.role))) return false;
  if (involvement.memberId === null) return ADULT_ONLY_TYPES.includes(organisationType);
  const member = members.find((m) => m.id === involvement.memberId);
  return member !== undefined && isAdultMember(member);
}

/**
 * - `blinde_vlek`: not answered, or an answer is "onbekend": nobody knows whether they know.
 * - `actie`: they do not know of the children, or did no Kindcheck: the chair informs them or asks.
 * - `rond`: both "ja".
 */
export type KindcheckByOthersState = 'blinde_vlek' | 'actie' | 'rond';

export function kindcheckByOthersState(answer: Pick<KindcheckByOthers, 'knowsChildren' | 'ownKindcheck'> | null): KindcheckByOthersState {
  if (answer === null) return 'blinde_vlek';
  const answers: TriState[] = [answer.knowsChildren, answer.ownKindcheck];
  if (answers.includes('nee')) return 'actie';
  if (answers.includes('onbekend')) return 'blinde_vlek';
  return 'rond';
}

/** What to do about a "nee": tell them there are children, or ask for their own Kindcheck. */
export type KindcheckByOthersAction = 'informeren' | 'kindcheck_vragen';

export interface OpenKindcheckByOthers {
  involvement: Involvement;
  organisationId: string;
  /** The parent or adult; null when an adult-only service is involved with the whole family. */
  member: HouseholdMember | null;
  answer: KindcheckByOthers | null;
  state: Exclude<KindcheckByOthersState, 'rond'>;
  action: KindcheckByOthersAction | null;
}

/** Every involvement of the family that needs the questions and is not yet "ja" twice, action points first. */
export function openKindchecksByOthers(
  members: readonly HouseholdMember[],
  involvements: readonly Involvement[],
  answers: readonly KindcheckByOthers[],
  organisationTypeOf: (organisationId: string) => OrganisationType | null | undefined,
  today: string,
): OpenKindcheckByOthers[] {
  const answerOf = new Map(answers.map((a) => [a.involvementId, a]));
  const open: OpenKindcheckByOthers[] = [];
  for (const involvement of involvements) {
    if (!needsKindcheckByOthers(involvement, organisationTypeOf(involvement.organisationId), members, today)) continue;
    const answer = answerOf.get(involvement.id) ?? null;
    const state = kindcheckByOthersState(answer);
    if (state === 'rond') continue;
    const action: KindcheckByOthersAction | null =
      state !== 'actie' ? null : answer?.knowsChildren === 'nee' ? 'informeren' : 'kindcheck_vragen';
    open.push({
      involvement,
      organisationId: involvement.organisationId,
      member: involvement.memberId === null ? null : (members.find((m) => m.id === involvement.memberId) ?? null),
      answer,
      state,
      action,
    });
  }
  return open.sort((a, b) => (a.state === b.state ? 0 : a.state === 'actie' ? -1 : 1));
}

/** Why an answer cannot be recorded as given. */
export type KindcheckAnswerProblem = 'datum_ontbreekt' | 'datum_in_toekomst' | 'wie_ontbreekt';

/**
 * An answer other than "onbekend" is a fact someone established: it needs the day and who. A day
 * after `today` has not happened yet.
 */
export function kindcheckAnswerProblems(
  answer: Pick<KindcheckByOthers, 'knowsChildren' | 'ownKindcheck' | 'establishedOn' | 'establishedBy'>,
  today: string,
): KindcheckAnswerProblem[] {
  const problems: KindcheckAnswerProblem[] = [];
  const known = answer.knowsChildren !== 'onbekend' || answer.ownKindcheck !== 'onbekend';
  if (answer.establishedOn === null) {
    if (known) problems.push('datum_ontbreekt');
  } else if (answer.establishedOn > today) {
    problems.push('datum_in_toekomst');
  }
  if (known && answer.establishedBy.trim() === '') problems.push('wie_ontbreekt');
  return problems;
}
