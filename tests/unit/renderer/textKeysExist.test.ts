import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../renderer/i18n';
import '../../../renderer/shell/featureTexts';

const renderer = join(__dirname, '..', '..', '..', 'renderer');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/(Nl|En|Texts)\.ts$/.test(entry.name) ? [full] : [];
  });
}

/**
 * Every key the screens ask for by name exists in Dutch and English, so no screen shows a raw key
 * ("caseCount") after a text moved to another namespace. Keys built at run time (`t(\`…${x}\`)`)
 * are left to the tests of their screens.
 */
describe('every text key written in the renderer exists', () => {
  const uses = sourceFiles(renderer).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)].map((m) => ({ file: relative(renderer, file), key: m[1]! })),
  );

  it('finds the keys it checks', () => {
    expect(uses.length).toBeGreaterThan(500);
  });

  it.each(['nl', 'en'] as const)('in %s', (language) => {
    const i18n = createI18n(language);
    const has = (key: string) => i18n.exists(key) || i18n.exists(`${key}_one`) || i18n.exists(`${key}_other`);
    const missing = uses.filter((u) => !has(u.key)).map((u) => `${u.file}: ${u.key}`);
    expect(missing).toEqual([]);
  });
});
