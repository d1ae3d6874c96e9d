import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { cyclesOf } from './stronglyConnected';

const root = join(__dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** Every relative import, type-only ones included: a type cycle is still two modules that cannot be read apart. */
function importGraph(dirs: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of dirs.flatMap((d) => sourceFiles(join(root, d)))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, false);
    graph.set(file, importedFiles.map((f) => resolveImport(file, f.fileName)).filter((f): f is string => f !== null));
  }
  return graph;
}

/** Import cycles between modules, named by their path from the repository root. */
function cycles(graph: Map<string, string[]>): string[][] {
  return cyclesOf(graph).map((component) => component.map((file) => relative(root, file)).sort());
}

describe('modules can be read one at a time', () => {
  it('the core, the shared rules and the renderer import no module that imports them back', () => {
    expect(cycles(importGraph(['electron', 'shared', 'renderer']))).toEqual([]);
  });
});
