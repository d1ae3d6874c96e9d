// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/contract/errors';
import { en } from '../../../renderer/i18n/en';
import { nl } from '../../../renderer/i18n/nl';

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const dutch = flatten(nl);
  const english = flatten(en);

  it('English has every Dutch key', () => {
    expect([...dutch.keys()].filter((k) => !english.has(k))).toEqual([]);
  });

  it('Dutch has every English key', () => {
    expect([...english.keys()].filter((k) => !dutch.has(k))).toEqual([]);
  });

  it('no text is empty in either language', () => {
    const empty = [...dutch, ...english].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('both languages use the same placeholders in each text', () => {
    const differ = [...dutch.keys()].filter(
      (k) => JSON.stringify(placeholders(dutch.get(k) ?? '')) !== JSON.stringify(placeholders(english.get(k) ?? '')),
    );
    expect(differ).toEqual([]);
  });

  it('every error code of the contract has a text in both languages', () => {
    for (const code of ERROR_CODES) {
      expect(dutch.get(`errors.${code}`), code).toBeTruthy();
      expect(english.get(`errors.${code}`), code).toBeTruthy();
    }
  });
});
