import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../../electron/core/audit/auditChain';
import { SeededRandom } from '../../../../electron/core/generator/seededRandom';
import { closeVaultFile, createVaultFile, openVaultFile } from '../../../../electron/core/vault/vaultFile';
import { bundleFixture, exited, onLines, runFixture } from '../support/bundleFixture';
import { GOOD_PASSPHRASE, tempDir } from '../support/vaultTestKit';

const KILLS = 50;

describe('crash safety', () => {
  it(`every acknowledged transaction survives ${KILLS} SIGKILLs at random moments`, async () => {
    const writer = await bundleFixture('crashWriter');
    const file = path.join(tempDir(), 'crash.casustafel');
    closeVaultFile(createVaultFile(file, GOOD_PASSPHRASE, { now: () => new Date() }));
    const random = new SeededRandom(Number(process.env.CASUSTAFEL_CRASH_SEED ?? 20260302));
    const acknowledged: string[] = [];
    let killedWhileWriting = 0;

    for (let round = 0; round < KILLS; round += 1) {
      const child = runFixture(writer, [file, GOOD_PASSPHRASE, `ronde${round}`]);
      const acked: string[] = [];
      let ready = false;
      let signalReady: () => void = () => undefined;
      const isReady = new Promise<void>((resolve) => {
        signalReady = resolve;
      });
      onLines(child, (line) => {
        if (line === 'ready') {
          ready = true;
          signalReady();
        } else if (line.length > 0) acked.push(line);
      });
      // Mostly while committing (a random moment after the vault is open, so machine load does
      // not matter), sometimes during the open itself (key derivation, WAL recovery).
      if (random.chance(0.15)) {
        await new Promise((resolve) => setTimeout(resolve, random.int(0, 300)));
      } else {
        await Promise.race([isReady, exited(child)]);
        await new Promise((resolve) => setTimeout(resolve, random.int(5, 120)));
      }
      child.kill('SIGKILL');
      const end = await exited(child);
      expect(end.signal, `ronde ${round} eindigde niet door SIGKILL (${String(end.code)})`).toBe('SIGKILL');
      if (ready && acked.length > 0) killedWhileWriting += 1;
      acknowledged.push(...acked);

      const vault = openVaultFile(file, GOOD_PASSPHRASE, { now: () => new Date() });
      try {
        expect(vault.db.pragma('integrity_check', { simple: true })).toBe('ok');
        const present = new Set(
          (vault.db.prepare('SELECT id FROM families').all() as { id: string }[]).map((r) => r.id),
        );
        const lost = acknowledged.filter((id) => !present.has(id));
        expect(lost, `ronde ${round}: bevestigde transacties verdwenen`).toEqual([]);
        expect(verifyAuditChain(vault.db).ok).toBe(true);
      } finally {
        closeVaultFile(vault);
      }
    }
    expect(killedWhileWriting).toBeGreaterThanOrEqual(KILLS / 2);
    expect(acknowledged.length).toBeGreaterThan(KILLS);
  }, 180_000);
});
