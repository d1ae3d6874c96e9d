// Builds everything the app and its tools run from:
//   renderer  → dist/renderer (Vite)
//   main      → dist/main/main.cjs, preload → dist/preload/preload.cjs (esbuild, CommonJS for Electron)
//   cli       → dist/cli/cli.cjs, bench → dist/bench/bench.cjs (esbuild, plain Node)
// esbuild instead of tsc for the Node side: one fast bundle per entry, no module-format friction
// with Electron's CommonJS loader; type-checking is `npm run typecheck` (tsc --noEmit per tsconfig).
// Flags: --renderer-only, --cli-only (cli + bench), default builds all.
import { build as esbuild } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, existsSync, chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const only = args.has('--renderer-only') ? 'renderer' : args.has('--cli-only') ? 'cli' : 'all';
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function commit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'onbekend';
  }
}

const define = {
  'process.env.CASUSTAFEL_VERSION': JSON.stringify(pkg.version),
  'process.env.CASUSTAFEL_BUILD_TIME': JSON.stringify(new Date().toISOString()),
  'process.env.CASUSTAFEL_COMMIT': JSON.stringify(commit()),
};

const nodeCommon = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: false,
  logLevel: 'warning',
  // The native SQLite binding is loaded at run time (rebuilt per runtime); Electron is provided by the host.
  external: ['electron', 'better-sqlite3-multiple-ciphers'],
  define,
  absWorkingDir: root,
};

async function buildRenderer() {
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.mts'), logLevel: 'warn' });
}

async function buildNode(entries) {
  await Promise.all(
    entries
      .filter(([entry]) => existsSync(join(root, entry)))
      .map(([entry, outfile, extra = {}]) => esbuild({ ...nodeCommon, entryPoints: [entry], outfile, ...extra })),
  );
}

// Package and receipt files are read on a worker thread, from its own bundle next to the entry that starts it.
const HANDOVER_WORKER = 'electron/core/handover/handoverFileWorker.ts';
const cli = [
  ['electron/cli/cli.ts', 'dist/cli/cli.cjs', { banner: { js: '#!/usr/bin/env node' } }],
  [HANDOVER_WORKER, 'dist/cli/handoverFileWorker.cjs'],
  // The bench drives Chromium through Playwright (installed, loaded at run time, never bundled).
  ['tests/bench/bench.ts', 'dist/bench/bench.cjs', { external: [...nodeCommon.external, '@playwright/test', 'playwright', 'playwright-core'] }],
];
const app = [
  ['electron/main/main.ts', 'dist/main/main.cjs'],
  ['electron/preload/preload.ts', 'dist/preload/preload.cjs'],
  [HANDOVER_WORKER, 'dist/main/handoverFileWorker.cjs'],
];

if (only === 'all') rmSync(join(root, 'dist'), { recursive: true, force: true });
if (only === 'renderer' || only === 'all') await buildRenderer();
if (only === 'cli' || only === 'all') await buildNode(cli);
if (only === 'all') await buildNode(app);
if (existsSync(join(root, 'dist/cli/cli.cjs'))) chmodSync(join(root, 'dist/cli/cli.cjs'), 0o755);
