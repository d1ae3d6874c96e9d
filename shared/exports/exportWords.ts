import type { ExportKind } from '../contract/exportLogChannels';
import type { MeetingType, OrganisationType, SharingBasis, TimelineEventType, Attendance } from '../domain/vocabulary';
import type { FlagCode } from '../instrument/evaluateAssessment';
import type { ActionStatus, EscalationStep } from '../regie/regieRecords';

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

export const LEGAL_BASIS_WORDS: Record<SharingBasis, string> = {
  toestemming: 'toestemming',
  meldrecht: 'meldrecht (Veilig Thuis)',
  noodzakelijk_betrokkenen: 'noodzakelijk voor de direct betrokkenen',
  wettelijke_plicht: 'wettelijke plicht',
  conflict_van_plichten: 'conflict van plichten (de veiligheid van het kind gaat voor)',
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

/** A regie action's status in the summary's actions table. */
export const ACTION_STATUS_WORDS: Record<ActionStatus, string> = { open: 'open', gedaan: 'gedaan', vervallen: 'vervallen' };

/** An escalation step as a decision of the meeting ("In dit overleg besloten: …"). */
export const ESCALATION_DECISION_WORDS: Record<EscalationStep['step'], string> = {
  vrijwillig: 'terug naar het vrijwillig kader',
  drang: 'opschalen naar drang',
  dwang: 'opschalen naar dwang (verzoek tot onderzoek door de Raad voor de Kinderbescherming)',
  veilig_thuis_advies: 'advies vragen bij Veilig Thuis',
  veilig_thuis_melding: 'een melding doen bij Veilig Thuis',
};

/** Kinds of organisation as a Dutch reader outside the app says them (the UI's Dutch texts use these too). */
export const ORGANISATION_TYPE_WORDS: Record<OrganisationType, string> = {
  school: 'school',
  kinderopvang: 'kinderopvang',
  jgz: 'jeugdgezondheidszorg (JGZ)',
  wijkteam: 'wijkteam',
  buurtteam: 'buurtteam',
  cjg: 'Centrum voor Jeugd en Gezin (CJG)',
  veilig_thuis: 'Veilig Thuis',
  huisarts: 'huisarts',
  ggz: 'GGZ',
  politie: 'politie',
  woningcorporatie: 'woningcorporatie',
  schuldhulp: 'schuldhulpverlening',
  leerplicht: 'leerplicht',
  maatschappelijk_werk: 'maatschappelijk werk',
  jeugdhulp: 'jeugdhulp',
  gecertificeerde_instelling: 'gecertificeerde instelling',
  raad_kinderbescherming: 'Raad voor de Kinderbescherming',
  verslavingszorg: 'verslavingszorg',
  ziekenhuis: 'ziekenhuis',
  verloskundige: 'verloskundige',
  reclassering: 'reclassering',
  overig: 'overig',
};

/** What kind of file left the vault, as the audit trail says it. */
export const EXPORT_KIND_WORDS: Record<ExportKind, string> = {
  samenvatting: 'Samenvatting',
  terugkoppelingsbrief: 'Terugkoppelingsbrief',
  agenda_ics: 'Agenda-bestand',
  tijdlijn: 'Tijdlijn',
  inzage_pdf: 'Inzage (PDF)',
  inzage_json: 'Inzage (JSON)',
  verwerkingsoverzicht: 'Verwerkingsoverzicht',
  gezinsplanbrief: 'Gezinsplan (brief aan het gezin)',
  actie_ics: 'Agenda-bestand van een actie',
  overdracht: 'Overdracht',
  overdracht_ontvangen: 'Overdracht',
  ontvangstbevestiging: 'Ontvangstbevestiging',
  rapportage: 'Rapportage (zonder namen)',
};

/** How the audit trail says what happened to the file: a received package came in, it did not leave. */
export const EXPORT_KIND_VERBS: Partial<Record<ExportKind, { verb: string; preposition: string }>> = {
  overdracht_ontvangen: { verb: 'ontvangen', preposition: 'van' },
};

/** Flags of the risk evaluation, as a reader outside the app understands them. */
export const RISK_FLAG_WORDS: Record<string, string> = {
  spoedzorg_kind: 'spoedzorg vandaag: het kind uit zelf suïcidale gedachten of dreigt met zelfdoding (huisarts of GGZ-crisisdienst)',
  meldnorm: 'acute of structurele onveiligheid: melden is de professionele norm',
  kindcheck: 'Kindcheck positief (zorgen bij ouders, kinderen in huis)',
  kindcheck_kinderen_onbekend: 'Kindcheck: onbekend of er kinderen zijn',
  stapeling: 'stapeling van risicofactoren',
  blinde_vlekken: 'blinde vlekken (onbekende antwoorden)',
  afweging_melden: 'afwegingskader: melden',
  afweging_strijdig: 'afwegingskader: een antwoord spreekt onderdeel A (zorg om de veiligheid nu) tegen',
  afweging_monitoring_ontbreekt: 'afwegingskader: afspraken over monitoring ontbreken',
  oordeel_verlaagd_zonder_reden: 'oordeel verlaagd zonder reden',
  oordeel_achterhaald: 'oordeel achterhaald door nieuwe antwoorden',
  oordeel_verlaagd: 'oordeel lager dan berekend (met reden)',
  schalen_uiteen: 'schaalscores van deelnemers lopen uiteen',
} satisfies Record<FlagCode, string>;

export function riskFlagWord(code: string): string {
  return RISK_FLAG_WORDS[code] ?? code.replace(/_/g, ' ');
}
