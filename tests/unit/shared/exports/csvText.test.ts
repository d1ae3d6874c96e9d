import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../../../../shared/exports/csvText';
import { parseCsv } from '../../../../shared/directory/parseCsv';

const STARTERS = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];
/** What may stand in front of a starter without hiding it from a spreadsheet. */
const INVISIBLES = [' ', '\u00A0', '\n', '\t', '\r', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u202F', '\u3000', '\u200E', '\u00AD'];

/** The cell as a spreadsheet reads it back: through the project's own CSV reader, after a header row. */
function readBack(cell: string): string {
  const table = parseCsv(csvText([['kop', 'tweede'], [cell, 'x']]));
  expect(table.rows).toHaveLength(1);
  return table.rows[0]!.cells[0]!;
}

describe('CSV cells', () => {
  it.each([
    ['=1+1', "'=1+1"],
    [' =1+1', "' =1+1"],
    ['\u00A0=HYPERLINK("x")', "'\u00A0=HYPERLINK(\"x\")"],
    ['\n=1+1', "'\n=1+1"],
    ['\u200B=1+1', "'\u200B=1+1"],
    ['\u200C+1', "'\u200C+1"],
    ['\u200D-1', "'\u200D-1"],
    ['\u2060@SUM(A1)', "'\u2060@SUM(A1)"],
    ['\uFEFF=1+1', "'\uFEFF=1+1"],
    ['\uFF1D1+1', "'\uFF1D1+1"],
    ['\uFF0B1', "'\uFF0B1"],
    ['\uFF0D1', "'\uFF0D1"],
    ['\uFF20SUM(A1)', "'\uFF20SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    [' \u00A0\u200B\uFEFF =cmd', "' \u00A0\u200B\uFEFF =cmd"],
  ])('neutralises %j', (input, expected) => {
    expect(readBack(input)).toBe(expected);
  });

  it.each(['Gezin Bakker', ' Gezin Bakker', 'a=b', 'e-mail', '', '   ', '\u200Bnaam', "'al een apostrof"])('leaves %j as it is', (input) => {
    expect(readBack(input)).toBe(input);
  });

  it('any prefix of whitespace or invisible characters before a starter is neutralised', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...INVISIBLES), { maxLength: 6 }), fc.constantFrom(...STARTERS), fc.string(), (prefix, starter, rest) => {
        const cell = `${prefix.join('')}${starter}${rest}`;
        expect(readBack(cell)).toBe(`'${cell}`);
      }),
      { numRuns: 300 },
    );
  });

  it('any other cell reads back exactly as written', () => {
    const visible = fc.string({ unit: 'grapheme', minLength: 1 }).filter((s) => !/^[\s\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/u.test(s));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...INVISIBLES.filter((c) => c !== '\t' && c !== '\r')), { maxLength: 6 }), visible, (prefix, text) => {
        const cell = `${prefix.join('')}${text}`;
        fc.pre(!/^[\s\p{Cc}\p{Cf}]*[\t\r]/u.test(cell));
        expect(readBack(cell)).toBe(cell);
      }),
      { numRuns: 300 },
    );
  });

  it('writes numbers with a decimal comma and an empty cell for null', () => {
    expect(csvCell(2.5)).toBe('2,5');
    expect(csvCell(null)).toBe('');
  });
});
