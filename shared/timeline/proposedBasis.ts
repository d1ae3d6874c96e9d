import type { LegalBasis, OrganisationType, TimelineEventType } from '../domain/vocabulary';
import { NOT_CARRYING_OUT_HELP } from '../exports/recipientScope';

/**
 * The basis an event proposes follows where it comes from. Need-to-know (noodzakelijk voor de
 * direct betrokkenen, Jeugdwet art. 7.3.11) belongs to those who carry out help; a school's, the
 * police's or a woningcorporatie's observation is not part of the help, so it is shared on the
 * family's consent — or, for a report to Veilig Thuis, on the meldrecht. A family's or youngster's
 * own request for help (no organisation) is theirs to share: consent too.
 */
export function carriesOutHelp(sourceType: OrganisationType | null): boolean {
  return sourceType !== null && !NOT_CARRYING_OUT_HELP.includes(sourceType);
}

export function proposedBasis(sourceType: OrganisationType | null, eventType: TimelineEventType): LegalBasis {
  if (eventType === 'melding') return 'meldrecht';
  return carriesOutHelp(sourceType) ? 'noodzakelijk_betrokkenen' : 'toestemming';
}

/**
 * The bases a new event from this organisation may be given: every one, except need-to-know from
 * an organisation that does not carry out help. A family's own request (no organisation) is only
 * proposed consent, not held to it: who records it decides.
 */
export function mayHaveBasis(sourceType: OrganisationType | null, basis: LegalBasis): boolean {
  return basis !== 'noodzakelijk_betrokkenen' || sourceType === null || carriesOutHelp(sourceType);
}

export function needToKnowRefusal(organisationName: string): string {
  return `${organisationName} voert geen hulp uit voor het gezin: wat zij inbrengt is niet "noodzakelijk voor de direct betrokkenen". Kies toestemming (of meldrecht voor een melding bij Veilig Thuis).`;
}
