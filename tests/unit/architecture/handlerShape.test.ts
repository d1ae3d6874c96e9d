import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ipc = join(__dirname, '..', '..', '..', 'electron', 'core', 'ipc');
const handlerFiles = readdirSync(ipc).filter((name) => /^[a-z]\w*Handlers\.ts$/.test(name) && name !== 'createHandlers.ts');

describe('every feature builds its handlers in one shape', () => {
  it('finds the feature handler files', () => {
    expect(handlerFiles.length).toBeGreaterThanOrEqual(10);
  });

  it.each(handlerFiles)('%s: one create…Handlers(deps: HandlerDeps), reads and writes through readWrite', (name) => {
    const source = readFileSync(join(ipc, name), 'utf8');
    const factories = [...source.matchAll(/export function (create\w+Handlers)\(([^)]*)\)/g)];
    expect(factories.map((m) => m[2])).toEqual(['deps: HandlerDeps']);
    expect(factories[0]![1]).toBe(`create${name[0]!.toUpperCase()}${name.slice(1, -'.ts'.length)}`);
    expect(source).not.toMatch(/session\.with(Read|Write)\(/);
  });

  it('createHandlers only composes: it holds no channel of its own', () => {
    const source = readFileSync(join(ipc, 'createHandlers.ts'), 'utf8');
    expect(source).not.toMatch(/^\s+'[a-zA-Z]+:[a-zA-Z]+':/m);
  });
});
