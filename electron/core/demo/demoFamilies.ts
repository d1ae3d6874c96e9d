import type { NewMember } from '../families/familyRepository';
import { intBetween, pick, seededRandom } from './seededRandom';

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
  const random = seededRandom(seed);
  const families: DemoFamily[] = [];
  const usedNames = new Set<string>();
  for (let i = 0; i < count; i += 1) {
    const first = pick(random, SURNAMES);
    let second = pick(random, SURNAMES);
    if (second === first) second = pick(random, SURNAMES);
    const doubleName = random() < 0.5 && second !== first;
    let displayName = `Familie ${doubleName ? `${first}-${second}` : first}`;
    for (let n = 2; usedNames.has(displayName); n += 1) displayName = `Familie ${first} (${n})`;
    usedNames.add(displayName);
    const anonymous = i === count - 1;
    const members: NewMember[] = [];
    members.push({
      role: 'ouder',
      givenName: pick(random, ADULT_NAMES),
      familyName: first,
      birthDate: isoDate(referenceYear - intBetween(random, 26, 48), intBetween(random, 1, 12), intBetween(random, 1, 28)),
    });
    if (random() < 0.75) {
      members.push({
        role: random() < 0.85 ? 'ouder' : 'verzorger',
        givenName: pick(random, ADULT_NAMES),
        familyName: doubleName ? second : first,
        birthDate: isoDate(referenceYear - intBetween(random, 26, 50), intBetween(random, 1, 12), intBetween(random, 1, 28)),
      });
    }
    const children = intBetween(random, 1, 4);
    for (let c = 0; c < children; c += 1) {
      members.push({
        role: 'kind',
        givenName: pick(random, CHILD_NAMES),
        familyName: first,
        birthDate: isoDate(referenceYear - intBetween(random, 1, 16), intBetween(random, 1, 12), intBetween(random, 1, 28)),
      });
    }
    if (random() < 0.15) {
      members.push({ role: 'verwacht_kind', givenName: 'ongeboren', familyName: first, birthDate: null });
    }
    if (random() < 0.2) {
      members.push({ role: 'huisgenoot', givenName: pick(random, ADULT_NAMES), familyName: pick(random, SURNAMES), birthDate: null });
    }
    families.push({
      displayName: anonymous ? 'Anoniem besproken gezin' : displayName,
      anonymous,
      note: pick(random, NOTES),
      members,
    });
  }
  return families;
}
