import fs from 'node:fs';
import path from 'node:path';
import type { Operator } from '../../shared/contract/schemas';
import type { Region } from '../../electron/core/generator/regionGenerator';
import { createHandlers } from '../../electron/core/ipc/createHandlers';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { vaultReport } from '../../electron/core/reporting/reportService';
import { amsterdamDay } from '../../shared/domain/amsterdamTime';
import { SessionDigest } from '../../shared/contract/familyPlanChannels';
import { FollowUp } from '../../shared/contract/regieChannels';
import { wholeDigest } from '../../electron/core/digest/sessionDigest';
import { refreshFollowUpIndex } from '../../electron/core/followUpIndex/followUpIndex';
import { followUp } from '../../electron/core/regie/followUp';
import { benchHost } from './benchHost';
import { runInChild } from './childProbe';
import { ms, percentile, round } from './stats';

/**
 * The figures of a vault's life at regional scale (issue: the bench at ten times the region), all
 * through the handler table as the app calls them:
 *   report_year_ms_p50 / _max       a year's report per school (vaultReport over the whole vault) (target ≤ 2 000 ms)
 *   lock_ms_p50                     vault:lock, what the chair waits for: the vault closed, its lock file gone (target ≤ 1 000 ms at scale 10)
 *   backup_after_lock_ms_p50        the verified rotating backup that follows a lock, made from the closed file
 *   session_unlock_ms_p50           vault:unlock through the session (PBKDF2, checks, pragmas)
 *   open_to_dossier_ms_p50          from a locked app to the first dossier: unlock, operator, search, dossier
 *   start_digest_ms                 digest:sinceLastSession, the first page Start shows after the operator is chosen (10 families),
 *                                     with the follow-up index brought up to date for 20 families changed since (a day's work)
 *   start_digest_next_ms            its next page
 *   start_digest_all_ms             the old way, for comparison: every family's items at once, with the response's validation
 *   follow_up_ms                    regie:followUp, Opvolging's first page (20 families, highest concern first)
 *   follow_up_next_ms               its next page
 *   follow_up_all_ms                the old way: every open item of every family at once, with the response's validation
 *   follow_up_index_rebuild_ms      the follow-up index built again for every family (once, after the migration that adds it)
 *   destroy_family_ms_p50           privacy:destroy of one family: delete, the file rewritten, a fresh backup, old backups removed
 */
export interface LifecycleFigures {
  report_year_ms_p50: number;
  report_year_ms_max: number;
  lock_ms_p50: number;
  backup_after_lock_ms_p50: number;
  session_unlock_ms_p50: number;
  open_to_dossier_ms_p50: number;
  start_digest_ms: number;
  start_digest_next_ms: number;
  start_digest_all_ms: number;
  follow_up_ms: number;
  follow_up_next_ms: number;
  follow_up_all_ms: number;
  follow_up_index_rebuild_ms: number;
  destroy_family_ms_p50: number;
}

const CYCLES = 3;
const REPORT_RUNS = 3;
const DESTROYED = 2;

/** What the measurement needs of the region: a few families to open and to destroy. */
export interface LifecycleInput {
  vaultPath: string;
  passphrase: string;
  operator: Operator;
  opened: { id: string; surname: string }[];
  destroyed: { id: string; displayName: string }[];
}

export function lifecycleInput(vaultPath: string, passphrase: string, operator: Operator, region: Region): LifecycleInput {
  const opened = Array.from({ length: CYCLES }, (_, i) => region.families[(i * 389) % region.families.length]!);
  const destroyed = Array.from({ length: DESTROYED }, (_, i) => region.families[region.families.length - 1 - i * 7]!);
  return {
    vaultPath,
    passphrase,
    operator,
    opened: opened.map((f) => ({ id: f.id, surname: f.displayName.replace('Gezin ', '') })),
    destroyed: destroyed.map((f) => ({ id: f.id, displayName: f.displayName })),
  };
}

export const LIFECYCLE_PROBE_FLAG = '--lifecycle-probe';

/**
 * Measured in a child process of its own, like memory (see childProbe.ts): every figure here that
 * allocates much (the report above all) would otherwise carry the collection of the bench's heap.
 */
export function measureLifecycleApart(bundlePath: string, workDir: string, input: LifecycleInput): LifecycleFigures {
  return runInChild<LifecycleFigures>(bundlePath, LIFECYCLE_PROBE_FLAG, workDir, input, 1_800_000, 'Meting van het leven van de kluis');
}

/** Child side: measure, print one JSON line. */
export async function runLifecycleProbe(inputFile: string): Promise<void> {
  const input = JSON.parse(fs.readFileSync(inputFile, 'utf8')) as LifecycleInput;
  const figures = await measureLifecycle(input, path.dirname(inputFile));
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

export async function measureLifecycle(input: LifecycleInput, workDir: string): Promise<LifecycleFigures> {
  const { vaultPath, passphrase, operator } = input;
  const userDataDir = path.join(workDir, 'lifecycle-userdata');
  fs.mkdirSync(userDataDir, { recursive: true });
  // The backup a lock owes is held here, so that it is timed on its own and not inside the next call.
  const owedBackups: (() => void)[] = [];
  const { handlers, session } = createHandlers(benchHost(userDataDir), { deferBackup: (task) => void owedBackups.push(task) });
  const runOwedBackups = () => {
    for (const task of owedBackups.splice(0)) task();
  };
  const call = async (channel: string, payload: unknown) => {
    const result = await dispatch(handlers, channel, payload);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  const timed = async (work: () => Promise<unknown>) => {
    const start = process.hrtime.bigint();
    await work();
    return ms(start);
  };
  try {
    const unlock: number[] = [];
    const lock: number[] = [];
    const backupAfterLock: number[] = [];
    const openToDossier: number[] = [];
    for (const family of input.opened) {
      const surname = family.surname;
      openToDossier.push(
        await timed(async () => {
          const start = process.hrtime.bigint();
          await call('vault:unlock', { token: session.targets.tokenFor(path.resolve(vaultPath)), passphrase });
          unlock.push(ms(start));
          await call('vault:setOperator', operator);
          const hits = (await call('register:search', { query: surname, limit: 20 })) as { familyId: string }[];
          await call('register:dossier', { familyId: hits[0]?.familyId ?? family.id });
        }),
      );
      lock.push(await timed(() => call('vault:lock', { reason: 'user' })));
      backupAfterLock.push(await timed(async () => runOwedBackups()));
    }

    await call('vault:unlock', { token: session.targets.tokenFor(path.resolve(vaultPath)), passphrase });
    await call('vault:setOperator', operator);
    const today = amsterdamDay(new Date());
    const yearAgo = amsterdamDay(new Date(Date.now() - 364 * 86_400_000));
    const reports: number[] = [];
    for (let i = 0; i < REPORT_RUNS; i += 1) {
      const start = process.hrtime.bigint();
      session.withRead((db) => vaultReport(db, { from: yearAgo, to: today, by: 'school' }, new Date()));
      reports.push(ms(start));
    }

    // The old way first (core computes everything, the screen gets everything), so the pages below start cold.
    const now = new Date();
    const startDigestAll = await timed(async () => {
      session.withRead((db) => {
        const whole = wholeDigest(db, null, now);
        const families = whole.families.map((f) => ({ ...f, entries: f.entries.map((e) => ({ ...e, item: { ...e.item, owner: whole.ownerOf.get(e.item.key)?.() ?? '' } })) }));
        return SessionDigest.parse({ ...whole.digest, families, total: families.length, offset: 0 });
      });
    });
    const followUpAll = await timed(async () => {
      session.withRead((db) => FollowUp.parse(followUp(db, now)));
    });
    // A day's work since the index was last brought up to date: twenty families changed.
    session.withWrite((db) => db.prepare('UPDATE families SET updated_at = updated_at WHERE id IN (SELECT id FROM families ORDER BY id LIMIT 20)').run());
    const startDigest = await timed(() => call('digest:sinceLastSession', { offset: 0, limit: 10 }));
    const startDigestNext = await timed(() => call('digest:sinceLastSession', { offset: 10, limit: 10 }));
    const followUpFirst = await timed(() => call('regie:followUp', { offset: 0, limit: 20, query: '', order: 'concern' }));
    const followUpNext = await timed(() => call('regie:followUp', { offset: 20, limit: 20, query: '', order: 'concern' }));
    session.withWrite((db) => db.exec("INSERT OR IGNORE INTO follow_up_dirty (family_id) VALUES ('*')"));
    const indexRebuild = await timed(async () => {
      session.withWrite((db) => refreshFollowUpIndex(db));
    });

    const destroy: number[] = [];
    for (const family of input.destroyed) {
      destroy.push(
        await timed(() =>
          call('privacy:destroy', { familyIds: [family.id], reason: 'anders', reasonText: 'Bench: vernietiging meten', confirmation: family.displayName, requestId: null }),
        ),
      );
    }
    await call('vault:lock', { reason: 'user' });
    runOwedBackups();

    const p50 = (values: number[]) => round(percentile([...values].sort((a, b) => a - b), 0.5), 1);
    return {
      report_year_ms_p50: p50(reports),
      report_year_ms_max: round(Math.max(...reports), 1),
      lock_ms_p50: p50(lock),
      backup_after_lock_ms_p50: p50(backupAfterLock),
      session_unlock_ms_p50: p50(unlock),
      open_to_dossier_ms_p50: p50(openToDossier),
      start_digest_ms: round(startDigest, 1),
      start_digest_next_ms: round(startDigestNext, 1),
      start_digest_all_ms: round(startDigestAll, 1),
      follow_up_ms: round(followUpFirst, 1),
      follow_up_next_ms: round(followUpNext, 1),
      follow_up_all_ms: round(followUpAll, 1),
      follow_up_index_rebuild_ms: round(indexRebuild, 1),
      destroy_family_ms_p50: p50(destroy),
    };
  } finally {
    session.dispose();
  }
}
