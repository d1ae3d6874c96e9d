import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The renderer's production bundle, built fresh for this run from the same vite.config.mts as
 * dist/renderer but into the bench's own folder: other work may be serving dist/renderer to e2e
 * tests at the same moment, and a rebuild there would pull it away from under them. The bench's
 * Chromium measurement serves this same build.
 */
export interface BundleSize {
  jsBytes: number;
  jsGzipBytes: number;
  cssBytes: number;
  cssGzipBytes: number;
  files: number;
  buildMs: number;
}

export function buildRenderer(repoRoot: string, outDir: string): number {
  const start = Date.now();
  const vite = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--config', path.join(repoRoot, 'vite.config.mts'), '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: repoRoot, encoding: 'utf8', timeout: 180_000 },
  );
  if (result.status !== 0) throw new Error(`Renderer bouwen mislukt: ${result.stderr.slice(0, 800)}`);
  return Date.now() - start;
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Bytes of every .js and .css file the build produced, raw and gzipped (level 9, as size reports do). */
export function measureBundle(outDir: string, buildMs: number): BundleSize {
  const size: BundleSize = { jsBytes: 0, jsGzipBytes: 0, cssBytes: 0, cssGzipBytes: 0, files: 0, buildMs };
  for (const file of walk(outDir)) {
    const ext = path.extname(file);
    if (ext !== '.js' && ext !== '.css') continue;
    const data = fs.readFileSync(file);
    const gz = gzipSync(data, { level: 9 }).length;
    size.files += 1;
    if (ext === '.js') {
      size.jsBytes += data.length;
      size.jsGzipBytes += gz;
    } else {
      size.cssBytes += data.length;
      size.cssGzipBytes += gz;
    }
  }
  return size;
}
