import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REDACTED, redactNames } from '../../../../shared/exports/anonymise';

describe('names in anonymous cases', () => {
  it('replaces every registered name as a whole word, in any case', () => {
    const names = ['Gezin Hoekstra', 'Jesse', 'Hoekstra', 'Anne-Marie', 'de Vries'];
    expect(redactNames('Jesse HOEKSTRA mist lessen; moeder Anne-Marie de Vries belde.', names)).toBe(
      `${REDACTED} ${REDACTED} mist lessen; moeder ${REDACTED} ${REDACTED} belde.`,
    );
    // Parts of other words stay: "Jessenhof" is a street, not Jesse.
    expect(redactNames('Woont aan de Jessenhof.', names)).toBe('Woont aan de Jessenhof.');
  });

  it('never leaves a registered name in the text', () => {
    const name = fc.stringMatching(/^[A-Z][a-zë]{2,9}$/);
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 4 }), fc.array(fc.constantFrom('zorgen', 'school', 'thuis', 'over', 'met'), { maxLength: 8 }), (names, words) => {
        const text = [...words, ...names, ...words].join(' ');
        const out = redactNames(text, names);
        for (const n of names) expect(out.split(/\s+/)).not.toContain(n);
      }),
    );
  });
});
