import { randomInt } from 'node:crypto';
import { NEUTRAL_WORDS } from '../passphrase/neutralWords';
import { assessPassphrase } from '../passphrase/passphraseStrength';

/**
 * A passphrase for one package, to be shared out of band (by phone, not in the same e-mail as the
 * file). The chair reads it aloud to a partner, so the words come only from the hand-picked neutral
 * list; a frequency list would sooner or later put words about violence, illness or a slur into
 * that call. The list is smaller than a frequency list, so a suggestion has more words: eight words
 * from ~1 350 give over 80 bits, as much as the six common words did before. The strength module
 * still has the last word, and a rare weak draw is simply drawn again.
 */
export const SUGGESTED_WORD_COUNT = 8;

/** Entropy of one suggestion in bits, from the list as it is: a shrunken list shows up here. */
export const SUGGESTION_BITS = SUGGESTED_WORD_COUNT * Math.log2(NEUTRAL_WORDS.length);

/** An index in [0, bound), uniformly. Production uses the operating system's generator. */
export type RandomIndex = (bound: number) => number;

const systemRandomIndex: RandomIndex = (bound) => randomInt(bound);

export function suggestPackagePassphrase(randomIndex: RandomIndex = systemRandomIndex): string {
  for (;;) {
    const phrase = Array.from({ length: SUGGESTED_WORD_COUNT }, () => NEUTRAL_WORDS[randomIndex(NEUTRAL_WORDS.length)]!).join(' ');
    if (assessPassphrase(phrase).acceptable) return phrase;
  }
}
