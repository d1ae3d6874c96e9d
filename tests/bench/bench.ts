/**
 * `npm run bench` — speed at regional scale, measured side by side (issues #10 and #6), never
 * asserted in tests.
 *
 * Prints a readable table (measure, result, target, ok/miss), writes bench-results/bench.json,
 * and prints as its LAST stdout line one JSON object with every figure under these stable keys
 * (times in milliseconds; a figure that could not be measured is null and the table says why):
 *
 * Bench region (cached by seed)
 *   region_families          families in the benchmark vault (synthetic region, bench size; plus
 *                              two families with 1 000 events each for the timeline render)
 *   region_cached            true when the vault and its plaintext twin came from
 *                              bench-results/cache/ (key: seed, sizes, LATEST_SCHEMA_VERSION, hash of
 *                              the generator/migrations/vault/table sources); false when built this run
 *   region_generate_ms       generating the bench region in memory (seeded; also on a cache hit)
 *   region_write_ms          writing it into the encrypted vault (one transaction, search index
 *                              included); null on a cache hit (nothing written this run)
 *
 * Encrypted vs plaintext SQLite (same library, schema, pragmas, data)
 *   unlock_runs              number of unlock measurements
 *   unlock_ms_median         open an existing vault: lock file, PBKDF2 (400 000 iterations), identity
 *   unlock_ms_p95              and version checks, connection pragmas (target ≤ 1 000 ms)
 *   kdf_iter                 PBKDF2 iterations the vault reports
 *   autosave_count           single-row autosave transactions per variant (10 000)
 *   autosave_enc_ms_p50 / autosave_enc_ms_p95 / autosave_enc_ms_p99 / autosave_enc_total_ms
 *                              (target p99 ≤ 5 ms)
 *   autosave_plain_ms_p50 / autosave_plain_ms_p95 / autosave_plain_ms_p99 / autosave_plain_total_ms
 *   autosave_ratio           encrypted / plaintext mean time, slowest 1 % of each left out (target ≤ 1.6)
 *   autosave_ratio_total     encrypted total / plaintext total (every sample, including hiccups)
 *   autosave_ratio_p50       encrypted median / plaintext median (less sensitive to fsync noise)
 *   dossier_count            loads of one family dossier per variant (1 000)
 *   dossier_enc_ms_p50 / dossier_enc_ms_p95 / dossier_enc_total_ms   (target p95 ≤ 20 ms)
 *   dossier_plain_ms_p50 / dossier_plain_ms_p95 / dossier_plain_total_ms
 *   dossier_ratio            encrypted / plaintext mean time, slowest 1 % left out (target ≤ 1.3)
 *   dossier_ratio_total      encrypted total / plaintext total
 *   dossier_ratio_p50        encrypted median / plaintext median
 *   search_count             family searches per variant, typed letter by letter ("h", "ho", "hof"…)
 *   search_enc_ms_p50 / search_enc_ms_p95 / search_plain_ms_p50 / search_plain_ms_p95
 *                              (target p95 ≤ 30 ms)
 *   search_ratio             encrypted / plaintext mean time, slowest 1 % left out
 *
 * Pure computations
 *   timeline_events          events in one family's timeline for the model measurement (1 000)
 *   timeline_model_ms_p50 / timeline_model_ms_p95   timeline model + computed signals (target ≤ 50 ms)
 *   risk_eval_count          assessments evaluated per run (1 000)
 *   risk_eval_ms_per_assessment   evaluation of one filled-in instrument (flags, judgement, blind spots)
 *
 * Main-process memory (child process running core as main does; see rssProbe.ts)
 *   rss_mb                   process.memoryUsage().rss after unlocking the bench vault, opening 20
 *                              dossiers and their timelines and typing 100 searches (target ≤ 300 MB)
 *   heap_used_mb             V8 heap in use at the same moment
 *
 * Naive store side by side (whole data set as JSON, AES-256-GCM, rewritten per save; naiveJsonStore.ts)
 *   naive_file_mb            size of the naive store's file holding the bench region
 *   naive_autosave_ms_p50 / naive_autosave_ms_p95   change one family note, save everything (fsync + rename)
 *   naive_load_ms_p50 / naive_load_ms_p95           read + decrypt + parse the file, then find one dossier
 *                              (its key already derived: the scrypt is left out, in its favour)
 *   naive_find_ms_p50        finding one dossier in the naive store's arrays once loaded
 *   autosave_vs_naive_ratio  naive_autosave_ms_p50 / autosave_enc_ms_p50 (target ≥ 100)
 *   load_vs_naive_ratio      naive_load_ms_p50 / (unlock_ms_median + dossier_enc_ms_p50): from a
 *                              closed file to the first dossier on screen; ours includes PBKDF2
 *                              (400 000 iterations), the naive figure leaves its KDF out
 *
 * Renderer budget (production build of the renderer, built fresh by the bench; rendererBudget.ts)
 *   bundle_js_kb / bundle_js_gzip_kb   all .js of the build, raw and gzipped (level 9), in KiB
 *                              (null, like the first-render keys, when the renderer does not build)
 *   bundle_css_kb / bundle_css_gzip_kb all .css of the build, raw and gzipped, in KiB
 *   dossier_first_render_runs          dossiers opened in Chromium (each a different family, from Start)
 *   dossier_first_render_ms_p50 / _p95 measure casustafel:dossier:first-render: dossier data arrived
 *                              → dossier screen committed to the DOM (target p95 ≤ 100 ms)
 *   timeline_first_render_runs         Tijdlijn tabs opened in Chromium (families with 1 000 events)
 *   timeline_first_render_ms_p50 / _p95 measure casustafel:timeline:first-render: timeline data
 *                              arrived → picture committed (target p95 ≤ 200 ms, issue #6)
 *                              (null when Chromium is not at /usr/bin/chromium or $CASUSTAFEL_CHROMIUM)
 *
 * Per-participant exports of a 10-case meeting (4 participants)
 *   export_10case_ms_p50 / export_10case_ms_p95   renderMeetingSummaries for the whole meeting
 *                              (target ≤ 3 s)
 *   export_10case_cpu_ms_p50 processor time (user + system, all threads of the process, so GC
 *                              threads can make it exceed the wall time) of one such call: on a busy
 *                              machine the wall time above waits for the CPU, this does not
 *   export_pdf_count         PDFs one call produced (one per recipient)
 *
 * A vault's life, through the handler table, in a child process without the bench's heap (lifecycleBench.ts)
 *   report_year_ms_p50 / _max  a year's report per school over the whole vault (target ≤ 2 000 ms)
 *   lock_ms_p50              vault:lock, what the chair waits for: the vault closed (target ≤ 1 000 ms at scale 10)
 *   backup_after_lock_ms_p50 the verified rotating backup that follows, from the closed file (nobody waits on it)
 *   session_unlock_ms_p50    vault:unlock through the session
 *   open_to_dossier_ms_p50   locked app → unlock, operator, search a surname, open the first dossier
 *   start_digest_ms          digest:sinceLastSession: the first page (10 families) of Start's "since your last
 *                              session", cold (target ≤ 300 ms at scale 10)
 *                              (the follow-up index brought up to date first for 20 families changed since)
 *   start_digest_next_ms     its next page
 *   start_digest_all_ms      the old way: every family's items at once, validated as the screen got them
 *   follow_up_ms             regie:followUp: Opvolging's first page (20 families), cold (target ≤ 300 ms at scale 10)
 *   follow_up_next_ms        its next page
 *   follow_up_all_ms         the old way: every open item of every family at once, validated
 *   follow_up_index_rebuild_ms  the follow-up index (migration 23) built again for every family: what the
 *                              first start after the upgrade costs, once
 *   destroy_family_ms_p50    privacy:destroy of one family (delete, the file rewritten from its live rows,
 *                              fresh backup, old backups removed)
 *
 * Scale (`npm run bench -- --scale N`)
 *   scale                    the region's multiple of the bench size (families, events, meetings)
 *   region_events / region_meetings   the region's size at that scale
 *   scales                   (only with --scale N > 1) every figure at scale 1 and at scale N
 *   growth                   (only with --scale N > 1) per timing: scale 1, scale N, factor, verdict
 *                              against the data's growth; the table is printed as well
 *   With --scale N both scales run with fewer repeats (see SCALED_REPEATS); the naive store is
 *   measured at scale 1 only.
 *
 * Conditions
 *   cpu_count                logical CPUs
 *   load_avg_1m_start / load_avg_1m_end   1-minute load average when the bench started / ended:
 *                              other work on the machine slows every wall-clock figure above
 *   bench_total_s            the bench's own running time
 *
 * Encrypted and plaintext use the same library, schema, pragmas (WAL, synchronous=FULL,
 * secure_delete) and data, in the same run, measured in alternating blocks (100 autosaves, 20
 * dossier loads) so background load affects both alike. An autosave is the real families:updateNote
 * path: one UPDATE plus its hash-chained audit entry in one transaction. Every run works on copies
 * of the cached region in a temp folder, so repeated runs measure the same data.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { Operator } from '../../shared/contract/schemas';
import { updateFamilyNote } from '../../electron/core/families/familyService';
import { writeOutsideHistory } from '../../electron/core/recordStore/writeContext';
import { loadDossier } from '../../electron/core/register/dossier';
import { searchFamilies } from '../../electron/core/recordStore/searchIndex';
import type { Region } from '../../electron/core/generator/regionGenerator';
import { createTimelineWorkload } from '../../shared/timeline/timelineWorkload';
import { timeRiskEvaluation } from '../../electron/core/assessment/riskEvaluationBench';
import { applyConnectionPragmas, readKdfIterations } from '../../electron/core/vault/sqlcipher';
import type { WritableDb } from '../../electron/core/vault/connection';
import { closeVaultFile, openVaultFile } from '../../electron/core/vault/vaultFile';
import { BENCH_PASSPHRASE, benchRegion } from './benchRegionCache';
import { chromiumAvailable, CHROMIUM_PATH, measureFirstRenders } from './firstRender';
import { NaiveJsonStore, naiveDossier, naiveUpdateNote, readAllRows } from './naiveJsonStore';
import { buildRenderer, measureBundle, type BundleSize } from './rendererBudget';
import { measureRss, RSS_PROBE_FLAG, runRssProbe } from './rssProbe';
import { measureMeetingExport } from './meetingExportBench';
import { LIFECYCLE_PROBE_FLAG, lifecycleInput, measureLifecycleApart, runLifecycleProbe } from './lifecycleBench';
import { ms, percentile, round, summarize, timeRuns, trimmedMean } from './stats';

const PASSPHRASE = BENCH_PASSPHRASE;
const OPERATOR: Operator = { name: 'Bench', organisation: 'Casustafel', role: 'meting' };
interface Repeats {
  UNLOCK_RUNS: number;
  AUTOSAVES: number;
  DOSSIER_LOADS: number;
  WARMUP: number;
  NAIVE_SAVES: number;
  NAIVE_LOADS: number;
  RENDER_RUNS: number;
  RENDER_WARMUP: number;
}
const FULL_REPEATS: Repeats = { UNLOCK_RUNS: 15, AUTOSAVES: 10_000, DOSSIER_LOADS: 1_000, WARMUP: 200, NAIVE_SAVES: 10, NAIVE_LOADS: 6, RENDER_RUNS: 25, RENDER_WARMUP: 2 };
/**
 * With --scale N both scales run with fewer repeats (still hundreds of samples for every p95/p99):
 * the naive store rewrites the whole region per save, which at ten times the region is minutes per
 * sample on a shared machine. Both scales use the same repeats, so their growth compares.
 */
const SCALED_REPEATS: Repeats = { UNLOCK_RUNS: 5, AUTOSAVES: 2_000, DOSSIER_LOADS: 300, WARMUP: 100, NAIVE_SAVES: 3, NAIVE_LOADS: 2, RENDER_RUNS: 10, RENDER_WARMUP: 1 };
let R: Repeats = FULL_REPEATS;
const RSS_DOSSIERS = 20;
const RSS_SEARCHES = 100;

interface Samples {
  sorted: number[];
  total: number;
}

/**
 * Runs the encrypted and the plaintext variant in alternating blocks, so background load on the
 * machine (other processes, CPU frequency) hits both alike instead of whichever ran second.
 */
function alternate(count: number, block: number, enc: (i: number) => void, plain: (i: number) => void): { enc: Samples; plain: Samples } {
  const samples = { enc: [] as number[], plain: [] as number[] };
  const totals = { enc: 0, plain: 0 };
  for (let done = 0; done < count; done += block) {
    const n = Math.min(block, count - done);
    for (const [variant, work] of [['enc', enc], ['plain', plain]] as const) {
      const blockStart = process.hrtime.bigint();
      for (let i = done; i < done + n; i += 1) {
        const start = process.hrtime.bigint();
        work(i);
        samples[variant].push(ms(start));
      }
      totals[variant] += ms(blockStart);
    }
  }
  return {
    enc: { sorted: samples.enc.sort((a, b) => a - b), total: totals.enc },
    plain: { sorted: samples.plain.sort((a, b) => a - b), total: totals.plain },
  };
}

function autosaveOn(db: WritableDb, familyId: string, label: string) {
  return (i: number) =>
    updateFamilyNote(writeOutsideHistory(db, OPERATOR, new Date()), familyId, `Notitie ${label}: gesprek met school, versie ${i}. `.repeat(4));
}

/**
 * What a chair types into the search box, one keystroke at a time: children's first names,
 * surnames, schools and professionals, each as every prefix from one letter to the whole word.
 */
function typedQueries(region: Region): string[] {
  const words: string[] = [];
  for (let i = 0; i < 40; i += 1) {
    const family = region.families[(i * 97) % region.families.length]!;
    const child = family.members.find((m) => m.role === 'kind');
    if (child) words.push(child.givenName);
    words.push(family.displayName.replace('Gezin ', ''));
    words.push(region.organisations[(i * 7) % region.organisations.length]!.name.split(' ').at(-1)!);
    words.push(region.professionals[(i * 13) % region.professionals.length]!.name);
  }
  return words.flatMap((w) => Array.from({ length: w.length }, (_, n) => w.slice(0, n + 1)));
}

function measure(enc: WritableDb, plain: WritableDb, familyId: string) {
  for (let i = 0; i < R.WARMUP; i += 1) {
    autosaveOn(enc, familyId, 'opwarmen')(i);
    autosaveOn(plain, familyId, 'opwarmen')(i);
    loadDossier(enc, familyId);
    loadDossier(plain, familyId);
  }
  const autosave = alternate(R.AUTOSAVES, 100, autosaveOn(enc, familyId, 'versleuteld'), autosaveOn(plain, familyId, 'onversleuteld'));
  const dossier = alternate(
    R.DOSSIER_LOADS,
    20,
    () => loadDossier(enc, familyId),
    () => loadDossier(plain, familyId),
  );
  return {
    encResult: { autosave: autosave.enc, dossier: dossier.enc },
    plainResult: { autosave: autosave.plain, dossier: dossier.plain },
  };
}

/** The naive JSON + AES-GCM store over the same region (read from the pristine plaintext twin). */
function measureNaive(plainPath: string, workDir: string, familyId: string) {
  const source = new Database(plainPath, { readonly: true });
  const data = readAllRows(source);
  source.close();
  const file = path.join(workDir, 'naief.json.enc');
  const kdfStart = process.hrtime.bigint();
  const store = new NaiveJsonStore(file, PASSPHRASE);
  const kdfMs = ms(kdfStart);
  store.save(data);
  const fileMb = fs.statSync(file).size / 2 ** 20;
  const saves = timeRuns(R.NAIVE_SAVES, (i) => naiveUpdateNote(store, data, familyId, `Notitie naïef: gesprek met school, versie ${i}. `.repeat(4), new Date()), 2);
  const loads = timeRuns(R.NAIVE_LOADS, () => naiveDossier(store.load(), familyId), 1);
  const finds = timeRuns(200, () => naiveDossier(data, familyId), 20);
  return { fileMb, kdfMs, saves, loads, finds };
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
const kib = (bytes: number | undefined) => (bytes === undefined ? null : round(bytes / 1024, 1));

type Check = 'ok' | 'miss' | '';
const judge = (value: number | null, pass: (v: number) => boolean): Check => (value === null || Number.isNaN(value) ? '' : pass(value) ? 'ok' : 'miss');
const show = (value: number | null, unit = ' ms') => (value === null ? '—' : `${value}${unit}`);
/** How many times `a` takes `b`, for the old way next to the new; null when either is missing. */
const ratio = (a: number | null, b: number | null) => (a === null || b === null || b <= 0 ? null : round(a / b, 1));

interface ScaleEnv {
  scale: number;
  repoRoot: string;
  resultsDir: string;
  workDir: string;
  benchStart: bigint;
  loadStart: number;
  log: (line: string) => void;
  step: (line: string) => void;
  /** The renderer build, made once for every scale (null with a note when it failed). */
  renderer: { dir: string; bundle: BundleSize } | null;
  rendererNote: string | null;
}

type Figures = Record<string, number | boolean | null>;

/** Every measurement over the region at one scale; prints its table and returns the figures. */
async function runScale(env: ScaleEnv): Promise<Figures> {
  const { scale, repoRoot, resultsDir, benchStart, loadStart, log, step } = env;
  const workDir = fs.mkdtempSync(path.join(env.workDir, `schaal-${scale}-`));
  const notes: string[] = env.rendererNote === null ? [] : [env.rendererNote];
  {
    step(`Schaal ${scale}: benchregio ophalen of bouwen…`);
    const bench = benchRegion(repoRoot, path.join(resultsDir, 'cache'), workDir, OPERATOR, scale);
    const { region, encPath, plainPath } = bench;
    step(
      bench.cacheHit
        ? `Benchregio uit de cache: bench-results/cache/${bench.cacheName} (kopie in een tijdelijke map)`
        : `Benchregio gebouwd en in de cache gezet: bench-results/cache/${bench.cacheName} (${round(bench.writeMs ?? 0, 0)} ms wegschrijven)`,
    );
    const familyId = region.families[0]!.id;
    const now = () => new Date();

    // The naive store reads the twin before anything below writes to it (pristine region data).
    step('Naïeve opslag (JSON + AES-256-GCM) meten…');
    // Above scale 1 the naive store's single JSON document outgrows what one JavaScript string may
    // hold (60 MB at scale 1, 600 MB at ten times): it is measured at scale 1 only, and says so.
    const naive = scale === 1 ? measureNaive(plainPath, workDir, familyId) : null;
    if (naive === null) notes.push('Naïeve opslag alleen op schaal 1 gemeten: één JSON-document van de hele regio past hier niet meer in één string.');

    const unlockSamples: number[] = [];
    let kdfIter = 0;
    for (let i = 0; i < R.UNLOCK_RUNS; i += 1) {
      const start = process.hrtime.bigint();
      const vault = openVaultFile(encPath, PASSPHRASE, { now });
      unlockSamples.push(ms(start));
      kdfIter = readKdfIterations(vault.db);
      closeVaultFile(vault);
    }
    unlockSamples.sort((a, b) => a - b);

    step('Versleuteld naast onversleuteld meten…');
    const enc = openVaultFile(encPath, PASSPHRASE, { now });
    const plain = new Database(plainPath);
    applyConnectionPragmas(plain);
    const { encResult, plainResult } = measure(enc.db, plain, familyId);
    const queries = typedQueries(region);
    const search = alternate(
      queries.length,
      20,
      (i) => searchFamilies(enc.db, queries[i]!, 20),
      (i) => searchFamilies(plain, queries[i]!, 20),
    );
    closeVaultFile(enc);
    plain.close();

    const TIMELINE_EVENTS = 1000;
    const workload = createTimelineWorkload(TIMELINE_EVENTS);
    const timelineSamples = timeRuns(50, () => workload.run(), 5);
    timeRiskEvaluation(200);
    const risk = timeRiskEvaluation(1000);

    step('Geheugen van het hoofdproces meten (apart proces)…');
    let rss: { rssMb: number; heapUsedMb: number } | null = null;
    try {
      rss = measureRss(path.join(repoRoot, 'dist', 'bench', 'bench.cjs'), workDir, {
        vaultPath: encPath,
        passphrase: PASSPHRASE,
        operator: OPERATOR,
        familyIds: [...region.families.slice(0, RSS_DOSSIERS - bench.longFamilies.length).map((f) => f.id), ...bench.longFamilies.map((f) => f.id)],
        queries: queries.slice(0, RSS_SEARCHES),
      });
    } catch (error) {
      notes.push(`Geheugen niet gemeten: ${firstLine(error)}`);
    }

    const bundle = env.renderer?.bundle ?? null;
    const rendererDir = env.renderer?.dir ?? '';
    let renders: { dossierMs: number[]; timelineMs: number[] } | null = null;
    if (bundle === null) {
      // Nothing to serve: noted above.
    } else if (!chromiumAvailable()) {
      notes.push(`Eerste weergave in Chromium overgeslagen: ${CHROMIUM_PATH} bestaat niet (zet CASUSTAFEL_CHROMIUM).`);
    } else {
      try {
        step('Eerste weergave in Chromium meten (dossier en tijdlijn)…');
        const result = await measureFirstRenders({
          rendererDir,
          vaultPath: encPath,
          passphrase: PASSPHRASE,
          operator: OPERATOR,
          dossierQueries: ['Bakker', 'Visser'],
          longFamilies: bench.longFamilies,
          workDir,
          runs: R.RENDER_RUNS,
          warmup: R.RENDER_WARMUP,
        });
        renders = { dossierMs: result.dossierMs.sort((a, b) => a - b), timelineMs: result.timelineMs.sort((a, b) => a - b) };
        for (const problem of result.problems) notes.push(`Chromium meldde: ${problem}`);
      } catch (error) {
        notes.push(`Eerste weergave in Chromium mislukt: ${firstLine(error)}`);
      }
    }

    step('Export per deelnemer van een overleg met 10 casussen meten…');
    const meetingExport = await measureMeetingExport(encPath, PASSPHRASE, OPERATOR, region);
    if (meetingExport.note) notes.push(meetingExport.note);

    step('Rapportage, vergrendelen, ontgrendelen, openen tot dossier en vernietigen meten…');
    const lifecycle = measureLifecycleApart(path.join(repoRoot, 'dist', 'bench', 'bench.cjs'), workDir, lifecycleInput(encPath, PASSPHRASE, OPERATOR, region));

    const dossierRender = renders ? summarize(renders.dossierMs, 1) : null;
    const timelineRender = renders ? summarize(renders.timelineMs, 1) : null;
    const naiveSave = naive === null ? null : summarize(naive.saves, 1);
    const naiveLoad = naive === null ? null : summarize(naive.loads, 1);
    const autosaveEncP50 = percentile(encResult.autosave.sorted, 0.5);
    const unlockMedian = percentile(unlockSamples, 0.5);
    const dossierEncP50 = percentile(encResult.dossier.sorted, 0.5);

    const figures = {
      scale,
      region_families: region.families.length,
      region_events: region.events.length,
      region_meetings: region.meetings.length,
      region_cached: bench.cacheHit,
      region_generate_ms: round(bench.generateMs, 1),
      region_write_ms: bench.writeMs === null ? null : round(bench.writeMs, 1),
      unlock_runs: R.UNLOCK_RUNS,
      unlock_ms_median: round(unlockMedian, 1),
      unlock_ms_p95: round(percentile(unlockSamples, 0.95), 1),
      kdf_iter: kdfIter,
      autosave_count: R.AUTOSAVES,
      autosave_enc_ms_p50: round(autosaveEncP50),
      autosave_enc_ms_p95: round(percentile(encResult.autosave.sorted, 0.95)),
      autosave_enc_ms_p99: round(percentile(encResult.autosave.sorted, 0.99)),
      autosave_enc_total_ms: round(encResult.autosave.total, 1),
      autosave_plain_ms_p50: round(percentile(plainResult.autosave.sorted, 0.5)),
      autosave_plain_ms_p95: round(percentile(plainResult.autosave.sorted, 0.95)),
      autosave_plain_ms_p99: round(percentile(plainResult.autosave.sorted, 0.99)),
      autosave_plain_total_ms: round(plainResult.autosave.total, 1),
      autosave_ratio: round(trimmedMean(encResult.autosave.sorted) / trimmedMean(plainResult.autosave.sorted), 2),
      autosave_ratio_total: round(encResult.autosave.total / plainResult.autosave.total, 2),
      autosave_ratio_p50: round(autosaveEncP50 / percentile(plainResult.autosave.sorted, 0.5), 2),
      dossier_count: R.DOSSIER_LOADS,
      dossier_enc_ms_p50: round(dossierEncP50),
      dossier_enc_ms_p95: round(percentile(encResult.dossier.sorted, 0.95)),
      dossier_enc_total_ms: round(encResult.dossier.total, 1),
      dossier_plain_ms_p50: round(percentile(plainResult.dossier.sorted, 0.5)),
      dossier_plain_ms_p95: round(percentile(plainResult.dossier.sorted, 0.95)),
      dossier_plain_total_ms: round(plainResult.dossier.total, 1),
      dossier_ratio: round(trimmedMean(encResult.dossier.sorted) / trimmedMean(plainResult.dossier.sorted), 2),
      dossier_ratio_total: round(encResult.dossier.total / plainResult.dossier.total, 2),
      dossier_ratio_p50: round(dossierEncP50 / percentile(plainResult.dossier.sorted, 0.5), 2),
      search_count: queries.length,
      search_enc_ms_p50: round(percentile(search.enc.sorted, 0.5)),
      search_enc_ms_p95: round(percentile(search.enc.sorted, 0.95)),
      search_plain_ms_p50: round(percentile(search.plain.sorted, 0.5)),
      search_plain_ms_p95: round(percentile(search.plain.sorted, 0.95)),
      search_ratio: round(trimmedMean(search.enc.sorted) / trimmedMean(search.plain.sorted), 2),
      timeline_events: TIMELINE_EVENTS,
      timeline_model_ms_p50: round(percentile(timelineSamples, 0.5)),
      timeline_model_ms_p95: round(percentile(timelineSamples, 0.95)),
      risk_eval_count: risk.count,
      risk_eval_ms_per_assessment: round(risk.perAssessmentMs, 4),
      rss_mb: rss === null ? null : round(rss.rssMb, 1),
      heap_used_mb: rss === null ? null : round(rss.heapUsedMb, 1),
      naive_file_mb: naive === null ? null : round(naive.fileMb, 1),
      naive_autosave_ms_p50: naiveSave?.p50 ?? null,
      naive_autosave_ms_p95: naiveSave?.p95 ?? null,
      naive_load_ms_p50: naiveLoad?.p50 ?? null,
      naive_load_ms_p95: naiveLoad?.p95 ?? null,
      naive_find_ms_p50: naive === null ? null : round(percentile(naive.finds, 0.5)),
      autosave_vs_naive_ratio: naive === null ? null : round(percentile(naive.saves, 0.5) / autosaveEncP50, 0),
      load_vs_naive_ratio: naive === null ? null : round(percentile(naive.loads, 0.5) / (unlockMedian + dossierEncP50), 2),
      bundle_js_kb: kib(bundle?.jsBytes),
      bundle_js_gzip_kb: kib(bundle?.jsGzipBytes),
      bundle_css_kb: kib(bundle?.cssBytes),
      bundle_css_gzip_kb: kib(bundle?.cssGzipBytes),
      dossier_first_render_runs: renders ? renders.dossierMs.length : null,
      dossier_first_render_ms_p50: dossierRender?.p50 ?? null,
      dossier_first_render_ms_p95: dossierRender?.p95 ?? null,
      timeline_first_render_runs: renders ? renders.timelineMs.length : null,
      timeline_first_render_ms_p50: timelineRender?.p50 ?? null,
      timeline_first_render_ms_p95: timelineRender?.p95 ?? null,
      export_10case_ms_p50: meetingExport.p50,
      export_10case_ms_p95: meetingExport.p95,
      export_10case_cpu_ms_p50: meetingExport.cpuP50,
      export_pdf_count: meetingExport.pdfCount,
      ...lifecycle,
      cpu_count: os.cpus().length,
      load_avg_1m_start: round(loadStart, 2),
      load_avg_1m_end: round(os.loadavg()[0]!, 2),
      bench_total_s: round(ms(benchStart) / 1000, 1),
    };
    const f = figures;

    const rows: [string, string, string, Check][] = [
      ['Benchregio', `${f.region_families} gezinnen, ${f.region_cached ? 'uit de cache' : 'gebouwd'}`, '', ''],
      ['Regio genereren / wegschrijven', `${f.region_generate_ms} / ${show(f.region_write_ms)}`, '', ''],
      ['Ontgrendelen (mediaan / p95)', `${f.unlock_ms_median} / ${f.unlock_ms_p95} ms`, '≤ 1000 ms', judge(f.unlock_ms_median, (v) => v <= 1000)],
      ['Autosave versleuteld p50/p95/p99', `${f.autosave_enc_ms_p50} / ${f.autosave_enc_ms_p95} / ${f.autosave_enc_ms_p99} ms`, 'p99 ≤ 5 ms', judge(f.autosave_enc_ms_p99, (v) => v <= 5)],
      ['Autosave onversleuteld p50/p95/p99', `${f.autosave_plain_ms_p50} / ${f.autosave_plain_ms_p95} / ${f.autosave_plain_ms_p99} ms`, '', ''],
      [`Autosave totaal (${R.AUTOSAVES}×)`, `${f.autosave_enc_total_ms} / ${f.autosave_plain_total_ms} ms = ${f.autosave_ratio_total}`, '', ''],
      ['Autosave verhouding (gemiddelde / mediaan)', `${f.autosave_ratio} / ${f.autosave_ratio_p50}`, '≤ 1.6', judge(f.autosave_ratio, (v) => v <= 1.6)],
      ['Dossier laden versleuteld p50/p95', `${f.dossier_enc_ms_p50} / ${f.dossier_enc_ms_p95} ms`, 'p95 ≤ 20 ms', judge(f.dossier_enc_ms_p95, (v) => v <= 20)],
      ['Dossier laden onversleuteld p50/p95', `${f.dossier_plain_ms_p50} / ${f.dossier_plain_ms_p95} ms`, '', ''],
      [`Dossier totaal (${R.DOSSIER_LOADS}×)`, `${f.dossier_enc_total_ms} / ${f.dossier_plain_total_ms} ms = ${f.dossier_ratio_total}`, '', ''],
      ['Dossier verhouding (gemiddelde / mediaan)', `${f.dossier_ratio} / ${f.dossier_ratio_p50}`, '≤ 1.3', judge(f.dossier_ratio, (v) => v <= 1.3)],
      [`Zoeken versleuteld p50/p95 (${queries.length} toetsaanslagen)`, `${f.search_enc_ms_p50} / ${f.search_enc_ms_p95} ms`, 'p95 ≤ 30 ms', judge(f.search_enc_ms_p95, (v) => v <= 30)],
      ['Zoeken onversleuteld p50/p95', `${f.search_plain_ms_p50} / ${f.search_plain_ms_p95} ms`, '', ''],
      ['Zoeken verhouding', `${f.search_ratio}`, '', ''],
      [`Tijdlijnmodel + signalen (${TIMELINE_EVENTS} gebeurtenissen) p50/p95`, `${f.timeline_model_ms_p50} / ${f.timeline_model_ms_p95} ms`, '≤ 50 ms', judge(f.timeline_model_ms_p95, (v) => v <= 50)],
      [`Risico-evaluatie per taxatie (${risk.count}×)`, `${f.risk_eval_ms_per_assessment} ms`, '', ''],
      ['Geheugen hoofdproces (RSS / heap)', `${show(f.rss_mb, '')} / ${show(f.heap_used_mb, ' MB')}`, 'RSS ≤ 300 MB', judge(f.rss_mb, (v) => v <= 300)],
      ['Naïef: bestand', show(f.naive_file_mb, ' MB'), '', ''],
      [`Naïef: autosave p50/p95 (${R.NAIVE_SAVES}×)`, `${show(f.naive_autosave_ms_p50, '')} / ${show(f.naive_autosave_ms_p95)}`, '', ''],
      [`Naïef: laden + dossier p50/p95 (${R.NAIVE_LOADS}×)`, `${show(f.naive_load_ms_p50, '')} / ${show(f.naive_load_ms_p95)}`, '', ''],
      ['Naïef: dossier zoeken in geheugen p50', show(f.naive_find_ms_p50), '', ''],
      ['Autosave: naïef / onze (mediaan)', show(f.autosave_vs_naive_ratio, '×'), '≥ 100×', judge(f.autosave_vs_naive_ratio, (v) => v >= 100)],
      ['Openen tot eerste dossier: naïef / onze', show(f.load_vs_naive_ratio, '×'), '', ''],
      ['Bundel JS (ruw / gzip)', `${show(f.bundle_js_kb, '')} / ${show(f.bundle_js_gzip_kb, ' KiB')}`, '', ''],
      ['Bundel CSS (ruw / gzip)', `${show(f.bundle_css_kb, '')} / ${show(f.bundle_css_gzip_kb, ' KiB')}`, '', ''],
      [`Eerste weergave dossier in Chromium p50/p95 (${f.dossier_first_render_runs ?? 0}×)`, `${show(f.dossier_first_render_ms_p50, '')} / ${show(f.dossier_first_render_ms_p95)}`, 'p95 ≤ 100 ms', judge(f.dossier_first_render_ms_p95, (v) => v <= 100)],
      [`Eerste weergave tijdlijn (1000) in Chromium p50/p95 (${f.timeline_first_render_runs ?? 0}×)`, `${show(f.timeline_first_render_ms_p50, '')} / ${show(f.timeline_first_render_ms_p95)}`, 'p95 ≤ 200 ms', judge(f.timeline_first_render_ms_p95, (v) => v <= 200)],
      [`Export per deelnemer, 10 casussen (${f.export_pdf_count ?? 0} pdf's) p50/p95`, `${show(f.export_10case_ms_p50, '')} / ${show(f.export_10case_ms_p95)}`, '≤ 3000 ms', judge(f.export_10case_ms_p95, (v) => v <= 3000)],
      ['Export per deelnemer: processortijd p50', show(f.export_10case_cpu_ms_p50), '', ''],
      ['Rapportage over een jaar, per school (p50 / max)', `${f.report_year_ms_p50} / ${f.report_year_ms_max} ms`, '≤ 2000 ms', judge(f.report_year_ms_max, (v) => v <= 2000)],
      ['Vergrendelen: de kluis dicht (p50)', `${f.lock_ms_p50} ms`, '≤ 1000 ms', judge(f.lock_ms_p50, (v) => v <= 1000)],
      ['Reservekopie na het vergrendelen, van het gesloten bestand (p50)', `${f.backup_after_lock_ms_p50} ms`, '', ''],
      ['Ontgrendelen via de sessie (p50)', `${f.session_unlock_ms_p50} ms`, '', ''],
      ['Openen tot eerste dossier (p50)', `${f.open_to_dossier_ms_p50} ms`, '', ''],
      ['Start: sinds je laatste sessie, eerste pagina / volgende', `${f.start_digest_ms} / ${f.start_digest_next_ms} ms`, '≤ 300 ms', judge(f.start_digest_ms, (v) => v <= 300)],
      ['Start: alles ineens (oude manier) / eerste pagina', `${f.start_digest_all_ms} ms = ${show(ratio(f.start_digest_all_ms, f.start_digest_ms), '×')}`, '', ''],
      ['Opvolging: eerste pagina / volgende', `${f.follow_up_ms} / ${f.follow_up_next_ms} ms`, '≤ 300 ms', judge(f.follow_up_ms, (v) => v <= 300)],
      ['Opvolging: alles ineens (oude manier) / eerste pagina', `${f.follow_up_all_ms} ms = ${show(ratio(f.follow_up_all_ms, f.follow_up_ms), '×')}`, '', ''],
      ['Opvolgindex opnieuw opbouwen (eenmalig na de upgrade)', `${f.follow_up_index_rebuild_ms} ms`, '', ''],
      ['Eén gezin vernietigen (bestand herschreven, reservekopie, p50)', `${f.destroy_family_ms_p50} ms`, '', ''],
      ['Belasting van de machine (1 min, begin / eind)', `${f.load_avg_1m_start} / ${f.load_avg_1m_end} op ${f.cpu_count} kernen`, '', ''],
    ];
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(...rows.map((r) => r[1].length));
    const w2 = Math.max(4, ...rows.map((r) => r[2].length));
    log('');
    log(`Casustafel bench, schaal ${scale} — ${region.families.length} gezinnen, ${region.events.length} gebeurtenissen, ${region.meetings.length} overleggen, PBKDF2 ${kdfIter} iteraties, ${os.cpus().length} kernen`);
    log(`${'meting'.padEnd(w0)}  ${'resultaat'.padEnd(w1)}  ${'doel'.padEnd(w2)}  oordeel`);
    for (const [a, b, c, d] of rows) log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c.padEnd(w2)}  ${d}`.trimEnd());
    for (const note of notes) log(`Let op: ${note}`);
    log(`Duur tot hier: ${f.bench_total_s} s`);
    return figures;
  }
}

/** Timings compared between scales; counts and conditions are left out. */
const GROWTH_KEYS = [
  'unlock_ms_median',
  'autosave_enc_ms_p99',
  'dossier_enc_ms_p95',
  'search_enc_ms_p95',
  'rss_mb',
  'naive_autosave_ms_p50',
  'naive_load_ms_p50',
  'dossier_first_render_ms_p95',
  'timeline_first_render_ms_p95',
  'export_10case_ms_p50',
  'report_year_ms_p50',
  'lock_ms_p50',
  'backup_after_lock_ms_p50',
  'session_unlock_ms_p50',
  'open_to_dossier_ms_p50',
  'start_digest_ms',
  'start_digest_next_ms',
  'start_digest_all_ms',
  'follow_up_ms',
  'follow_up_next_ms',
  'follow_up_all_ms',
  'follow_up_index_rebuild_ms',
  'destroy_family_ms_p50',
] as const;

/**
 * How each figure grows from the smallest to the largest scale, against how the data grew:
 * "vlak" (under 2×), "trager dan de data", "met de data", or "sneller dan de data" (more than 1.25×
 * the data's growth: a cost per family that itself grows with the number of families).
 */
function growth(small: Figures, large: Figures, dataFactor: number): Record<string, { from: number | null; to: number | null; factor: number | null; verdict: string }> {
  const out: Record<string, { from: number | null; to: number | null; factor: number | null; verdict: string }> = {};
  for (const key of GROWTH_KEYS) {
    const a = typeof small[key] === 'number' ? (small[key] as number) : null;
    const b = typeof large[key] === 'number' ? (large[key] as number) : null;
    const factor = a === null || b === null || a <= 0 ? null : round(b / a, 2);
    const verdict =
      factor === null ? 'niet gemeten' : factor < 2 ? 'vlak' : factor > dataFactor * 1.25 ? 'sneller dan de data' : factor >= dataFactor * 0.75 ? 'met de data' : 'trager dan de data';
    out[key] = { from: a, to: b, factor, verdict };
  }
  return out;
}

function scaleArgument(argv: readonly string[]): number {
  const at = argv.indexOf('--scale');
  if (at === -1) return 1;
  const value = Number(argv[at + 1]);
  if (!Number.isInteger(value) || value < 1 || value > 20) throw new Error('--scale is een geheel getal van 1 tot en met 20');
  return value;
}

async function main(): Promise<void> {
  if (process.argv[2] === RSS_PROBE_FLAG) {
    await runRssProbe(process.argv[3]!);
    return;
  }
  if (process.argv[2] === LIFECYCLE_PROBE_FLAG) {
    await runLifecycleProbe(process.argv[3]!);
    return;
  }
  const scale = scaleArgument(process.argv);
  const benchStart = process.hrtime.bigint();
  const loadStart = os.loadavg()[0]!;
  const repoRoot = path.resolve(__dirname, '../..');
  const resultsDir = path.join(repoRoot, 'bench-results');
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casustafel-bench-'));
  const log = (line: string) => process.stdout.write(`${line}\n`);
  /** Progress lines carry the time since the start, so a slow phase shows itself. */
  const step = (line: string) => log(`[${round(ms(benchStart) / 1000, 1)} s] ${line}`);
  try {
    step('Renderer bouwen (één keer voor alle schalen)…');
    const rendererDir = path.join(workDir, 'renderer');
    let renderer: ScaleEnv['renderer'] = null;
    let rendererNote: string | null = null;
    try {
      renderer = { dir: rendererDir, bundle: measureBundle(rendererDir, buildRenderer(repoRoot, rendererDir)) };
    } catch (error) {
      rendererNote = `Renderer niet gebouwd, bundel en eerste weergave niet gemeten: ${firstLine(error)}`;
    }
    // A larger scale is always measured next to scale 1 in the same run, so the growth compares
    // like with like (same machine, same load, same build).
    const scales = scale === 1 ? [1] : [1, scale];
    R = scale === 1 ? FULL_REPEATS : SCALED_REPEATS;
    const results: Record<string, Figures> = {};
    for (const s of scales) {
      results[String(s)] = await runScale({ scale: s, repoRoot, resultsDir, workDir, benchStart, loadStart, log, step, renderer, rendererNote });
    }
    const largest = results[String(scale)]!;
    const output: Record<string, unknown> = { ...largest };
    if (scale > 1) {
      const small = results['1']!;
      const dataFactor = (largest.region_events as number) / (small.region_events as number);
      const table = growth(small, largest, dataFactor);
      output.scales = results;
      output.growth = table;
      log('');
      log(`Groei van schaal 1 naar schaal ${scale} (de data groeide ${round(dataFactor, 1)}×)`);
      const w = Math.max(...GROWTH_KEYS.map((k) => k.length));
      log(`${'meting'.padEnd(w)}  ${'schaal 1'.padStart(10)}  ${`schaal ${scale}`.padStart(10)}  ${'factor'.padStart(7)}  oordeel`);
      for (const key of GROWTH_KEYS) {
        const g = table[key]!;
        log(`${key.padEnd(w)}  ${String(g.from ?? '—').padStart(10)}  ${String(g.to ?? '—').padStart(10)}  ${String(g.factor ?? '—').padStart(7)}  ${g.verdict}`);
      }
    }
    output.bench_total_s = round(ms(benchStart) / 1000, 1);
    log(`Duur van de bench: ${String(output.bench_total_s)} s`);
    fs.mkdirSync(resultsDir, { recursive: true });
    fs.writeFileSync(path.join(resultsDir, scale === 1 ? 'bench.json' : `bench-scale${scale}.json`), `${JSON.stringify(output, null, 2)}\n`);
    log(JSON.stringify(output));
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
