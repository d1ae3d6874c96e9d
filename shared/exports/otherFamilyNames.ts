import { REDACTED, type ReplacementKind } from './anonymise';
import { foldName, namePartsOf, stemsOf, wordsOf, type NameParts } from './nameForms';

/**
 * One family's text must not name another family to someone who has no basis for that other
 * family: minutes about Saar that mention her classmate Sem de Boer, a neighbour, a cousin. The
 * vault knows every household's and network's names, so every free text that leaves is looked up
 * against them.
 *
 * Only capitalised words count here (a name written as a name): the region's surnames include
 * "de Groot", "de Jong" and "de Wit", and "groot", "jong" and "wit" in a sentence name nobody. The
 * family's own names are never another family's, and a professional's full name as written
 * ("Jelle Dijkstra") is the professional, even when a household elsewhere shares the surname.
 */
export interface FamilyNames {
  familyId: string;
  names: readonly string[];
}

export interface NameIndex {
  /** Folded name part → the families that carry it. */
  long: Map<string, Set<string>>;
  short: Map<string, Set<string>>;
  /** Professionals' names as written, folded: "jelle dijkstra". */
  professionals: Set<string>;
}

function add(map: Map<string, Set<string>>, key: string, familyId: string): void {
  const set = map.get(key);
  if (set === undefined) map.set(key, new Set([familyId]));
  else set.add(familyId);
}

export function buildNameIndex(families: readonly FamilyNames[], professionalNames: readonly string[] = []): NameIndex {
  const long = new Map<string, Set<string>>();
  const short = new Map<string, Set<string>>();
  for (const f of families) {
    const parts = namePartsOf(f.names);
    for (const p of parts.long) add(long, p, f.familyId);
    for (const p of parts.short) add(short, p, f.familyId);
  }
  const professionals = new Set<string>();
  for (const name of professionalNames) {
    const words = name.split(/\s+/).filter((w) => w !== '');
    if (words.length >= 2) professionals.add(`${foldName(words[0]!)} ${foldName(words[words.length - 1]!)}`);
  }
  return { long, short, professionals };
}

/**
 * The folded names the capitalised words of these texts may stand for: what to look up in the
 * vault, so the index holds only families a text may name instead of every family of a region.
 */
export function candidateNames(texts: readonly string[]): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    for (const w of wordsOf(text)) {
      if (!/^\p{Lu}/u.test(w.word)) continue;
      for (const stem of stemsOf(w.word)) if (/^\p{L}{2,}$/u.test(stem)) out.add(stem);
    }
  }
  return [...out].sort();
}

/** Which other families a word may name (none for the family's own names). */
function familiesOfWord(word: string, index: NameIndex, own: NameParts, ownFamilyId: string): string[] {
  if (!/^\p{Lu}/u.test(word)) return [];
  const folded = foldName(word);
  if (own.short.has(folded)) return [];
  const stems = stemsOf(word).filter((s) => s.length >= 3);
  if (stems.some((s) => own.long.has(s))) return [];
  const found = new Set<string>();
  for (const id of index.short.get(folded) ?? []) found.add(id);
  for (const s of stems) for (const id of index.long.get(s) ?? []) found.add(id);
  found.delete(ownFamilyId);
  return [...found];
}

/** Word positions that belong to a professional's name as written (first and last word). */
function professionalWords(text: string, index: NameIndex): Set<number> {
  const protectedStarts = new Set<number>();
  if (index.professionals.size === 0) return protectedStarts;
  const words = wordsOf(text);
  for (let n = 0; n + 1 < words.length; n += 1) {
    for (let span = 1; span <= 3 && n + span < words.length; span += 1) {
      const key = `${foldName(words[n]!.word)} ${foldName(words[n + span]!.word)}`;
      if (!index.professionals.has(key)) continue;
      for (let k = n; k <= n + span; k += 1) protectedStarts.add(words[k]!.start);
    }
  }
  return protectedStarts;
}

export interface OtherFamilyMention {
  familyId: string;
  /** The words as written, for the preview. */
  words: string[];
}

/** The other families a text names, with the words that name them. */
export function mentionedFamilies(text: string, index: NameIndex, own: { familyId: string; names: readonly string[] }): OtherFamilyMention[] {
  const ownParts = namePartsOf(own.names);
  const professionals = professionalWords(text, index);
  const byFamily = new Map<string, Set<string>>();
  for (const w of wordsOf(text)) {
    if (professionals.has(w.start)) continue;
    for (const id of familiesOfWord(w.word, index, ownParts, own.familyId)) {
      const set = byFamily.get(id) ?? new Set<string>();
      set.add(w.word);
      byFamily.set(id, set);
    }
  }
  return [...byFamily.entries()].map(([familyId, words]) => ({ familyId, words: [...words] })).sort((a, b) => a.familyId.localeCompare(b.familyId));
}

/**
 * Replace the words that name any of `blocked` (families the recipient has no basis for). A word
 * that could name a blocked family and an allowed one is replaced too: when in doubt, withhold.
 */
export function redactOtherFamilies(
  text: string,
  index: NameIndex,
  own: { familyId: string; names: readonly string[] },
  blocked: ReadonlySet<string>,
): { text: string; replaced: ReplacementKind[] } {
  if (blocked.size === 0) return { text, replaced: [] };
  const ownParts = namePartsOf(own.names);
  const professionals = professionalWords(text, index);
  const replaced = new Set<string>();
  let out = '';
  let at = 0;
  for (const w of wordsOf(text)) {
    if (professionals.has(w.start)) continue;
    if (!familiesOfWord(w.word, index, ownParts, own.familyId).some((id) => blocked.has(id))) continue;
    out += text.slice(at, w.start) + REDACTED;
    at = w.end;
    replaced.add(w.word);
  }
  return { text: out + text.slice(at), replaced: [...replaced].map((): ReplacementKind => 'ander_gezin') };
}
