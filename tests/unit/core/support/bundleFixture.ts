import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * Bundles a TypeScript fixture (which imports the real core) into a .cjs that runs under plain
 * node, so a child process exercises exactly the code the app ships.
 */
export async function bundleFixture(name: string): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casustafel-fixture-'));
  const outfile = path.join(outDir, `${name}.cjs`);
  await build({
    entryPoints: [path.join(repoRoot, 'tests/fixtures', `${name}.ts`)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3-multiple-ciphers'],
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

export function runFixture(file: string, args: string[]): ChildProcess {
  return spawn(process.execPath, [file, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_PATH: path.join(repoRoot, 'node_modules') },
  });
}

/** Lines the child wrote to stdout, delivered as they arrive. */
export function onLines(child: ChildProcess, listener: (line: string) => void): void {
  let buffer = '';
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    buffer += chunk;
    let index: number;
    while ((index = buffer.indexOf('\n')) >= 0) {
      listener(buffer.slice(0, index));
      buffer = buffer.slice(index + 1);
    }
  });
}

export function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve({ code: child.exitCode, signal: child.signalCode });
      return;
    }
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
}
