import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/core/ipc/dispatch';
import { CHANNELS, contract, type Channel } from '../../../../shared/contract/channels';
import { ERROR_CODES, type ErrorCode } from '../../../../shared/contract/errors';
import { senderVault, vaultFingerprint } from '../handover/handoverKit';
import { GOOD_PASSPHRASE, OPERATOR, tempDir } from '../support/vaultTestKit';
import { payloadFor } from './zodArbitrary';

/**
 * Every contract channel, called through the dispatcher the IPC layer uses, with payloads made
 * from its own request schema (valid-shaped, spoilt somewhere, or junk) over a vault with a seeded
 * meeting. What may come back is a result or an expected refusal: never `internal` (an unforeseen
 * exception, a TypeError), never a refusal after which the vault holds anything it did not hold
 * before (row counts and the audit chain's head).
 *
 * Runs per channel: CASUSTAFEL_FUZZ_RUNS (a few in the suite; raise it for a long local run). The
 * seed is fixed per channel so the suite is repeatable; CASUSTAFEL_FUZZ_SEED varies it.
 */
const RUNS = Number(process.env.CASUSTAFEL_FUZZ_RUNS ?? 4);
const SEED = Number(process.env.CASUSTAFEL_FUZZ_SEED ?? 29);
const EXPECTED: ReadonlySet<ErrorCode> = new Set(ERROR_CODES.filter((c) => c !== 'internal' && c !== 'unknown_channel' && c !== 'forbidden_sender'));

type Kit = Awaited<ReturnType<typeof senderVault>>;

/** Back to the seeded vault, unlocked, after a call that locked it or opened another one. */
function ensureSeededVaultOpen(kit: Kit): void {
  const status = kit.core.session.status();
  if (status.path === kit.file && status.state === 'unlocked') return;
  if (status.state !== 'locked') kit.core.session.lock('user');
  kit.core.session.unlock(kit.file, GOOD_PASSPHRASE);
  kit.core.session.setOperator(OPERATOR);
}

function seededVaultOpen(kit: Kit): boolean {
  const status = kit.core.session.status();
  return status.path === kit.file && status.state === 'unlocked';
}

/** How the calls were answered: results, and refusals by code (printed, to see how deep the payloads reach). */
const tally = new Map<string, number>();
const count = (outcome: string) => tally.set(outcome, (tally.get(outcome) ?? 0) + 1);

async function fuzzChannel(kit: Kit, ids: readonly string[], channel: Channel, seed: number): Promise<void> {
  const internal: unknown[] = [];
  await fc.assert(
    fc.asyncProperty(payloadFor(contract[channel].request, { ids }), async (payload) => {
      ensureSeededVaultOpen(kit);
      const before = vaultFingerprint(kit.core);
      const result = await dispatch(kit.core.handlers, channel, payload, { internalError: (_c, error) => internal.push(error) });
      expect(internal, `${channel}: an unexpected exception`).toEqual([]);
      count(result.ok ? 'resultaat' : result.error.code);
      if (result.ok) return;
      expect(EXPECTED.has(result.error.code), `${channel} answered ${result.error.code}: ${result.error.detail ?? result.error.message}`).toBe(true);
      // A refusal that closed the seeded vault (unlocking another file) did not write to it: checked
      // by the next call's fingerprint, taken after it is opened again.
      if (seededVaultOpen(kit)) expect(vaultFingerprint(kit.core), `${channel}: the vault changed after a refusal`).toBe(before);
      else expect(channel.startsWith('vault:')).toBe(true);
    }),
    { numRuns: RUNS, seed, endOnFailure: true },
  );
}

describe('fuzzing every contract channel through the dispatcher', () => {
  it('answers every channel with a result or an expected refusal, and writes nothing after a refusal', async () => {
    const startDir = process.cwd();
    // A relative vault path from a payload lands in this empty folder, never in the worktree.
    process.chdir(tempDir('casustafel-fuzz-cwd-'));
    try {
      const kit = await senderVault();
      const ids = kit.core.session.withRead((db) => {
        const tables = (
          db.prepare("SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'id')").all() as { name: string }[]
        ).map((t) => t.name);
        return tables.flatMap((t) => (db.prepare(`SELECT id FROM "${t}" LIMIT 40`).all() as { id: unknown }[]).map((r) => r.id).filter((id): id is string => typeof id === 'string'));
      });
      expect(CHANNELS.length).toBeGreaterThan(100);
      expect(ids.length).toBeGreaterThan(20);
      for (const [index, channel] of CHANNELS.entries()) await fuzzChannel(kit, ids, channel, SEED * 1000 + index);
      console.info(`${CHANNELS.length} kanalen × ${RUNS}: ${[...tally.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
    } finally {
      process.chdir(startDir);
    }
  }, 600_000);
});
