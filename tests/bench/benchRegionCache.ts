import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { Operator } from '../../shared/contract/schemas';
import { generateRegion, REGION_SIZES, type Region } from '../../electron/core/generator/regionGenerator';
import { writeRegion } from '../../electron/core/generator/writeRegion';
import { refreshFollowUpIndex } from '../../electron/core/followUpIndex/followUpIndex';
import { LATEST_SCHEMA_VERSION, runMigrations } from '../../electron/core/migrations/index';
import { applyConnectionPragmas } from '../../electron/core/vault/sqlcipher';
import { closeVaultFile, createVaultFile } from '../../electron/core/vault/vaultFile';
import { writeLongHistoryFamilies, longHistoryFamilies, type LongHistoryFamily } from './longHistoryFamilies';
import { ms } from './stats';

/**
 * The bench region (5 000 families, 50 000 events, 1 000 meetings, plus two families with 1 000
 * events each) is written into an encrypted vault and a plaintext twin ONCE and kept in
 * bench-results/cache/ (git-ignored). Every run copies the cached files into its own temp folder
 * before measuring, so the cache is never written to and stays pristine.
 *
 * The cache key holds the seed, the sizes, LATEST_SCHEMA_VERSION and a hash of every source file
 * that decides the files' content (generator, migrations, vault format, tables, search index,
 * audit chain, this bench's own additions): change any of them and the next run rebuilds.
 */
export const BENCH_SEED = 20261128;
export const BENCH_PASSPHRASE = 'bankstel zeilboot lantaarnpaal hagelslag';

/** Source folders/files (relative to the repository) whose content decides the cached files. */
const CONTENT_SOURCES = [
  'electron/core/generator',
  'electron/core/migrations',
  'electron/core/vault',
  'electron/core/register/registerTables.ts',
  'electron/core/recordStore/recordTable.ts',
  'electron/core/recordStore/searchIndex.ts',
  'electron/core/timeline/timelineTables.ts',
  'electron/core/audit/auditChain.ts',
  'shared/timeline/timelineWorkload.ts',
  'shared/timeline/fuzzyDate.ts',
  'tests/bench/longHistoryFamilies.ts',
  'tests/bench/benchRegionCache.ts',
];

export interface BenchRegion {
  region: Region;
  longFamilies: LongHistoryFamily[];
  /** Working copies for this run (in `workDir`), free to write to. */
  encPath: string;
  plainPath: string;
  cacheHit: boolean;
  cacheName: string;
  /** Null on a cache hit: nothing was written this run. */
  writeMs: number | null;
  generateMs: number;
}

function listSources(repoRoot: string): string[] {
  const files: string[] = [];
  for (const rel of CONTENT_SOURCES) {
    const abs = path.join(repoRoot, rel);
    if (!fs.existsSync(abs)) continue;
    if (fs.statSync(abs).isDirectory()) {
      for (const name of fs.readdirSync(abs).sort()) if (name.endsWith('.ts')) files.push(path.join(abs, name));
    } else files.push(abs);
  }
  return files;
}

/** Short hash of the content sources; 'nosource' when the bundle runs without the repository next to it. */
export function sourceHash(repoRoot: string): string {
  const files = listSources(repoRoot);
  if (files.length === 0) return 'nosource';
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(path.relative(repoRoot, file));
    hash.update('\0');
    hash.update(fs.readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

function copyInto(source: string, target: string): void {
  fs.copyFileSync(source, target);
  fs.chmodSync(target, 0o600);
}

/**
 * Older keys of the same size are of no further use (a schema or generator change): removed; the
 * other scale's region stays. Half-built folders are removed once they are an hour old (a run that
 * was interrupted; a running one is younger).
 */
function removeStale(cacheDir: string, sizePrefix: string): void {
  for (const name of fs.readdirSync(cacheDir)) {
    const file = path.join(cacheDir, name);
    const stale = name.startsWith(sizePrefix) || (name.startsWith('.building-') && Date.now() - fs.statSync(file).mtimeMs > 3_600_000);
    if (stale) fs.rmSync(file, { recursive: true, force: true });
  }
}

/** Writes the encrypted vault and the plaintext twin into `dir` (fresh files). */
function buildFiles(dir: string, region: Region, operator: Operator): { writeMs: number; encPath: string; plainPath: string } {
  const now = () => new Date();
  const encPath = path.join(dir, 'region.casustafel');
  const created = createVaultFile(encPath, BENCH_PASSPHRASE, { now });
  const start = process.hrtime.bigint();
  writeRegion(created.db, region, operator, new Date());
  const writeMs = ms(start);
  writeLongHistoryFamilies(created.db, region, operator, new Date());
  // A vault in use has its follow-up index; building it is measured apart (follow_up_index_rebuild_ms).
  refreshFollowUpIndex(created.db);
  closeVaultFile(created);

  // Plaintext twin: same library, schema, pragmas, data.
  const plainPath = path.join(dir, 'region.plain.sqlite');
  const plain = new Database(plainPath);
  applyConnectionPragmas(plain);
  runMigrations(plain, now);
  writeRegion(plain, region, operator, new Date());
  writeLongHistoryFamilies(plain, region, operator, new Date());
  refreshFollowUpIndex(plain);
  plain.pragma('wal_checkpoint(TRUNCATE)');
  plain.close();
  return { writeMs, encPath, plainPath };
}

/**
 * The bench region for this run: from the cache when its key matches, else built and cached
 * (built in a side folder and renamed into place, so an interrupted build never leaves a half
 * cache). Either way the caller gets fresh copies in `workDir`.
 */
export function benchRegion(repoRoot: string, cacheDir: string, workDir: string, operator: Operator, scale = 1): BenchRegion {
  const base = REGION_SIZES.bench;
  const size = { families: base.families * scale, events: base.events * scale, meetings: base.meetings * scale };
  const cacheName = `region-${BENCH_SEED}-${size.families}f-${size.events}e-${size.meetings}m-schema${LATEST_SCHEMA_VERSION}-${sourceHash(repoRoot)}`;
  const cachedEnc = path.join(cacheDir, `${cacheName}.casustafel`);
  const cachedPlain = path.join(cacheDir, `${cacheName}.plain.sqlite`);

  // The region in memory is always regenerated (seeded, under a second): the bench needs its names
  // for typed searches, and regenerating proves the cached files were made from the same seed.
  const generateStart = process.hrtime.bigint();
  const region = generateRegion(size, BENCH_SEED);
  const generateMs = ms(generateStart);

  const cacheHit = fs.existsSync(cachedEnc) && fs.existsSync(cachedPlain);
  let writeMs: number | null = null;
  if (!cacheHit) {
    fs.mkdirSync(cacheDir, { recursive: true });
    removeStale(cacheDir, `region-${BENCH_SEED}-${size.families}f-`);
    const building = fs.mkdtempSync(path.join(cacheDir, '.building-'));
    const built = buildFiles(building, region, operator);
    writeMs = built.writeMs;
    fs.renameSync(built.plainPath, cachedPlain);
    fs.renameSync(built.encPath, cachedEnc);
    fs.rmSync(building, { recursive: true, force: true });
  }

  const encPath = path.join(workDir, 'versleuteld.casustafel');
  const plainPath = path.join(workDir, 'onversleuteld.sqlite');
  copyInto(cachedEnc, encPath);
  copyInto(cachedPlain, plainPath);
  return { region, longFamilies: longHistoryFamilies(), encPath, plainPath, cacheHit, cacheName, writeMs, generateMs };
}
