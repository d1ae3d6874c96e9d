import { describe, expect, it } from 'vitest';
import { DATE_PROBLEM_TEXT } from '../../../shared/domain/dutchDate';
import { nl } from '../../../renderer/i18n/nl';
import { allTexts } from './allTexts';

describe('one wording per date problem', () => {
  it('the screen says what core says when it refuses a date', () => {
    expect(nl.date.problems).toEqual(DATE_PROBLEM_TEXT);
  });

  // The timeline takes approximate dates (a month, a season, a year: shared/timeline/fuzzyDateInput)
  // and says so in its own words; every exact day goes through the one parser.
  it('no feature keeps a message of its own for an exact day', () => {
    const paths: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (node !== null && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k);
      else if (typeof node === 'string' && /is geen (bestaande )?datum/i.test(node)) paths.push(path);
    };
    const { timeline: _approximate, ...exact } = allTexts('nl');
    walk(exact, '');
    expect(paths).toEqual([]);
  });
});
