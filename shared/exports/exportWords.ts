import type { LegalBasis, MeetingType, TimelineEventType, Attendance } from '../domain/vocabulary';

/**
 * Dutch words for stored values in documents that leave the app (PDF, letter, calendar file).
 * Exported files are always Dutch, whatever the UI language, so these live beside the rules
 * rather than in the renderer's translations. Same wording as the Dutch UI.
 */
export const MEETING_TYPE_WORDS: Record<MeetingType, string> = {
  een_twee_drie_tje: '1-2-3-tje',
  cjg_aanmeldoverleg: 'CJG-aanmeldoverleg',
  zat: 'zorgadviesteam (ZAT)',
  wijkteam_casuistiek: 'wijkteam-casuïstiekoverleg',
  overig: 'ander overleg',
};

export const ATTENDANCE_WORDS: Record<Attendance, string> = {
  uitgenodigd: 'uitgenodigd',
  aanwezig: 'aanwezig',
  afwezig: 'afwezig',
  afgemeld: 'afgemeld',
};

export const LEGAL_BASIS_WORDS: Record<LegalBasis, string> = {
  toestemming: 'toestemming',
  meldrecht: 'meldrecht (Veilig Thuis)',
  noodzakelijk_betrokkenen: 'noodzakelijk voor de direct betrokkenen',
  wettelijke_plicht: 'wettelijke plicht',
};

export const EVENT_TYPE_WORDS: Record<TimelineEventType, string> = {
  signaal: 'signaal',
  advies_gevraagd: 'advies gevraagd',
  melding: 'melding',
  verwijzing: 'verwijzing',
  hulp_gestart: 'hulp gestart',
  hulp_beeindigd: 'hulp beëindigd',
  stagnatie: 'stagnatie',
  overleg: 'overleg',
  besluit: 'besluit',
  terugkoppeling: 'terugkoppeling',
  regiewissel: 'regiewissel',
  toestemming: 'toestemming',
  escalatie: 'escalatie',
  kind_gezien: 'kind gezien en gesproken',
  niet_verschenen: 'niet verschenen',
  notitie: 'notitie',
};

/** Flags of the risk evaluation, as a reader outside the app understands them. */
export const RISK_FLAG_WORDS: Record<string, string> = {
  meldnorm: 'acute of structurele onveiligheid: melden is de professionele norm',
  kindcheck: 'Kindcheck positief (zorgen bij ouders, kinderen in huis)',
  kindcheck_kinderen_onbekend: 'Kindcheck: onbekend of er kinderen zijn',
  stapeling: 'stapeling van risicofactoren',
  blinde_vlekken: 'blinde vlekken (onbekende antwoorden)',
  afweging_melden: 'afwegingskader: melden',
  afweging_strijdig: 'afwegingskader: professionals komen tot verschillende uitkomsten',
  afweging_monitoring_ontbreekt: 'afwegingskader: afspraken over monitoring ontbreken',
  oordeel_verlaagd_zonder_reden: 'oordeel verlaagd zonder reden',
  oordeel_achterhaald: 'oordeel achterhaald door nieuwe antwoorden',
  oordeel_verlaagd: 'oordeel lager dan berekend (met reden)',
  schalen_uiteen: 'schaalscores van deelnemers lopen uiteen',
};

export function riskFlagWord(code: string): string {
  return RISK_FLAG_WORDS[code] ?? code.replace(/_/g, ' ');
}
