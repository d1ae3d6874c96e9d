/**
 * The domain's own words, as stored values. Labels live in the renderer's translations
 * (`vocab.<list>.<value>`), so a stored value never changes when wording does.
 */
export const MEMBER_ROLES = ['kind', 'ouder', 'verzorger', 'huisgenoot', 'verwacht_kind'] as const;
export type MemberRoleValue = (typeof MEMBER_ROLES)[number];

export const ORGANISATION_TYPES = [
  'school',
  'kinderopvang',
  'jgz',
  'wijkteam',
  'buurtteam',
  'cjg',
  'veilig_thuis',
  'huisarts',
  'ggz',
  'politie',
  'woningcorporatie',
  'schuldhulp',
  'leerplicht',
  'maatschappelijk_werk',
  'jeugdhulp',
  'gecertificeerde_instelling',
  'raad_kinderbescherming',
  'verslavingszorg',
  /** A hospital (its paediatrics, emergency department, psychiatry): medical care. */
  'ziekenhuis',
  'verloskundige',
  /** Adult probation; jeugdreclassering is a task of the gecertificeerde instelling. */
  'reclassering',
  'overig',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Signalerende partijen notice; duidende partijen interpret and may open specialised help. */
export const ORGANISATION_FUNCTIONS = ['signalerend', 'duidend', 'beide'] as const;
export type OrganisationFunction = (typeof ORGANISATION_FUNCTIONS)[number];

export const MANDATES = ['vrijwillig', 'drang', 'dwang'] as const;
export type Mandate = (typeof MANDATES)[number];

export const TRI_STATE = ['ja', 'nee', 'onbekend'] as const;
export type TriState = (typeof TRI_STATE)[number];

/**
 * Professions under medical professional secrecy (WGBO, BIG-registered or the GGZ's own), wherever
 * the professional works: a jeugdarts at a school, a psycholoog in a wijkteam.
 */
export const MEDICAL_PROFESSIONS = ['jeugdarts', 'huisarts', 'ggz_behandelaar', 'psycholoog', 'verpleegkundige', 'verloskundige', 'medisch_specialist'] as const;
export type MedicalProfession = (typeof MEDICAL_PROFESSIONS)[number];

/** AVG art. 9: on what basis the meeting may know or share an item. */
export const LEGAL_BASES = ['toestemming', 'meldrecht', 'noodzakelijk_betrokkenen', 'wettelijke_plicht'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/**
 * The grounds on which something may leave the vault: a recorded legal basis, or a recorded
 * decision to share without consent because the child's safety requires it (conflict van plichten,
 * its own record with who decided and why — never an involvement's or event's basis).
 */
export const SHARING_BASES = [...LEGAL_BASES, 'conflict_van_plichten'] as const;
export type SharingBasis = (typeof SHARING_BASES)[number];

export const CONSENT_STATUSES = ['gegeven', 'geweigerd', 'ingetrokken'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

export const MEETING_TYPES = ['een_twee_drie_tje', 'cjg_aanmeldoverleg', 'zat', 'wijkteam_casuistiek', 'overig'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

export const ATTENDANCE = ['uitgenodigd', 'aanwezig', 'afwezig', 'afgemeld'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

/** Timeline event kinds; the generator already produces them for the bench region. */
export const TIMELINE_EVENT_TYPES = [
  'signaal',
  'advies_gevraagd',
  'melding',
  'verwijzing',
  'hulp_gestart',
  'hulp_beeindigd',
  'stagnatie',
  'overleg',
  'besluit',
  'terugkoppeling',
  'regiewissel',
  'toestemming',
  'escalatie',
  'kind_gezien',
  /** A family did not turn up for an appointment: counted toward care avoidance (zorgmijden). */
  'niet_verschenen',
  'notitie',
] as const;
export type TimelineEventType = (typeof TIMELINE_EVENT_TYPES)[number];

export const REFERRAL_STATUSES = ['verstuurd', 'geaccepteerd', 'teruggelegd', 'afgewezen'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/**
 * A request for help by the youngster or the family itself (hulpvraag van de jongere / van het
 * gezin): a signal that comes from no organisation.
 */
export const HELP_REQUESTERS = ['jongere', 'gezin'] as const;
export type HelpRequester = (typeof HELP_REQUESTERS)[number];

/** Why help does not start (stagnatie). */
export const STAGNATION_REASONS = ['wachtlijst', 'gezin_weigert', 'geen_passend_aanbod'] as const;
export type StagnationReason = (typeof STAGNATION_REASONS)[number];
