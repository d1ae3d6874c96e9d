import { describe, expect, it } from 'vitest';
import { NEUTRAL_WORDS } from '../../../../electron/core/passphrase/neutralWords';
import { SUGGESTED_WORD_COUNT, SUGGESTION_BITS } from '../../../../electron/core/handover/packagePassphrase';
import { BLOCKED_STEMS, BLOCKED_WORDS, COMMON_FIRST_NAMES } from './blockedWords';

describe('the neutral words a suggested passphrase is read from', () => {
  it('keeps a block list of several hundred stems and words to check against', () => {
    expect(BLOCKED_STEMS.length + BLOCKED_WORDS.length).toBeGreaterThanOrEqual(300);
    expect(COMMON_FIRST_NAMES.length).toBeGreaterThanOrEqual(200);
  });

  it('holds no word that contains a blocked stem', () => {
    const hits = NEUTRAL_WORDS.flatMap((word) => BLOCKED_STEMS.filter((stem) => word.includes(stem)).map((stem) => `${word} (${stem})`));
    expect(hits).toEqual([]);
  });

  it('holds no blocked word and no common first name', () => {
    const blocked = new Set([...BLOCKED_WORDS, ...COMMON_FIRST_NAMES]);
    expect(NEUTRAL_WORDS.filter((word) => blocked.has(word))).toEqual([]);
  });

  it('is lowercase a–z, 4 to 9 letters, each word once', () => {
    expect(NEUTRAL_WORDS.filter((word) => !/^[a-z]{4,9}$/.test(word))).toEqual([]);
    expect(new Set(NEUTRAL_WORDS).size).toBe(NEUTRAL_WORDS.length);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(NEUTRAL_WORDS)).toBe(true);
  });

  it('is long enough that a suggestion carries at least 81 bits', () => {
    expect(SUGGESTION_BITS).toBeCloseTo(SUGGESTED_WORD_COUNT * Math.log2(NEUTRAL_WORDS.length), 10);
    expect(SUGGESTED_WORD_COUNT * Math.log2(NEUTRAL_WORDS.length)).toBeGreaterThanOrEqual(81);
  });
});
