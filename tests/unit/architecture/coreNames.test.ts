import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const core = join(__dirname, '..', '..', '..', 'electron', 'core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const files = sourceFiles(core).map((full) => ({ path: relative(core, full).replaceAll('\\', '/'), source: readFileSync(full, 'utf8') }));

/**
 * One suffix per role in core, so a file's name says what it is before it is opened:
 * `…Service.ts` reads and writes one feature's records, `…Tables.ts` describes tables,
 * `…Handlers.ts` (in ipc/) turns contract channels into calls; every other file is named for the
 * one rule or concept it holds.
 */
describe('core names each file for its role', () => {
  it('uses no second suffix for record reads and writes (Repository, Store, Manager, Dao) nor a dumping ground (utils, helpers)', () => {
    const offenders = files.map((f) => f.path).filter((p) => /(Repository|Store|Manager|Dao|[Uu]tils?|[Hh]elpers?)\.ts$/.test(p));
    expect(offenders).toEqual([]);
  });

  it('keeps record table descriptions in …Tables.ts files', () => {
    const describing = files.filter((f) => /export const \w+: RecordTable</.test(f.source)).map((f) => f.path);
    expect(describing.length).toBeGreaterThan(0);
    expect(describing.filter((p) => !p.endsWith('Tables.ts'))).toEqual([]);
  });

  it('keeps handler factories in ipc/…Handlers.ts and nowhere else', () => {
    const factories = files.filter((f) => /export function create\w+Handlers\(/.test(f.source)).map((f) => f.path);
    expect(factories.length).toBeGreaterThan(0);
    expect(factories.filter((p) => !/^ipc\/\w+Handlers\.ts$/.test(p))).toEqual([]);
  });
});
