// @vitest-environment jsdom
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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

const featuresDir = join(__dirname, '../../../renderer/features');

/** Every feature folder with texts: its `<feature>Nl.ts` and the `<feature>En.ts` beside it. */
const featureTexts = readdirSync(featuresDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(featuresDir, d.name, `${d.name}Nl.ts`)))
  .map((d) => d.name);

describe('each feature keeps its texts beside it', () => {
  it('finds the features that have their own texts', () => {
    expect(featureTexts).toEqual(expect.arrayContaining(['assessment', 'meetingMode', 'privacy', 'regie', 'timeline']));
  });

  it.each(featureTexts)('%s: English has exactly the Dutch keys, and both are the app texts under its name', async (feature) => {
    const nlModule = (await import(join(featuresDir, feature, `${feature}Nl.ts`))) as Record<string, Tree>;
    const enPath = join(featuresDir, feature, `${feature}En.ts`);
    expect(existsSync(enPath), `${feature}En.ts`).toBe(true);
    const enModule = (await import(enPath)) as Record<string, Tree>;
    const dutchTexts = nlModule[`${feature}Nl`];
    const englishTexts = enModule[`${feature}En`];
    expect(dutchTexts).toBeDefined();
    expect(englishTexts).toBeDefined();
    expect([...flatten(englishTexts!).keys()].sort()).toEqual([...flatten(dutchTexts!).keys()].sort());
    expect((nl as unknown as Record<string, Tree>)[feature]).toBe(dutchTexts);
    expect((en as unknown as Record<string, Tree>)[feature]).toBe(englishTexts);
  });
});
