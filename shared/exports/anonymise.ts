import { foldName, isNameForm, namePartsOf, wordsOf, withinOneEdit, type NameParts } from './nameForms';

/**
 * A safety net for anonymous cases: the chair writes minutes and actions knowing the case is
 * discussed without names, but a name typed out of habit must still not leave the vault.
 *
 * Replaced, in this order:
 * - every registered name of the household and its network as a whole (Anne-Marie de Vries) and
 *   every part of it in every Dutch form: possessive (Jansens, Saar's), plural (de Bakkers),
 *   diminutive (Saartje, Timmetje, Annetje), any case, with or without diacritics → "[naam]";
 * - initials of those names (S.J., "S. [naam]") → "[naam]";
 * - the name of the children's school or childcare, whole or by its own word (De Wegwijzer) → "[school]";
 * - an address (a street with a house number), a postcode, a phone number, an e-mail address and a
 *   nine-digit number (a BSN) → "[adres]", "[postcode]", "[telefoonnummer]", "[e-mailadres]", "[nummer]".
 * What cannot be made safe is reported, not guessed at: a capitalised word one typo away from a
 * registered name ("Jansne") may be that name, so the text is withheld from the anonymised case
 * with that reason (see recipientScope). The preview lists what was replaced.
 */
export const REDACTED = '[naam]';
/** What the preview says was replaced, without the replaced words (it may be on a shared screen). */
export const REPLACEMENT_KINDS = ['naam', 'naamsvorm', 'initialen', 'school', 'adres', 'postcode', 'telefoonnummer', 'e-mailadres', 'nummer', 'ander_gezin'] as const;
export type ReplacementKind = (typeof REPLACEMENT_KINDS)[number];
export const REDACTED_SCHOOL = '[school]';

export interface AnonymisationSubject {
  /** Registered names: the family's display name, household and network members. */
  names: readonly string[];
  /** Names of the children's schools and childcare. */
  schools: readonly string[];
  /**
   * Words of the register that are not a household's (organisation and professional names): never
   * taken for a misspelt family name ("Drenthe" in "Veilig Thuis Drenthe" is not the surname Drenth).
   */
  registerWords?: readonly string[];
}

export interface Anonymised {
  text: string;
  /** What kind of thing was replaced, once per distinct word: for the preview, which never shows the word itself. */
  replaced: ReplacementKind[];
  /** Why the text cannot be made safe; null when it can. */
  unsafe: string | null;
}

/** Words in a school's name that say what it is, not which one. */
const GENERIC_SCHOOL_WORDS = new Set([
  'school',
  'basisschool',
  'school',
  'cbs',
  'obs',
  'pcbs',
  'rkbs',
  'ikc',
  'kc',
  'sbo',
  'so',
  'kindcentrum',
  'kindcentra',
  'kinderopvang',
  'kinderdagverblijf',
  'peuterspeelzaal',
  'bso',
  'kdv',
  'christelijke',
  'openbare',
  'katholieke',
  'montessorischool',
  'daltonschool',
  'jenaplanschool',
  'montessori',
  'dalton',
  'jenaplan',
  'de',
  'het',
  'een',
  'van',
  'voor',
  'en',
  'in',
  'op',
  'aan',
]);

/** Abbreviations of the field that look like initials but name no one. */
const NOT_INITIALS = new Set(['IB', 'VT', 'JGZ', 'GGZ', 'CJG', 'ZAT', 'SMW', 'BSO', 'KDV', 'GI', 'OT', 'RvdK', 'AMK', 'BSN', 'HG', 'KM']);

const STREET_WORDS =
  'straat|laan|weg|plein|gracht|kade|singel|dreef|hof|pad|steeg|dijk|park|erf|veld|baan|ring|akker|wal|markt|plantsoen|boulevard|allee|hage|zoom|burg|horst|donk|hoek|straatweg|dwarsstraat|hoven|tuin|werf|wei|weide|oord|rade|haven|vliet|gaarde|brink';

interface Pattern {
  regex: RegExp;
  to: string;
  kind: ReplacementKind;
}

/** Distinct replaced words by kind; the words stay inside this module. */
type Replacements = Map<string, ReplacementKind>;

const CONTACT_PATTERNS: readonly Pattern[] = [
  { regex: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu, to: '[e-mailadres]', kind: 'e-mailadres' },
  // A street is written capitalised ("Kerkstraat 12", "Dorpsweg 3a"); "weg" in a sentence is not one.
  { regex: new RegExp(`(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}'’.-]*(?:${STREET_WORDS})\\s+\\d{1,5}(?:\\s?[-/]?\\s?[a-zA-Z](?!\\p{L}))?(?:\\s?-\\s?\\d{1,4}(?!\\p{N}))?(?![\\p{L}\\p{N}])`, 'gu'), to: '[adres]', kind: 'adres' },
  { regex: /(?<![\p{L}\p{N}])\d{4}\s?[A-Z]{2}(?![\p{L}\p{N}])/gu, to: '[postcode]', kind: 'postcode' },
  { regex: /(?<![\p{L}\p{N}+])(?:\+31|0031|0)(?:[\s-]?\(?\d\)?){9}(?![\p{N}])/gu, to: '[telefoonnummer]', kind: 'telefoonnummer' },
  { regex: /(?<![\p{L}\p{N}])\d{9}(?![\p{N}])/gu, to: '[nummer]', kind: 'nummer' },
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A whole multi-word or hyphenated name as written ("Anne-Marie", "de Vries"), with a possessive. */
function phrasePattern(phrases: readonly string[]): RegExp | null {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter((p) => p.length >= 2 && /[\s'’-]/.test(p)))].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return null;
  const alternatives = unique.map((p) => escape(p).replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?:['’]?s)?(?![\\p{L}\\p{N}])`, 'giu');
}

function replacePattern(text: string, regex: RegExp, to: string, kind: ReplacementKind, replaced: Replacements): string {
  return text.replace(regex, (match: string) => {
    replaced.set(match.trim(), kind);
    return to;
  });
}

function replaceWords(text: string, kindOf: (word: string) => ReplacementKind | null, to: string, replaced: Replacements): string {
  let out = '';
  let at = 0;
  for (const w of wordsOf(text)) {
    const kind = kindOf(w.word);
    if (kind === null) continue;
    out += text.slice(at, w.start) + to;
    at = w.end;
    replaced.set(w.word, kind);
  }
  return out + text.slice(at);
}

function initialsOf(names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    for (const word of name.split(/[^\p{L}]+/u)) {
      const folded = foldName(word);
      if (folded.length >= 2 && !['van', 'den', 'der', 'de', 'het', 'ten', 'ter', 'gezin', 'familie'].includes(folded)) out.add(word[0]!.toLocaleUpperCase('nl-NL'));
    }
  }
  return out;
}

/**
 * Initials: a run of two or more ("S.J.", "S. J.", "SJ" when those are the household's initials)
 * made of the household's initial letters, or a single one right before a replaced name ("S. [naam]").
 */
function replaceInitials(text: string, initials: Set<string>, replaced: Replacements): string {
  if (initials.size === 0) return text;
  const dotted = text.replace(/(?<![\p{L}\p{N}])(\p{Lu})\.(?:\s?(\p{Lu})\.){0,3}(?=\s*\[naam\]|[\s,;:)]|$)/gu, (...args: unknown[]) => {
    const match = String(args[0]);
    const offset = Number(args[args.length - 2]);
    const whole = String(args[args.length - 1]);
    const letters = match.replace(/[^\p{Lu}]/gu, '');
    const beforeName = /^\s*\[naam\]/.test(whole.slice(offset + match.length));
    const allInitials = [...letters].every((l) => initials.has(l));
    if (!allInitials || (letters.length < 2 && !beforeName)) return match;
    replaced.set(match, 'initialen');
    return REDACTED;
  });
  return dotted.replace(/(?<![\p{L}\p{N}])\p{Lu}{2,3}(?![\p{L}\p{N}])/gu, (match: string) => {
    if (NOT_INITIALS.has(match) || ![...match].every((l) => initials.has(l))) return match;
    replaced.set(match, 'initialen');
    return REDACTED;
  });
}

function schoolWords(schools: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const school of schools) {
    for (const word of school.split(/[^\p{L}\p{M}]+/u)) {
      const folded = foldName(word);
      if (folded.length >= 4 && !GENERIC_SCHOOL_WORDS.has(folded)) out.add(folded);
    }
  }
  return out;
}

/** A capitalised word that is one typo from a registered name may be that name: not safe to send. */
function nearMiss(text: string, parts: NameParts, registerWords: ReadonlySet<string>): string | null {
  const long = [...parts.long].filter((p) => p.length >= 5);
  if (long.length === 0) return null;
  for (const w of wordsOf(text)) {
    if (!/^\p{Lu}/u.test(w.word)) continue;
    const folded = foldName(w.word);
    if (folded.length < 4 || registerWords.has(folded)) continue;
    const hit = long.find((p) => withinOneEdit(folded, p));
    if (hit !== undefined) return `"${w.word}" lijkt op een naam uit het gezin (${hit})`;
  }
  return null;
}

export function anonymiseText(text: string, subject: AnonymisationSubject): Anonymised {
  const replaced: Replacements = new Map();
  let out = text;
  for (const p of CONTACT_PATTERNS) out = replacePattern(out, p.regex, p.to, p.kind, replaced);
  const schoolPhrases = phrasePattern(subject.schools);
  if (schoolPhrases !== null) out = replacePattern(out, schoolPhrases, REDACTED_SCHOOL, 'school', replaced);
  const ownSchoolWords = schoolWords(subject.schools);
  for (const s of subject.schools.map((n) => n.trim()).filter((n) => n.length >= 2 && !/[\s'’-]/.test(n))) ownSchoolWords.add(foldName(s));
  if (ownSchoolWords.size > 0) {
    out = replaceWords(out, (w) => (ownSchoolWords.has(foldName(w)) || ownSchoolWords.has(foldName(w).replace(/'?s$/, '')) ? 'school' : null), REDACTED_SCHOOL, replaced);
  }
  const phrases = phrasePattern(subject.names);
  if (phrases !== null) out = replacePattern(out, phrases, REDACTED, 'naam', replaced);
  const parts = namePartsOf(subject.names);
  out = replaceWords(out, (w) => (!isNameForm(w, parts) ? null : parts.long.has(foldName(w)) || parts.short.has(foldName(w)) ? 'naam' : 'naamsvorm'), REDACTED, replaced);
  out = replaceInitials(out, initialsOf(subject.names), replaced);
  const registerWords = new Set((subject.registerWords ?? []).flatMap((n) => n.split(/[^\p{L}\p{M}]+/u)).map(foldName));
  return { text: out, replaced: [...replaced.values()], unsafe: nearMiss(out, parts, registerWords) };
}

