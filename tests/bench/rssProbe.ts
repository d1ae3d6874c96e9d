import fs from 'node:fs';
import path from 'node:path';
import type { Operator } from '../../shared/contract/schemas';
import { createHandlers } from '../../electron/core/ipc/createHandlers';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { benchHost } from './benchHost';
import { runInChild } from './childProbe';

/**
 * Main-process memory with the region open (issue #10: RSS ≤ 300 MB), measured in a child process
 * of its own: the bench process holds the generated region, the naive store's copy of it and
 * every sample, which the app's main process never does. The child is a plain Node process
 * running core exactly as main does (createHandlers + dispatch, i.e. validated contract calls):
 * unlock the bench vault, open dossiers and their timelines, type searches, then read
 * process.memoryUsage(). Electron's own baseline (its browser process) is not in this figure.
 */
export interface RssProbeInput {
  vaultPath: string;
  passphrase: string;
  operator: Operator;
  familyIds: string[];
  queries: string[];
}

export interface RssProbeResult {
  rssMb: number;
  heapUsedMb: number;
  calls: number;
}

export const RSS_PROBE_FLAG = '--rss-probe';

/** Child side: run the calls, print one JSON line. */
export async function runRssProbe(inputFile: string): Promise<void> {
  const input = JSON.parse(fs.readFileSync(inputFile, 'utf8')) as RssProbeInput;
  const userDataDir = path.join(path.dirname(inputFile), 'rss-userdata');
  fs.mkdirSync(userDataDir, { recursive: true });
  const { handlers, session } = createHandlers(benchHost(userDataDir));
  let calls = 0;
  const call = async (channel: string, payload: unknown) => {
    calls += 1;
    const result = await dispatch(handlers, channel, payload);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  try {
    await call('vault:unlock', { token: session.targets.tokenFor(path.resolve(input.vaultPath)), passphrase: input.passphrase });
    await call('vault:setOperator', input.operator);
    for (const familyId of input.familyIds) {
      await call('register:dossier', { familyId });
      await call('timeline:list', { familyId });
    }
    for (const query of input.queries) await call('register:search', { query, limit: 20 });
    const usage = process.memoryUsage();
    const result: RssProbeResult = { rssMb: usage.rss / 2 ** 20, heapUsedMb: usage.heapUsed / 2 ** 20, calls };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    session.dispose();
  }
}

/** Parent side: start this same bundle as a child in probe mode and read its answer. */
export function measureRss(bundlePath: string, workDir: string, input: RssProbeInput): RssProbeResult {
  return runInChild<RssProbeResult>(bundlePath, RSS_PROBE_FLAG, workDir, input, 120_000, 'RSS-meting');
}
