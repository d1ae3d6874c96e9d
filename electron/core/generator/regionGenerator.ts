import { medicalSecrecyOfType } from '../../../shared/exports/medicalSecrecy';
import type {
  AgendaItem,
  Consent,
  HouseholdMember,
  Involvement,
  Meeting,
  MeetingParticipant,
  Organisation,
  Professional,
} from '../../../shared/domain/records';
import type { MeetingType, OrganisationType, ReferralStatus, TimelineEventType } from '../../../shared/domain/vocabulary';
import { FAMILY_NAMES, GIVEN_NAMES_ADULT, GIVEN_NAMES_CHILD, PLACES, SCHOOL_NAMES } from './fictionalNames';
import { SeededRandom } from './seededRandom';
import { amsterdamDay, amsterdamInstant } from '../../../shared/domain/amsterdamTime';
import { parseCalendarDay, type CalendarDay } from '../../../shared/domain/calendarDate';
import { addWorkingDays, isWorkingDay } from '../../../shared/regie/workingDays';

/**
 * A synthetic region: a sociale kaart, families of varied composition, who is involved with them,
 * consent, meetings and timeline events. Seeded and reproducible; every name is fictional.
 */
export interface RegionSize {
  families: number;
  events: number;
  meetings: number;
}

export const REGION_SIZES = {
  demo: { families: 12, events: 120, meetings: 6 },
  bench: { families: 5000, events: 50_000, meetings: 1000 },
} as const satisfies Record<string, RegionSize>;

export interface GeneratedFamily {
  id: string;
  displayName: string;
  anonymous: boolean;
  note: string;
  members: HouseholdMember[];
}

export interface GeneratedEvent {
  id: string;
  familyId: string;
  memberIds: string[];
  type: TimelineEventType;
  /** Calendar day `YYYY-MM-DD`. */
  date: string;
  organisationId: string;
  toOrganisationId: string | null;
  referralStatus: ReferralStatus | null;
  text: string;
}

export interface Region {
  seed: number;
  organisations: Organisation[];
  professionals: Professional[];
  families: GeneratedFamily[];
  involvements: Involvement[];
  consents: Consent[];
  meetings: Meeting[];
  participants: MeetingParticipant[];
  agenda: AgendaItem[];
  events: GeneratedEvent[];
}

const REGIONAL_ORGANISATIONS: { name: string; type: OrganisationType; fn: Organisation['function'] }[] = [
  { name: 'JGZ Drenthe-Zuid', type: 'jgz', fn: 'duidend' },
  { name: 'Wijkteam Emmen-Oost', type: 'wijkteam', fn: 'duidend' },
  { name: 'Wijkteam Emmen-West', type: 'wijkteam', fn: 'duidend' },
  { name: 'CJG Assen', type: 'cjg', fn: 'duidend' },
  { name: 'Buurtteam Assen-Noord', type: 'buurtteam', fn: 'duidend' },
  { name: 'Veilig Thuis Drenthe', type: 'veilig_thuis', fn: 'duidend' },
  { name: 'Huisartsenpraktijk Het Hof', type: 'huisarts', fn: 'beide' },
  { name: 'Huisartsenpraktijk De Linde', type: 'huisarts', fn: 'beide' },
  { name: 'GGZ Noord-Drenthe (fictief)', type: 'ggz', fn: 'duidend' },
  { name: 'Politie basisteam Zuidoost-Drenthe', type: 'politie', fn: 'signalerend' },
  { name: 'Woonstichting Hunzewonen', type: 'woningcorporatie', fn: 'signalerend' },
  { name: 'Schuldhulp Gemeente Emmen', type: 'schuldhulp', fn: 'signalerend' },
  { name: 'Leerplicht Zuidoost-Drenthe', type: 'leerplicht', fn: 'signalerend' },
  { name: 'Kinderopvang De Speeldoos', type: 'kinderopvang', fn: 'signalerend' },
  { name: 'Jeugdhulp De Overstap', type: 'jeugdhulp', fn: 'duidend' },
  { name: 'Raad voor de Kinderbescherming, regio Noord', type: 'raad_kinderbescherming', fn: 'duidend' },
];

const ROLE_BY_TYPE: Partial<Record<OrganisationType, { role: string; meetings: MeetingType[] }>> = {
  school: { role: 'intern begeleider', meetings: ['een_twee_drie_tje', 'zat'] },
  jgz: { role: 'jeugdverpleegkundige', meetings: ['een_twee_drie_tje', 'zat', 'cjg_aanmeldoverleg'] },
  wijkteam: { role: 'wijkteammedewerker', meetings: ['wijkteam_casuistiek', 'zat'] },
  buurtteam: { role: 'buurtteammedewerker', meetings: ['cjg_aanmeldoverleg'] },
  cjg: { role: 'CJG-medewerker', meetings: ['cjg_aanmeldoverleg'] },
  veilig_thuis: { role: 'medewerker Veilig Thuis', meetings: ['cjg_aanmeldoverleg', 'wijkteam_casuistiek'] },
  maatschappelijk_werk: { role: 'schoolmaatschappelijk werker', meetings: ['een_twee_drie_tje'] },
};

const EVENT_TEXT: Record<TimelineEventType, string> = {
  signaal: 'Signaal over het welzijn van het kind doorgegeven.',
  advies_gevraagd: 'Advies gevraagd over de zorgen.',
  melding: 'Melding gedaan.',
  verwijzing: 'Verwijzing voor passende hulp.',
  hulp_gestart: 'Hulp is gestart.',
  hulp_beeindigd: 'Hulp is afgerond.',
  stagnatie: 'Hulp start niet: wachtlijst.',
  overleg: 'Besproken in het casusoverleg.',
  besluit: 'Besluit genomen over vervolg.',
  terugkoppeling: 'Signaalgever is geïnformeerd.',
  regiewissel: 'Regie overgedragen.',
  toestemming: 'Toestemming vastgelegd.',
  escalatie: 'Opgeschaald naar drang.',
  kind_gezien: 'Kind gezien en gesproken.',
  niet_verschenen: 'Gezin niet verschenen op de afspraak.',
  notitie: 'Notitie.',
};

/** Opening lines of a family's note, as a chair might write them; fictional, like everything here. */
const NOTES = [
  'Aangemeld via de intern begeleider na zorgen over schoolverzuim.',
  'Jeugdverpleegkundige signaleert vermoeidheid bij de jongste.',
  'Moeder vertelt over schulden en een dreigende huisuitzetting.',
  'Wijkteam is betrokken; regie nog niet belegd.',
  'Vader in behandeling bij de GGZ; kinderen lijken het goed te doen op school.',
  'Signaal van de kinderopvang over blauwe plekken; Veilig Thuis om advies gevraagd.',
] as const;

function isoDay(base: Date, offsetDays: number): string {
  return new Date(base.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

const STREETS = ['Schoolstraat', 'Kerkstraat', 'Molenweg', 'Stationsweg', 'Dorpsstraat', 'Parklaan', 'Vaartweg', 'Brinkstraat'];
const POSTCODE_LETTERS = ['AB', 'CK', 'EH', 'GT', 'LN', 'RS'];

export function generateRegion(size: RegionSize, seed = 20261128, today = new Date('2026-11-28T00:00:00Z')): Region {
  const r = new SeededRandom(seed);
  const organisations: Organisation[] = [];
  const professionals: Professional[] = [];

  const addOrg = (name: string, type: OrganisationType, fn: Organisation['function']) => {
    const org: Organisation = {
      id: r.uuid(),
      name,
      type,
      function: fn,
      // Fictional addresses without drawing from the seeded random, so every other value stays as it was.
      street: `${STREETS[organisations.length % STREETS.length]} ${(organisations.length % 97) + 1}`,
      postcode: `${9400 + (organisations.length % 500)} ${POSTCODE_LETTERS[organisations.length % POSTCODE_LETTERS.length]}`,
      place: r.pick(PLACES),
      phone: `0591-${r.int(100000, 999999)}`,
      email: `info@${name.toLowerCase().replace(/[^a-z]+/g, '')}.example`,
      medicalSecrecy: medicalSecrecyOfType(type),
    };
    organisations.push(org);
    const staff = type === 'school' ? 2 : 3;
    for (let i = 0; i < staff; i++) {
      const given = r.pick(GIVEN_NAMES_ADULT);
      const family = r.pick(FAMILY_NAMES);
      const role = ROLE_BY_TYPE[type] ?? { role: 'contactpersoon', meetings: [] };
      professionals.push({
        id: r.uuid(),
        organisationId: org.id,
        name: `${given} ${family.charAt(0).toUpperCase()}${family.slice(1)}`,
        role: type === 'jgz' && i === 1 ? 'jeugdarts' : role.role,
        phone: `06-${r.int(10000000, 99999999)}`,
        email: `${given.toLowerCase()}@${org.email.split('@')[1] ?? 'example.org'}`,
        meetingTypes: role.meetings,
        medicalProfession: type === 'jgz' && i === 1 ? 'jeugdarts' : null,
      });
    }
    return org;
  };

  const schoolCount = Math.max(4, Math.min(SCHOOL_NAMES.length * 8, Math.ceil(size.families / 60)));
  const schools: Organisation[] = [];
  for (let i = 0; i < schoolCount; i++) {
    const base = SCHOOL_NAMES[i % SCHOOL_NAMES.length]!;
    const place = PLACES[Math.floor(i / SCHOOL_NAMES.length) % PLACES.length]!;
    schools.push(addOrg(i < SCHOOL_NAMES.length ? base : `${base} ${place}`, 'school', 'signalerend'));
  }
  for (const o of REGIONAL_ORGANISATIONS) addOrg(o.name, o.type, o.fn);
  addOrg('Schoolmaatschappelijk werk Drenthe', 'maatschappelijk_werk', 'duidend');
  const nonSchools = organisations.filter((o) => o.type !== 'school');
  const staffOf = (orgId: string) => professionals.filter((p) => p.organisationId === orgId);
  const staffIndex = new Map(organisations.map((o) => [o.id, staffOf(o.id)]));

  const families: GeneratedFamily[] = [];
  const involvements: Involvement[] = [];
  const consents: Consent[] = [];

  for (let f = 0; f < size.families; f++) {
    const familyId = r.uuid();
    const surname = r.pick(FAMILY_NAMES);
    const capital = `${surname.charAt(0).toUpperCase()}${surname.slice(1)}`;
    const members: HouseholdMember[] = [];
    const adult = (role: HouseholdMember['role'], familyName: string, authority: boolean, age: number) =>
      members.push({
        id: r.uuid(),
        familyId,
        role,
        givenName: r.pick(GIVEN_NAMES_ADULT),
        familyName,
        birthDate: isoDay(today, -(age * 365 + r.int(0, 364))),
        parentalAuthority: authority,
        schoolId: null,
        schoolGroup: '',
      });
    const composition = r.next();
    adult('ouder', surname, true, r.int(24, 48));
    if (composition < 0.55) adult('ouder', r.chance(0.5) ? surname : r.pick(FAMILY_NAMES), true, r.int(24, 50));
    else if (composition < 0.7) adult('verzorger', r.pick(FAMILY_NAMES), false, r.int(25, 50));
    if (r.chance(0.08)) adult('huisgenoot', surname, false, r.int(60, 80));
    const childCount = r.int(1, 4);
    const school = r.pick(schools);
    for (let c = 0; c < childCount; c++) {
      const age = r.int(0, 17);
      members.push({
        id: r.uuid(),
        familyId,
        role: 'kind',
        givenName: r.pick(GIVEN_NAMES_CHILD),
        familyName: surname,
        birthDate: isoDay(today, -(age * 365 + r.int(0, 364))),
        parentalAuthority: false,
        schoolId: age >= 4 && age <= 12 ? school.id : null,
        schoolGroup: age >= 4 && age <= 12 ? `groep ${Math.min(8, age - 3)}` : '',
      });
    }
    if (r.chance(0.06)) {
      members.push({
        id: r.uuid(),
        familyId,
        role: 'verwacht_kind',
        givenName: 'Verwacht kind',
        familyName: surname,
        birthDate: isoDay(today, r.int(20, 200)),
        parentalAuthority: false,
        schoolId: null,
        schoolGroup: '',
      });
    }
    const anonymous = r.chance(0.1);
    families.push({
      id: familyId,
      displayName: `Gezin ${capital}`,
      anonymous,
      note: r.pick(NOTES),
      members,
    });

    const children = members.filter((m) => m.role === 'kind');
    const involvedOrgs = [school, ...Array.from({ length: r.int(1, 3) }, () => r.pick(nonSchools))];
    for (const org of new Set(involvedOrgs)) {
      const staff = staffIndex.get(org.id) ?? [];
      const since = r.int(30, 900);
      involvements.push({
        id: r.uuid(),
        familyId,
        memberId: org.type === 'school' ? (children[0]?.id ?? null) : r.chance(0.5) ? (r.pick(children.length ? children : members).id) : null,
        professionalId: staff.length ? r.pick(staff).id : null,
        organisationId: org.id,
        role: ROLE_BY_TYPE[org.type]?.role ?? 'betrokken professional',
        mandate: org.type === 'raad_kinderbescherming' ? 'dwang' : r.chance(0.12) ? 'drang' : 'vrijwillig',
        since: isoDay(today, -since),
        lastContact: isoDay(today, -r.int(0, Math.min(since, 120))),
        virRegistered: r.pick(['ja', 'nee', 'onbekend'] as const),
        virDate: null,
        virBy: '',
        legalBasis: r.pick(['toestemming', 'noodzakelijk_betrokkenen', 'toestemming', 'meldrecht'] as const),
        endedAt: null,
      });
    }
    for (const parent of members.filter((m) => m.parentalAuthority)) {
      if (r.chance(0.7)) {
        consents.push({
          id: r.uuid(),
          familyId,
          personId: parent.id,
          status: r.chance(0.85) ? 'gegeven' : 'geweigerd',
          organisationIds: involvedOrgs.map((o) => o.id),
          purpose: 'Bespreking in het casusoverleg en afstemming van hulp.',
          date: isoDay(today, -r.int(1, 300)),
          validUntil: null,
          recordedBy: 'Generator',
        });
      }
    }
  }

  const meetings: Meeting[] = [];
  const participants: MeetingParticipant[] = [];
  const agenda: AgendaItem[] = [];
  const meetingKinds: MeetingType[] = ['een_twee_drie_tje', 'een_twee_drie_tje', 'cjg_aanmeldoverleg', 'zat', 'wijkteam_casuistiek'];
  for (let m = 0; m < size.meetings; m++) {
    const type = r.pick(meetingKinds);
    const school = type === 'een_twee_drie_tje' || type === 'zat' ? r.pick(schools) : null;
    // Every tenth meeting (and at least the first) lies in the coming three weeks, so a fresh
    // demo vault always has something on the agenda.
    const dayOffset = m % 10 === 0 ? r.int(1, 21) : r.int(-700, 60);
    // In office hours (08:00–16:00 Dutch time) on a working day, as meetings about children are held.
    const startsAt = amsterdamInstant(workingDayFrom(today, dayOffset), 8 + r.int(0, 8));
    const pool = professionals.filter((p) => p.meetingTypes.includes(type) && (p.organisationId === school?.id || !schools.some((s) => s.id === p.organisationId)));
    const chosen = new Set<Professional>();
    if (school) for (const p of staffIndex.get(school.id) ?? []) if (chosen.size < 1) chosen.add(p);
    while (chosen.size < Math.min(3 + r.int(0, 2), pool.length)) chosen.add(r.pick(pool));
    const meeting: Meeting = {
      id: r.uuid(),
      type,
      title: '',
      startsAt,
      location: school ? school.name : r.pick(PLACES),
      schoolId: school?.id ?? null,
      chairId: [...chosen][0]?.id ?? null,
      confidentiality: 'Wat hier besproken wordt, blijft binnen dit overleg en wordt alleen gedeeld op een vastgelegde grondslag.',
    };
    meetings.push(meeting);
    for (const p of chosen) {
      participants.push({ meetingId: meeting.id, professionalId: p.id, attendance: dayOffset < 0 ? r.pick(['aanwezig', 'aanwezig', 'aanwezig', 'afgemeld'] as const) : 'uitgenodigd' });
    }
    const caseCount = r.int(2, 6);
    for (let a = 0; a < caseCount; a++) {
      const family = r.pick(families);
      const kids = family.members.filter((x) => x.role === 'kind');
      agenda.push({
        id: r.uuid(),
        meetingId: meeting.id,
        familyId: family.id,
        memberIds: kids.slice(0, r.int(1, Math.max(1, kids.length))).map((k) => k.id),
        anonymous: family.anonymous,
        position: a,
      });
    }
  }

  const events: GeneratedEvent[] = [];
  const eventTypes: TimelineEventType[] = ['signaal', 'signaal', 'verwijzing', 'verwijzing', 'hulp_gestart', 'overleg', 'besluit', 'terugkoppeling', 'stagnatie', 'advies_gevraagd', 'kind_gezien', 'notitie'];
  for (let e = 0; e < size.events; e++) {
    const family = families[e % families.length]!;
    const type = r.pick(eventTypes);
    const from = r.pick(organisations);
    // A referral goes to another organisation than the one it comes from (the app refuses A → A).
    const to = type === 'verwijzing' ? r.pick(nonSchools.filter((o) => o.id !== from.id)) : null;
    const kids = family.members.filter((x) => x.role === 'kind');
    events.push({
      id: r.uuid(),
      familyId: family.id,
      memberIds: kids.length ? [r.pick(kids).id] : [],
      type,
      date: isoDay(today, -r.int(0, 1100)),
      organisationId: from.id,
      toOrganisationId: to?.id ?? null,
      referralStatus: to ? r.pick(['verstuurd', 'geaccepteerd', 'teruggelegd', 'afgewezen'] as const) : null,
      text: EVENT_TEXT[type],
    });
  }

  return { seed, organisations, professionals, families, involvements, consents, meetings, participants, agenda, events };
}

/** The Dutch calendar day `offset` days from `today`, moved on to the next working day when it is none. */
function workingDayFrom(today: Date, offset: number): CalendarDay {
  const base = parseCalendarDay(amsterdamDay(today))!;
  const shifted = new Date(Date.UTC(base.year, base.month - 1, base.day + offset));
  const day = { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
  return isWorkingDay(day) ? day : addWorkingDays(day, 1);
}
