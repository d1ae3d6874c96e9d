import { randomInt } from 'node:crypto';
import * as dutch from '@zxcvbn-ts/language-nl-be';
import { assessPassphrase } from '../passphrase/passphraseStrength';

/**
 * A passphrase for one package, to be shared out of band (by phone, not in the same e-mail as the
 * file): six common Dutch words chosen with the operating system's random generator. From the
 * ~12 000 plain words of 4–9 letters in the Dutch list that is over 80 bits; the strength module
 * still has the last word, and a rare weak draw is simply drawn again.
 */
const WORD_COUNT = 6;
let words: readonly string[] | null = null;

function wordList(): readonly string[] {
  if (words === null) {
    const common = (dutch.dictionary as { commonWords?: readonly string[] }).commonWords ?? [];
    words = [...new Set(common.filter((w) => /^[a-z]{4,9}$/.test(w)))];
  }
  return words;
}

export function suggestPackagePassphrase(): string {
  const list = wordList();
  for (;;) {
    const phrase = Array.from({ length: WORD_COUNT }, () => list[randomInt(list.length)]!).join(' ');
    if (assessPassphrase(phrase).acceptable) return phrase;
  }
}
