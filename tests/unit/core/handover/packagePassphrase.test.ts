import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUGGESTED_WORD_COUNT, suggestPackagePassphrase } from '../../../../electron/core/handover/packagePassphrase';
import { NEUTRAL_WORDS } from '../../../../electron/core/passphrase/neutralWords';
import { assessPassphrase } from '../../../../electron/core/passphrase/passphraseStrength';

/** A seeded, repeatable stand-in for the operating system's generator (mulberry32). */
function seededIndex(seed: number): (bound: number) => number {
  let state = seed >>> 0;
  return (bound) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * bound);
  };
}

const neutral = new Set(NEUTRAL_WORDS);

function expectReadableSuggestion(phrase: string): void {
  const words = phrase.split(' ');
  expect(words).toHaveLength(SUGGESTED_WORD_COUNT);
  expect(words.filter((word) => !neutral.has(word))).toEqual([]);
  expect(assessPassphrase(phrase).acceptable).toBe(true);
}

describe('a suggested package passphrase', () => {
  it('is eight neutral words that pass the strength check, from the system generator', () => {
    expect(SUGGESTED_WORD_COUNT).toBe(8);
    expectReadableSuggestion(suggestPackagePassphrase());
  });

  it('is only ever made of neutral words, the configured number of them, and strong enough', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        expectReadableSuggestion(suggestPackagePassphrase(seededIndex(seed)));
      }),
      { numRuns: 100 },
    );
  });

  it('draws again when a draw is too weak, instead of handing out the weak one', () => {
    // The first draw repeats one common word eight times, which the strength check refuses.
    const auto = NEUTRAL_WORDS.indexOf('auto');
    expect(assessPassphrase(Array<string>(SUGGESTED_WORD_COUNT).fill('auto').join(' ')).acceptable).toBe(false);
    let calls = 0;
    const phrase = suggestPackagePassphrase((bound) => (calls++ < SUGGESTED_WORD_COUNT ? auto : (calls * 7919) % bound));
    expect(calls).toBeGreaterThan(SUGGESTED_WORD_COUNT);
    expectReadableSuggestion(phrase);
  });
});
