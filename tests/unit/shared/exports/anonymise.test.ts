import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anonymiseText, REDACTED } from '../../../../shared/exports/anonymise';

/** Only the names (household and network), as for a text that carries no school or contact details. */
const redactNames = (text: string, names: readonly string[]): string => anonymiseText(text, { names, schools: [] }).text;

const household = { names: ['Gezin Jansen', 'Saar', 'Jansen', 'Tim', 'Jansen', 'Anne', 'de Vries', 'Zoë', 'Bo', 'oma Truus'], schools: ['CBS De Wegwijzer'] };

describe('names in anonymous cases', () => {
  it('replaces every registered name as a whole word, in any case', () => {
    const names = ['Gezin Hoekstra', 'Jesse', 'Hoekstra', 'Anne-Marie', 'de Vries'];
    expect(redactNames('Jesse HOEKSTRA mist lessen; moeder Anne-Marie de Vries belde.', names)).toBe(
      `${REDACTED} ${REDACTED} mist lessen; moeder ${REDACTED} ${REDACTED} belde.`,
    );
    // Parts of other words stay: "Jessenhof" is a street, not Jesse.
    expect(redactNames('Woont aan de Jessenhof.', names)).toBe('Woont aan de Jessenhof.');
  });

  it.each([
    ['possessive -s', 'Jansens fiets stond buiten.', '[naam] fiets stond buiten.'],
    ["possessive 's", "Saar's juf belde.", '[naam] juf belde.'],
    ['plural', 'De Jansens kwamen niet.', 'De [naam] kwamen niet.'],
    ['diminutive -tje', 'Saartje huilde in de klas.', '[naam] huilde in de klas.'],
    ['diminutive -etje with a doubled consonant', 'Timmetje was stil.', '[naam] was stil.'],
    ['diminutive that drops the -e', 'Annetje belde op.', '[naam] belde op.'],
    ['diminutive plural possessive', 'Saartjes jas was nat.', '[naam] jas was nat.'],
    ['capitals', 'SAAR en TIM waren er.', '[naam] en [naam] waren er.'],
    ['without diacritics', 'Zoe was er ook.', '[naam] was er ook.'],
    ['a two-letter name only as itself', "Bo en Bo's broer liepen door het bos.", "[naam] en [naam] broer liepen door het bos."],
    ['the network, first name alone', 'Truus haalt op.', '[naam] haalt op.'],
    ['initials', 'Moeder (S.J.) en S. Jansen waren er.', 'Moeder ([naam]) en [naam] [naam] waren er.'],
    ['the school, whole', 'Gesprek op CBS De Wegwijzer.', 'Gesprek op [school].'],
    ['the school, by its own word', 'De juf van de Wegwijzer belde.', 'De juf van de [school] belde.'],
    ['an address', 'Woont op Kerkstraat 12a in Assen.', 'Woont op [adres] in Assen.'],
    ['a postcode', 'Postcode 9401 AB.', 'Postcode [postcode].'],
    ['a phone number', 'Bel 06-12345678.', 'Bel [telefoonnummer].'],
    ['an e-mail address', 'Mail naar ouder@example.nl.', 'Mail naar [e-mailadres].'],
  ])('replaces %s', (_what, text, expected) => {
    expect(anonymiseText(text, household).text).toBe(expected);
  });

  it('keeps the field words that look like initials and ordinary words', () => {
    expect(anonymiseText('De IB en VT spraken over de weg naar school op 3 maart.', household).text).toBe('De IB en VT spraken over de weg naar school op 3 maart.');
  });

  it('says what kind of thing it replaced, never the word itself', () => {
    const out = anonymiseText('Saar, Saartje en Jansens fiets, Kerkstraat 12', household);
    expect(out.replaced.sort()).toEqual(['adres', 'naam', 'naamsvorm', 'naamsvorm']);
    expect(JSON.stringify(out.replaced)).not.toMatch(/Saar|Jansen|Kerk/);
    expect(out.unsafe).toBeNull();
  });

  it('calls a text unsafe when a capitalised word is one typo from a name', () => {
    const out = anonymiseText('Jnasen kwam te laat.', { names: ['Jansen'], schools: [] });
    expect(out.unsafe).toContain('Jnasen');
  });

  it("does not take a word of the register for a misspelt name: Drenthe is a province, Drenth the family", () => {
    const subject = { names: ['Gezin Drenth', 'Saar', 'Drenth'], schools: [], registerWords: ['Veilig Thuis Drenthe'] };
    const out = anonymiseText('Signaalgever informeren: Veilig Thuis Drenthe belt Drenth.', subject);
    expect(out).toMatchObject({ text: 'Signaalgever informeren: Veilig Thuis Drenthe belt [naam].', unsafe: null });
    expect(anonymiseText('Drenthe', { ...subject, registerWords: [] }).unsafe).not.toBeNull();
  });

  it('never leaves a registered name in the text', () => {
    const name = fc.stringMatching(/^[A-Z][a-zë]{2,9}$/);
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 4 }), fc.array(fc.constantFrom('zorgen', 'school', 'thuis', 'over', 'met'), { maxLength: 8 }), (names, words) => {
        const text = [...words, ...names, ...words].join(' ');
        const out = redactNames(text, names);
        for (const n of names) expect(out.split(/\s+/)).not.toContain(n);
      }),
      { numRuns: 300 },
    );
    // A one-word name that folds to a particle ("Tën" to "ten") is still a name.
    expect(redactNames('Tën Aaë', ['Tën', 'Aaë'])).toBe('[naam] [naam]');
    expect(redactNames('Piet van Dijk', ['Piet van Dijk'])).toBe('[naam]');
  });
});

/** Dutch-looking names from syllables, and the forms a chair writes them in. */
const ONSET = ['b', 'd', 'f', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'br', 'dr', 'gr', 'kl', 'st', 'tr', 'sch'];
const VOWEL = ['a', 'e', 'i', 'o', 'u', 'aa', 'ee', 'oo', 'ie', 'ei', 'ij', 'ou', 'ui', 'eu'];
const CODA = ['', 'n', 'r', 'l', 's', 'k', 't', 'm', 'rt', 'ns', 'ld', 'rk'];
const syllable = fc.tuple(fc.constantFrom(...ONSET), fc.constantFrom(...VOWEL), fc.constantFrom(...CODA)).map(([o, v, c]) => o + v + c);
const dutchName = fc
  .array(syllable, { minLength: 1, maxLength: 3 })
  .map((s) => s.join(''))
  // A particle ("van", "ter") is never a name on its own.
  .filter((s) => s.length >= 3 && !['van', 'den', 'der', 'het', 'ten', 'ter', 'fam'].includes(s))
  .map((s) => s[0]!.toUpperCase() + s.slice(1));
const inflect = (name: string, form: number): string => {
  const last = name.at(-1)!;
  const vowelEnd = /[aeiou]$/.test(name);
  switch (form) {
    case 0:
      return name;
    case 1:
      return `${name}s`;
    case 2:
      return `${name}'s`;
    case 3:
      return vowelEnd ? `${name}tje` : /[lnr]$/.test(name) ? `${name}tje` : /m$/.test(name) ? `${name}pje` : `${name}je`;
    case 4:
      return `${name}${last}etje`;
    case 5:
      return name.toUpperCase();
    case 6:
      return `${name}en`;
    default:
      return `${vowelEnd ? name : name + 'je'}s`;
  }
};
const FILLER = ['de', 'moeder', 'belde', 'over', 'thuis', 'en', 'het', 'kind', 'was', 'op', 'school', 'boos', 'zorg', 'afspraak', 'met'];

describe('anonymising holds for every Dutch form of a name', () => {
  it('no generated name survives into an anonymised text in any of its forms', () => {
    fc.assert(
      fc.property(
        fc.array(dutchName, { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat({ max: 3 }), fc.nat({ max: 7 })), { minLength: 1, maxLength: 8 }),
        fc.array(fc.constantFrom(...FILLER), { maxLength: 10 }),
        (names, uses, filler) => {
          const written = uses.map(([which, form]) => inflect(names[which % names.length]!, form));
          const text = [...filler.slice(0, 5), ...written, ...filler.slice(5)].join(' ') + '.';
          const out = anonymiseText(text, { names, schools: [] }).text.toLowerCase().replace(/\[naam\]/g, ' ');
          for (const w of written) expect(out.split(/[\s.]+/)).not.toContain(w.toLowerCase());
          for (const n of names) {
            // Only where no filler word happens to contain the name.
            if (!filler.some((f) => f.includes(n.toLowerCase()))) expect(out).not.toContain(n.toLowerCase());
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
