import { ageInYears, formatCalendarDay, parseCalendarDay, type CalendarDay } from '../domain/calendarDate';
import type { ConsentStatus } from '../domain/vocabulary';

/**
 * Who must consent to sharing a child's data (WGBO/Jeugdwet age brackets):
 * under 12 the parents with authority; 12–15 the child and the parents; 16+ the youngster alone.
 */
export type ConsentBracket = 'onder_12' | 'twaalf_tot_zestien' | 'zestien_plus' | 'geboortedatum_onbekend';

export function consentBracket(birthDate: string | null, on: CalendarDay): ConsentBracket {
  const birth = birthDate ? parseCalendarDay(birthDate) : null;
  if (!birth) return 'geboortedatum_onbekend';
  const age = ageInYears(birth, on);
  if (age < 12) return 'onder_12';
  if (age < 16) return 'twaalf_tot_zestien';
  return 'zestien_plus';
}

export interface ConsentPerson {
  id: string;
  name: string;
}

export interface ConsentRecordForRule {
  personId: string;
  status: ConsentStatus;
  date: string;
  /** Last valid day of a given consent (inclusive); null or absent: until withdrawn. */
  validUntil?: string | null;
}

/** A person's standing on a day: their latest word, where a given consent past its last day has lapsed. */
export type ConsentStanding = ConsentStatus | 'verlopen';

export interface ConsentRequirement {
  bracket: ConsentBracket;
  /** People whose consent is needed, in the order they are asked. */
  required: ConsentPerson[];
  /** Of those, who has no current "gegeven" (latest record per person wins). */
  missing: ConsentPerson[];
  /** Someone required refused or withdrew: the case may only be discussed anonymously unless safety requires it. */
  refused: ConsentPerson[];
  /** No parent with authority is registered while one is needed. */
  noParentWithAuthority: boolean;
}

/** The current status per person: the latest record by date, later entries winning ties. */
export function currentConsent(records: readonly ConsentRecordForRule[]): Map<string, ConsentStatus> {
  const latest = new Map<string, ConsentRecordForRule>();
  for (const r of records) {
    const prev = latest.get(r.personId);
    if (!prev || r.date >= prev.date) latest.set(r.personId, r);
  }
  return new Map([...latest].map(([id, r]) => [id, r.status]));
}

/**
 * The standing per person on `on`: the latest record (as currentConsent), except that a consent
 * given until a day no longer counts after that day. It lapses to "verlopen": consent is missing
 * again, which is not a refusal, so a new consent can simply be asked.
 */
export function consentStandingOn(records: readonly ConsentRecordForRule[], on: CalendarDay): Map<string, ConsentStanding> {
  const day = formatCalendarDay(on);
  const latest = new Map<string, ConsentRecordForRule>();
  for (const r of records) {
    const prev = latest.get(r.personId);
    if (!prev || r.date >= prev.date) latest.set(r.personId, r);
  }
  return new Map(
    [...latest].map(([id, r]): [string, ConsentStanding] => [id, r.status === 'gegeven' && r.validUntil != null && r.validUntil < day ? 'verlopen' : r.status]),
  );
}

export function consentRequirement(
  child: ConsentPerson & { birthDate: string | null },
  parentsWithAuthority: readonly ConsentPerson[],
  records: readonly ConsentRecordForRule[],
  on: CalendarDay,
): ConsentRequirement {
  const bracket = consentBracket(child.birthDate, on);
  const childOnly: ConsentPerson = { id: child.id, name: child.name };
  const required: ConsentPerson[] =
    bracket === 'zestien_plus'
      ? [childOnly]
      : bracket === 'twaalf_tot_zestien' || bracket === 'geboortedatum_onbekend'
        ? // Unknown age: ask everyone who could be required rather than guess.
          [childOnly, ...parentsWithAuthority]
        : [...parentsWithAuthority];
  const status = consentStandingOn(records, on);
  return {
    bracket,
    required,
    missing: required.filter((p) => status.get(p.id) !== 'gegeven'),
    refused: required.filter((p) => {
      const s = status.get(p.id);
      return s === 'geweigerd' || s === 'ingetrokken';
    }),
    noParentWithAuthority: bracket !== 'zestien_plus' && parentsWithAuthority.length === 0,
  };
}
