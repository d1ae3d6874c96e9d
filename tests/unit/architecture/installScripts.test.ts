import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const root = path.resolve(__dirname, '../../..');

const PackageJson = z.object({ allowScripts: z.record(z.string(), z.boolean()) });
const Lock = z.object({ packages: z.record(z.string(), z.object({ hasInstallScript: z.boolean().optional() })) });

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
}

/** `node_modules/a/node_modules/@b/c` → `@b/c`. */
function packageName(lockPath: string): string {
  return lockPath.slice(lockPath.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

describe('install scripts are reviewed in allowScripts (npm 11 warns, npm 12 blocks)', () => {
  const allowScripts = PackageJson.parse(readJson('package.json')).allowScripts;
  const withScripts = Object.entries(Lock.parse(readJson('package-lock.json')).packages)
    .filter(([lockPath, entry]) => lockPath !== '' && entry.hasInstallScript === true)
    .map(([lockPath]) => packageName(lockPath));

  it('names exactly the packages in package-lock.json that have an install script', () => {
    expect(Object.keys(allowScripts).sort()).toEqual([...new Set(withScripts)].sort());
  });

  it('by name, not version: the lock file has no resolved URLs, so npm could not match a pinned entry', () => {
    for (const key of Object.keys(allowScripts)) expect(key).not.toMatch(/.@/);
  });

  it('runs only what the app needs: the SQLCipher native build and esbuild’s binary check', () => {
    const allowed = Object.entries(allowScripts)
      .filter(([, run]) => run)
      .map(([name]) => name);
    expect(allowed.sort()).toEqual(['better-sqlite3-multiple-ciphers', 'esbuild']);
  });
});
