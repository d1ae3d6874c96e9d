import { parseCalendarDay, type CalendarDay } from '../domain/calendarDate';
import { consentBracket } from '../rules/consentByAge';

/**
 * Who may ask for early destruction of a family's record (AVG art. 17): a parent or carer with
 * parental authority, or the youngster from 12 (the same age line as consent, so a youngster who
 * must be asked for consent may also ask for erasure). A child under 12, a child whose age is not
 * known, or an adult without authority cannot; the reason is said in Dutch.
 */
export type RequesterRole = 'ouder_met_gezag' | 'jongere';

export interface RequesterFacts {
  role: 'kind' | 'ouder' | 'verzorger' | 'huisgenoot' | 'verwacht_kind';
  parentalAuthority: boolean;
  birthDate: string | null;
}

export type ErasureEligibility = { allowed: true; as: RequesterRole } | { allowed: false; reason: string };

export function erasureEligibility(person: RequesterFacts, on: CalendarDay): ErasureEligibility {
  if (person.role === 'ouder' || person.role === 'verzorger') {
    return person.parentalAuthority
      ? { allowed: true, as: 'ouder_met_gezag' }
      : { allowed: false, reason: 'Alleen een ouder of verzorger met gezag kan om vernietiging vragen.' };
  }
  if (person.role === 'kind') {
    const bracket = consentBracket(person.birthDate !== null && parseCalendarDay(person.birthDate) ? person.birthDate : null, on);
    if (bracket === 'geboortedatum_onbekend') {
      return { allowed: false, reason: 'De geboortedatum van de jongere is onbekend: vul die eerst in (een jongere kan het vanaf 12 jaar zelf vragen).' };
    }
    if (bracket === 'onder_12') return { allowed: false, reason: 'Een kind onder de 12 kan dit niet zelf vragen; dat doen de ouders met gezag.' };
    return { allowed: true, as: 'jongere' };
  }
  return { allowed: false, reason: 'Alleen een ouder met gezag of de jongere (vanaf 12 jaar) kan om vernietiging vragen.' };
}
