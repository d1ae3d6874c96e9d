// @vitest-environment jsdom
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/contract/errors';
import { en } from '../../../renderer/i18n/en';
import { nl } from '../../../renderer/i18n/nl';
import type { Texts } from '../../../renderer/i18n/textBundle';
import { FEATURE_TEXTS } from '../../../renderer/shell/featureTexts';

function flatten(tree: Texts, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** The app-wide texts and every registered feature namespace, each checked on its own. */
const sets: [string, Texts, Texts][] = [['app-wide', nl, en], ...FEATURE_TEXTS.map((b): [string, Texts, Texts] => [b.namespace, b.nl, b.en])];

describe.each(sets)('translations: %s', (_name, dutchTree, englishTree) => {
  const dutch = flatten(dutchTree);
  const english = flatten(englishTree);

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
});

describe('the app-wide texts', () => {
  it('every error code of the contract has a text in both languages', () => {
    const dutch = flatten(nl);
    const english = flatten(en);
    for (const code of ERROR_CODES) {
      expect(dutch.get(`errors.${code}`), code).toBeTruthy();
      expect(english.get(`errors.${code}`), code).toBeTruthy();
    }
  });

  it('no feature namespace takes the name of an app-wide group (its keys would hide the app-wide ones)', () => {
    const namespaces = FEATURE_TEXTS.map((b) => b.namespace);
    expect(new Set(namespaces).size).toBe(namespaces.length);
    expect(namespaces.filter((ns) => ns in nl)).toEqual([]);
  });
});

const featuresDir = join(__dirname, '../../../renderer/features');

/** Every `<name>Nl.ts` in a feature folder, with the `<name>En.ts` beside it. */
const textFiles = readdirSync(featuresDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(featuresDir, d.name))
      .filter((f) => f.endsWith('Nl.ts'))
      .map((f) => ({ folder: d.name, name: f.slice(0, -'Nl.ts'.length) })),
  );

describe('each feature keeps its texts beside it and registers them', () => {
  it('finds the features that have their own texts', () => {
    expect(textFiles.map((f) => f.name)).toEqual(expect.arrayContaining(['assessment', 'meetingMode', 'privacy', 'regie', 'timeline', 'household']));
  });

  it.each(textFiles)('$folder/$name: registered as the namespace $name, English beside Dutch', async ({ folder, name }) => {
    const nlModule = (await import(join(featuresDir, folder, `${name}Nl.ts`))) as Record<string, Texts>;
    const enPath = join(featuresDir, folder, `${name}En.ts`);
    expect(existsSync(enPath), `${name}En.ts`).toBe(true);
    const enModule = (await import(enPath)) as Record<string, Texts>;
    const bundle = FEATURE_TEXTS.find((b) => b.namespace === name);
    expect(bundle, `renderer/shell/featureTexts.ts registers ${name}`).toBeDefined();
    expect(bundle?.nl).toBe(nlModule[`${name}Nl`]);
    expect(bundle?.en).toBe(enModule[`${name}En`]);
  });
});
