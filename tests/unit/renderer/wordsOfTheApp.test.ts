import { describe, expect, it } from 'vitest';
import { allTexts } from './allTexts';

/**
 * The app speaks to the chair with "je", as a colleague; letters to families and signallers say
 * "u" (they are written in core, not here). Plurals are written out: "verwijzing(en)" reads as a
 * form, not as a sentence.
 */
function texts(node: unknown, path: string, out: { path: string; text: string }[]): { path: string; text: string }[] {
  if (typeof node === 'string') out.push({ path, text: node });
  else if (node !== null && typeof node === 'object') for (const [key, value] of Object.entries(node)) texts(value, path ? `${path}.${key}` : key, out);
  return out;
}

const ALL = texts(allTexts('nl'), '', []);

describe('the words of the app', () => {
  it('has Dutch texts to check', () => {
    expect(ALL.length).toBeGreaterThan(500);
  });

  it('addresses the user as "je", never as "u"', () => {
    const formal = ALL.filter(({ text }) => /(?<![\p{L}\p{N}])(u|uw|U|Uw)(?![\p{L}\p{N}])/u.test(text.replace(/\{\{[^}]*\}\}/g, '')));
    expect(formal.map((f) => `${f.path}: ${f.text}`)).toEqual([]);
  });

  it('writes plurals out, without "(en)" or "(s)"', () => {
    const bracketed = ALL.filter(({ text }) => /\p{L}\((en|s|n|e|'s)\)/u.test(text));
    expect(bracketed.map((f) => `${f.path}: ${f.text}`)).toEqual([]);
  });
});
