import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Runs a measurement in a child process of its own: this same bundle, started with `flag` and the
 * path of a JSON file holding `input`, prints its result as the last stdout line. The bench process
 * holds the generated region (about a gigabyte of objects at ten times), which the app's main
 * process never does; memory and every figure that allocates much are measured without it.
 */
export function runInChild<T>(bundlePath: string, flag: string, workDir: string, input: unknown, timeoutMs: number, what: string): T {
  const inputFile = path.join(workDir, `${flag.replace(/^-+/, '')}.json`);
  fs.writeFileSync(inputFile, JSON.stringify(input), { mode: 0o600 });
  const child = spawnSync(process.execPath, [bundlePath, flag, inputFile], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 16 * 2 ** 20 });
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !line.startsWith('{')) throw new Error(`${what} mislukt (${child.status}): ${child.stderr.slice(0, 500)}`);
  return JSON.parse(line) as T;
}
