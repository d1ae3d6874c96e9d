import type { NewMember } from '../families/familyRepository';
import { SeededRandom } from '../generator/seededRandom';

/** Fictional families only: common Dutch surnames and first names, combined at random. */
const SURNAMES = [
  'De Vries', 'Bakker', 'Jansen', 'Visser', 'Smit', 'Meijer', 'De Boer', 'Mulder', 'De Groot', 'Bos',
  'Vos', 'Peters', 'Hendriks', 'Van Dijk', 'Dekker', 'Brouwer', 'Van Leeuwen', 'Kok', 'Willems', 'Postma',
] as const;
const ADULT_NAMES = [
  'Anouk', 'Sanne', 'Femke', 'Marloes', 'Ilse', 'Nadia', 'Esra', 'Mirjam', 'Joyce', 'Linda',
  'Mark', 'Dennis', 'Sander', 'Bas', 'Youssef', 'Ruud', 'Jeroen', 'Erik', 'Kevin', 'Tim',
] as const;
const CHILD_NAMES = [
  'Emma', 'Julia', 'Tess', 'Saar', 'Noor', 'Yara', 'Lotte', 'Fenna', 'Mila', 'Sara',
  'Daan', 'Sem', 'Lucas', 'Finn', 'Levi', 'Milan', 'Bram', 'Adam', 'Thijs', 'Mees',
] as const;
const NOTES = [
  'Aangemeld via de intern begeleider na zorgen over schoolverzuim.',
  'Jeugdverpleegkundige signaleert vermoeidheid bij de jongste.',
  'Moeder vertelt over schulden en een dreigende huisuitzetting.',
  'Wijkteam is betrokken; regie nog niet belegd.',
  'Vader in behandeling bij de GGZ; kinderen lijken het goed te doen op school.',
  'Signaal van de kinderopvang over blauwe plekken; Veilig Thuis om advies gevraagd.',
] as const;

export interface DemoFamily {
  displayName: string;
  anonymous: boolean;
  note: string;
  members: NewMember[];
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * About a dozen households with parents and children whose ages fit the meetings the app serves
 * (mostly primary-school age). Birth years count back from `referenceYear`, so the data does not
 * depend on the day it is generated.
 */
export function generateDemoFamilies(seed = 2026, count = 12, referenceYear = 2026): DemoFamily[] {
  const r = new SeededRandom(seed);
  const families: DemoFamily[] = [];
  const usedNames = new Set<string>();
  for (let i = 0; i < count; i += 1) {
    const first = r.pick(SURNAMES);
    let second = r.pick(SURNAMES);
    if (second === first) second = r.pick(SURNAMES);
    const doubleName = r.next() < 0.5 && second !== first;
    let displayName = `Familie ${doubleName ? `${first}-${second}` : first}`;
    for (let n = 2; usedNames.has(displayName); n += 1) displayName = `Familie ${first} (${n})`;
    usedNames.add(displayName);
    const anonymous = i === count - 1;
    const members: NewMember[] = [];
    members.push({
      role: 'ouder',
      givenName: r.pick(ADULT_NAMES),
      familyName: first,
      birthDate: isoDate(referenceYear - r.int(26, 48), r.int(1, 12), r.int(1, 28)),
    });
    if (r.next() < 0.75) {
      members.push({
        role: r.next() < 0.85 ? 'ouder' : 'verzorger',
        givenName: r.pick(ADULT_NAMES),
        familyName: doubleName ? second : first,
        birthDate: isoDate(referenceYear - r.int(26, 50), r.int(1, 12), r.int(1, 28)),
      });
    }
    const children = r.int(1, 4);
    for (let c = 0; c < children; c += 1) {
      members.push({
        role: 'kind',
        givenName: r.pick(CHILD_NAMES),
        familyName: first,
        birthDate: isoDate(referenceYear - r.int(1, 16), r.int(1, 12), r.int(1, 28)),
      });
    }
    if (r.next() < 0.15) {
      members.push({ role: 'verwacht_kind', givenName: 'ongeboren', familyName: first, birthDate: null });
    }
    if (r.next() < 0.2) {
      members.push({ role: 'huisgenoot', givenName: r.pick(ADULT_NAMES), familyName: r.pick(SURNAMES), birthDate: null });
    }
    families.push({
      displayName: anonymous ? 'Anoniem besproken gezin' : displayName,
      anonymous,
      note: r.pick(NOTES),
      members,
    });
  }
  return families;
}
