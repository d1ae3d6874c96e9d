/**
 * Dutch name forms. A chair who writes minutes does not write "Saar" and "Jansen" only: she writes
 * "Saartje", "Jansens fiets", "de Jansens", "Saar's juf", "SAAR". A name is recognised in a word
 * when the word, stripped of a possessive or plural ending and of a diminutive, is that name.
 * Matching works on words (not on one giant pattern), so looking up thousands of names in a
 * region costs one set lookup per word and a few per ending.
 */

/** Lower case without diacritics: "Zoë" and "Zoe", "Anaïs" and "Anais" are the same name on paper. */
export function foldName(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('nl-NL')
    .replace(/’/g, "'");
}

/** Particles and words that are part of a name but never a name on their own. */
const NOT_A_NAME = new Set(['van', 'den', 'der', 'het', 'ten', 'ter', 'de', 'te', 'la', 'le', 'du', 'da', 'el', 'al', 'op', 'in', "'t", 'gezin', 'familie', 'fam']);

/** Possessive and plural endings: Jansens, Jansen's, Klaas', de Bakkers, de Smitten. */
const INFLECTIONS = ["'s", "'", 's', 'en', 'n'];

/** Diminutive endings, longest first: Sannetje, Mariekeetje, Saartje, Kimpje, Dirkje, Annie. */
const DIMINUTIVES = ['ietje', 'etje', 'tje', 'pje', 'kje', 'je', 'ie', 'tjes', 'pjes', 'jes'];

/**
 * The names a written word may stand for, folded: the word itself, without its possessive or
 * plural ending, without its diminutive (with a doubled consonant or vowel undone: Timmetje → Tim,
 * Evaatje → Eva), and with the -e a diminutive drops (Annetje → Anne).
 */
export function stemsOf(word: string): string[] {
  const folded = foldName(word);
  const out = new Set<string>([folded]);
  const bases = [folded];
  for (const ending of INFLECTIONS) {
    if (folded.length - ending.length >= 2 && folded.endsWith(ending)) bases.push(folded.slice(0, -ending.length));
  }
  for (const base of bases) {
    out.add(base);
    for (const ending of DIMINUTIVES) {
      if (base.length - ending.length < 2 || !base.endsWith(ending)) continue;
      const stem = base.slice(0, -ending.length);
      out.add(stem);
      out.add(`${stem}e`);
      const last = stem.at(-1);
      if (last !== undefined && stem.length >= 3 && stem.at(-2) === last) out.add(stem.slice(0, -1));
    }
  }
  return [...out];
}

/**
 * The parts of registered names that identify someone on their own, folded: every word of three
 * letters or more that is not a particle ("de Vries" gives "vries"), and a whole given name of two
 * ("Bo"). Two-letter names are recognised only as themselves or with 's, never inside an
 * inflection: "bos" is a wood, not Bo's.
 */
export interface NameParts {
  /** Parts of three letters or more, recognised with every Dutch ending. */
  long: Set<string>;
  /** Two-letter names, recognised only as they are (or with 's). */
  short: Set<string>;
}

export function namePartsOf(names: readonly string[]): NameParts {
  const long = new Set<string>();
  const short = new Set<string>();
  for (const name of names) {
    const words = name.split(/[^\p{L}\p{M}'’]+/u).filter((w) => w !== '');
    for (const word of words) {
      const folded = foldName(word).replace(/^'+|'+$/g, '');
      // A particle is no name inside "van Dijk"; a name that is one word is a name, even "Ten" or "Van".
      if (folded.length < 2 || (NOT_A_NAME.has(folded) && words.length > 1)) continue;
      (folded.length === 2 ? short : long).add(folded);
    }
  }
  return { long, short };
}

/** Does this written word stand for one of the names? */
export function isNameForm(word: string, parts: NameParts): boolean {
  const folded = foldName(word);
  if (parts.short.has(folded) || parts.short.has(folded.replace(/'s$/, ''))) return true;
  if (parts.long.size === 0) return false;
  return stemsOf(word).some((stem) => stem.length >= 3 && parts.long.has(stem));
}

/** A word in a text, with where it stands. */
export interface TextWord {
  word: string;
  start: number;
  end: number;
}

/** The words of a text: letters with inner apostrophes (Saar's), never the apostrophe of "'s avonds". */
export function wordsOf(text: string): TextWord[] {
  const out: TextWord[] = [];
  for (const m of text.matchAll(/\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)?/gu)) {
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** At most one typo apart: one letter missing, added or changed, or two neighbours swapped. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff = [...a].flatMap((ch, n) => (ch === b[n] ? [] : [n]));
    if (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!]) return true;
  }
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    if (a.length > b.length) i += 1;
    else if (b.length > a.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
