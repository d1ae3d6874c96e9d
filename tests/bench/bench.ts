/**
 * `npm run bench` — vault performance, measured (never asserted in tests).
 *
 * Prints a readable table, writes bench-results/bench.json, and prints as its LAST stdout line one
 * JSON object with every figure under these stable keys (times in milliseconds):
 *
 *   unlock_runs              number of unlock measurements
 *   unlock_ms_median         open an existing vault: lock file, PBKDF2 (256 000 iterations), identity
 *   unlock_ms_p95              and version checks, connection pragmas (target 150–1 000 ms)
 *   kdf_iter                 PBKDF2 iterations the vault reports
 *   autosave_count           single-row autosave transactions per variant (10 000)
 *   autosave_enc_ms_p50 / autosave_enc_ms_p95 / autosave_enc_ms_p99 / autosave_enc_total_ms
 *   autosave_plain_ms_p50 / autosave_plain_ms_p95 / autosave_plain_ms_p99 / autosave_plain_total_ms
 *   autosave_ratio           encrypted / plaintext mean time, slowest 1 % of each left out (target ≤ 1.6)
 *   autosave_ratio_total     encrypted total / plaintext total (every sample, including hiccups)
 *   autosave_ratio_p50       encrypted median / plaintext median (less sensitive to fsync noise)
 *   dossier_count            loads of one family dossier per variant (1 000)
 *   dossier_enc_ms_p50 / dossier_enc_ms_p95 / dossier_enc_total_ms
 *   dossier_plain_ms_p50 / dossier_plain_ms_p95 / dossier_plain_total_ms
 *   dossier_ratio            encrypted / plaintext mean time, slowest 1 % left out (target ≤ 1.3)
 *   dossier_ratio_total      encrypted total / plaintext total
 *   dossier_ratio_p50        encrypted median / plaintext median
 *   region_families          families in the benchmark vault (synthetic region, bench size)
 *   region_generate_ms       generating the bench region in memory (seeded)
 *   region_write_ms          writing it into the encrypted vault (one transaction, search index included)
 *   search_count             family searches per variant, typed letter by letter ("h", "ho", "hof"…)
 *   search_enc_ms_p50 / search_enc_ms_p95 / search_plain_ms_p50 / search_plain_ms_p95
 *   search_ratio             encrypted / plaintext mean time, slowest 1 % left out (target p95 ≤ 30 ms)
 *   timeline_events          events in one family's timeline for the model measurement (1 000)
 *   timeline_model_ms_p50 / timeline_model_ms_p95   timeline model + computed signals (target ≤ 50 ms)
 *   risk_eval_count          assessments evaluated per run (1 000)
 *   risk_eval_ms_per_assessment   evaluation of one filled-in instrument (flags, judgement, blind spots)
 *
 * Encrypted and plaintext use the same library, schema, pragmas (WAL, synchronous=FULL,
 * secure_delete) and data, in the same run, measured in alternating blocks (100 autosaves, 20
 * dossier loads) so background load affects both alike. An autosave is the real families:updateNote path:
 * one UPDATE plus its hash-chained audit entry in one transaction.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { Operator } from '../../shared/contract/schemas';
import { updateFamilyNote } from '../../electron/core/families/familyRepository';
import { generateRegion, REGION_SIZES } from '../../electron/core/generator/regionGenerator';
import { writeRegion } from '../../electron/core/generator/writeRegion';
import { runMigrations } from '../../electron/core/migrations/index';
import { loadDossier } from '../../electron/core/register/dossier';
import { searchFamilies } from '../../electron/core/register/searchIndex';
import type { Region } from '../../electron/core/generator/regionGenerator';
import { createTimelineWorkload } from '../../shared/timeline/timelineWorkload';
import { timeRiskEvaluation } from '../../electron/core/assessment/riskEvaluationBench';
import { applyConnectionPragmas, readKdfIterations, type Db } from '../../electron/core/vault/sqlcipher';
import { closeVaultFile, createVaultFile, openVaultFile } from '../../electron/core/vault/vaultFile';

const PASSPHRASE = 'bankstel zeilboot lantaarnpaal hagelslag';
const OPERATOR: Operator = { name: 'Bench', organisation: 'Casustafel', role: 'meting' };
const UNLOCK_RUNS = 15;
const AUTOSAVES = 10_000;
const DOSSIER_LOADS = 1_000;
const WARMUP = 200;

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index]!;
}

/** Mean without the slowest `drop` fraction: one scheduler hiccup must not decide a ratio. */
function trimmedMean(sorted: number[], drop = 0.01): number {
  const kept = sorted.slice(0, Math.max(1, Math.floor(sorted.length * (1 - drop))));
  return kept.reduce((a, b) => a + b, 0) / kept.length;
}

function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

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

function autosaveOn(db: Db, familyId: string, label: string) {
  return (i: number) =>
    updateFamilyNote(db, OPERATOR, familyId, `Notitie ${label}: gesprek met school, versie ${i}. `.repeat(4), new Date());
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

function measure(enc: Db, plain: Db, familyId: string) {
  for (let i = 0; i < WARMUP; i += 1) {
    autosaveOn(enc, familyId, 'opwarmen')(i);
    autosaveOn(plain, familyId, 'opwarmen')(i);
    loadDossier(enc, familyId);
    loadDossier(plain, familyId);
  }
  const autosave = alternate(AUTOSAVES, 100, autosaveOn(enc, familyId, 'versleuteld'), autosaveOn(plain, familyId, 'onversleuteld'));
  const dossier = alternate(
    DOSSIER_LOADS,
    20,
    () => loadDossier(enc, familyId),
    () => loadDossier(plain, familyId),
  );
  return {
    encResult: { autosave: autosave.enc, dossier: dossier.enc },
    plainResult: { autosave: autosave.plain, dossier: dossier.plain },
  };
}

function main(): void {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casustafel-bench-'));
  try {
    const generateStart = process.hrtime.bigint();
    const region = generateRegion(REGION_SIZES.bench);
    const regionGenerateMs = ms(generateStart);
    const familyId = region.families[0]!.id;
    const now = () => new Date();

    // Encrypted vault with the region.
    const encPath = path.join(workDir, 'versleuteld.casustafel');
    const created = createVaultFile(encPath, PASSPHRASE, { now });
    const writeStart = process.hrtime.bigint();
    writeRegion(created.db, region, OPERATOR, new Date());
    const regionWriteMs = ms(writeStart);
    closeVaultFile(created);

    // Plaintext twin: same library, schema, pragmas, data.
    const plainPath = path.join(workDir, 'onversleuteld.sqlite');
    const plain = new Database(plainPath);
    applyConnectionPragmas(plain);
    runMigrations(plain, now);
    writeRegion(plain, region, OPERATOR, new Date());

    const unlockSamples: number[] = [];
    let kdfIter = 0;
    for (let i = 0; i < UNLOCK_RUNS; i += 1) {
      const start = process.hrtime.bigint();
      const vault = openVaultFile(encPath, PASSPHRASE, { now });
      unlockSamples.push(ms(start));
      kdfIter = readKdfIterations(vault.db);
      closeVaultFile(vault);
    }
    unlockSamples.sort((a, b) => a - b);

    const enc = openVaultFile(encPath, PASSPHRASE, { now });
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
    for (let i = 0; i < 5; i += 1) workload.run();
    const timelineSamples: number[] = [];
    for (let i = 0; i < 50; i += 1) {
      const start = process.hrtime.bigint();
      workload.run();
      timelineSamples.push(ms(start));
    }
    timelineSamples.sort((a, b) => a - b);
    timeRiskEvaluation(200);
    const risk = timeRiskEvaluation(1000);

    const figures = {
      unlock_runs: UNLOCK_RUNS,
      unlock_ms_median: round(percentile(unlockSamples, 0.5), 1),
      unlock_ms_p95: round(percentile(unlockSamples, 0.95), 1),
      kdf_iter: kdfIter,
      autosave_count: AUTOSAVES,
      autosave_enc_ms_p50: round(percentile(encResult.autosave.sorted, 0.5)),
      autosave_enc_ms_p95: round(percentile(encResult.autosave.sorted, 0.95)),
      autosave_enc_ms_p99: round(percentile(encResult.autosave.sorted, 0.99)),
      autosave_enc_total_ms: round(encResult.autosave.total, 1),
      autosave_plain_ms_p50: round(percentile(plainResult.autosave.sorted, 0.5)),
      autosave_plain_ms_p95: round(percentile(plainResult.autosave.sorted, 0.95)),
      autosave_plain_ms_p99: round(percentile(plainResult.autosave.sorted, 0.99)),
      autosave_plain_total_ms: round(plainResult.autosave.total, 1),
      autosave_ratio: round(trimmedMean(encResult.autosave.sorted) / trimmedMean(plainResult.autosave.sorted), 2),
      autosave_ratio_total: round(encResult.autosave.total / plainResult.autosave.total, 2),
      autosave_ratio_p50: round(percentile(encResult.autosave.sorted, 0.5) / percentile(plainResult.autosave.sorted, 0.5), 2),
      dossier_count: DOSSIER_LOADS,
      dossier_enc_ms_p50: round(percentile(encResult.dossier.sorted, 0.5)),
      dossier_enc_ms_p95: round(percentile(encResult.dossier.sorted, 0.95)),
      dossier_enc_total_ms: round(encResult.dossier.total, 1),
      dossier_plain_ms_p50: round(percentile(plainResult.dossier.sorted, 0.5)),
      dossier_plain_ms_p95: round(percentile(plainResult.dossier.sorted, 0.95)),
      dossier_plain_total_ms: round(plainResult.dossier.total, 1),
      dossier_ratio: round(trimmedMean(encResult.dossier.sorted) / trimmedMean(plainResult.dossier.sorted), 2),
      dossier_ratio_total: round(encResult.dossier.total / plainResult.dossier.total, 2),
      dossier_ratio_p50: round(percentile(encResult.dossier.sorted, 0.5) / percentile(plainResult.dossier.sorted, 0.5), 2),
      region_families: region.families.length,
      region_generate_ms: round(regionGenerateMs, 1),
      region_write_ms: round(regionWriteMs, 1),
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
    };

    const rows: [string, string, string][] = [
      ['Ontgrendelen (mediaan / p95)', `${figures.unlock_ms_median} / ${figures.unlock_ms_p95} ms`, '150–1000 ms'],
      ['Autosave versleuteld p50/p95/p99', `${figures.autosave_enc_ms_p50} / ${figures.autosave_enc_ms_p95} / ${figures.autosave_enc_ms_p99} ms`, ''],
      ['Autosave onversleuteld p50/p95/p99', `${figures.autosave_plain_ms_p50} / ${figures.autosave_plain_ms_p95} / ${figures.autosave_plain_ms_p99} ms`, ''],
      [`Autosave totaal (${AUTOSAVES}×)`, `${figures.autosave_enc_total_ms} / ${figures.autosave_plain_total_ms} ms = ${figures.autosave_ratio_total}`, ''],
      ['Autosave verhouding (gemiddelde / mediaan)', `${figures.autosave_ratio} / ${figures.autosave_ratio_p50}`, '≤ 1.6'],
      ['Dossier versleuteld p50/p95', `${figures.dossier_enc_ms_p50} / ${figures.dossier_enc_ms_p95} ms`, ''],
      ['Dossier onversleuteld p50/p95', `${figures.dossier_plain_ms_p50} / ${figures.dossier_plain_ms_p95} ms`, ''],
      [`Dossier totaal (${DOSSIER_LOADS}×)`, `${figures.dossier_enc_total_ms} / ${figures.dossier_plain_total_ms} ms = ${figures.dossier_ratio_total}`, ''],
      ['Dossier verhouding (gemiddelde / mediaan)', `${figures.dossier_ratio} / ${figures.dossier_ratio_p50}`, '≤ 1.3'],
      [`Zoeken versleuteld p50/p95 (${queries.length} toetsaanslagen)`, `${figures.search_enc_ms_p50} / ${figures.search_enc_ms_p95} ms`, 'p95 ≤ 30 ms'],
      ['Zoeken onversleuteld p50/p95', `${figures.search_plain_ms_p50} / ${figures.search_plain_ms_p95} ms`, ''],
      ['Zoeken verhouding', `${figures.search_ratio}`, ''],
      [`Tijdlijnmodel + signalen (${TIMELINE_EVENTS} gebeurtenissen) p50/p95`, `${figures.timeline_model_ms_p50} / ${figures.timeline_model_ms_p95} ms`, '≤ 50 ms'],
      [`Risico-evaluatie per taxatie (${risk.count}×)`, `${figures.risk_eval_ms_per_assessment} ms`, ''],
      ['Regio genereren / wegschrijven', `${figures.region_generate_ms} / ${figures.region_write_ms} ms`, ''],
    ];
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(...rows.map((r) => r[1].length));
    process.stdout.write(`Casustafel bench — ${region.families.length} gezinnen, PBKDF2 ${kdfIter} iteraties\n`);
    process.stdout.write(`${'meting'.padEnd(w0)}  ${'resultaat'.padEnd(w1)}  doel\n`);
    for (const [a, b, c] of rows) process.stdout.write(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}\n`);

    fs.mkdirSync('bench-results', { recursive: true });
    fs.writeFileSync(path.join('bench-results', 'bench.json'), `${JSON.stringify(figures, null, 2)}\n`);
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main();
