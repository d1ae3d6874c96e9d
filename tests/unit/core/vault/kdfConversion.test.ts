import Database from 'better-sqlite3-multiple-ciphers';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFamily, getFamily } from '../../../../electron/core/families/familyService';
import { writeOutsideHistory } from '../../../../electron/core/recordStore/writeContext';
import { REWRITE_STEPS } from '../../../../electron/core/vault/rewriteVaultFile';
import { openKeyed } from '../../../../electron/core/vault/sqlcipher';
import { unlockVault } from '../../../../electron/core/vault/unlockVault';
import { closeVaultFile, createVaultFile } from '../../../../electron/core/vault/vaultFile';
import { bundleFixture, exited, onLines, runFixture } from '../support/bundleFixture';
import { GOOD_PASSPHRASE, OPERATOR, tempDir } from '../support/vaultTestKit';

const now = () => new Date('2026-12-05T09:00:00.000Z');

/** Opens with exactly these settings and nothing else: what another tool would do. */
function rawOpens(file: string, kdfIterations: number | null): boolean {
  const db = new Database(file, { readonly: true });
  try {
    db.pragma("cipher='sqlcipher'");
    db.pragma('legacy=4');
    if (kdfIterations !== null) db.pragma(`kdf_iter=${kdfIterations}`);
    db.key(Buffer.from(GOOD_PASSPHRASE, 'utf8'));
    return db.prepare("SELECT value FROM meta WHERE key = 'app'").get() !== undefined;
  } catch {
    return false;
  } finally {
    db.close();
  }
}

/** A vault as earlier versions made it: 400 000 iterations. */
function legacyVault(): { file: string; familyId: string } {
  const file = path.join(tempDir(), 'oud.casustafel');
  const vault = createVaultFile(file, GOOD_PASSPHRASE, { now });
  const family = createFamily(writeOutsideHistory(vault.db, OPERATOR, now()), { displayName: 'Gezin Oudekluis', anonymous: false });
  closeVaultFile(vault);
  const db = openKeyed(file, GOOD_PASSPHRASE);
  db.pragma('journal_mode=DELETE');
  db.pragma('kdf_iter=400000');
  db.rekey(Buffer.from(GOOD_PASSPHRASE, 'utf8'));
  db.close();
  expect(rawOpens(file, 400000)).toBe(true);
  expect(rawOpens(file, null)).toBe(false);
  return { file, familyId: family.id };
}

describe('vaults use the SQLCipher 4 defaults', () => {
  it('a new vault opens with raw SQLCipher 4 defaults and the passphrase alone (no kdf_iter pragma)', () => {
    const file = path.join(tempDir(), 'nieuw.casustafel');
    closeVaultFile(createVaultFile(file, GOOD_PASSPHRASE, { now }));
    expect(rawOpens(file, null)).toBe(true);
  });

  it('a 400 000-iteration vault is converted on its next unlock, with all its data', () => {
    const { file, familyId } = legacyVault();
    const vault = unlockVault(file, GOOD_PASSPHRASE, { now });
    expect(getFamily(vault.db, familyId).displayName).toBe('Gezin Oudekluis');
    expect(Number(vault.db.pragma('kdf_iter', { simple: true }))).toBe(256000);
    closeVaultFile(vault);
    expect(rawOpens(file, null)).toBe(true);
    expect(rawOpens(file, 400000)).toBe(false);
  });

  it.each(REWRITE_STEPS.filter((s) => s !== 'reopened'))('a conversion interrupted right after "%s" leaves a vault that opens with its passphrase; the next unlock finishes it', (failAt) => {
    const { file, familyId } = legacyVault();
    expect(() =>
      unlockVault(file, GOOD_PASSPHRASE, {
        now,
        onKdfStep: (step) => {
          if (step === failAt) throw new Error(`onderbroken na ${step}`);
        },
      }),
    ).toThrow();
    // At this instant the file opens with its passphrase, under one iteration count or the other.
    const converted = REWRITE_STEPS.indexOf(failAt) >= REWRITE_STEPS.indexOf('renamed');
    expect(rawOpens(file, converted ? null : 400000)).toBe(true);
    const vault = unlockVault(file, GOOD_PASSPHRASE, { now });
    expect(getFamily(vault.db, familyId).displayName).toBe('Gezin Oudekluis');
    closeVaultFile(vault);
    expect(rawOpens(file, null)).toBe(true);
  });
});

describe('a conversion killed at each step', () => {
  let stepper = '';
  beforeAll(async () => {
    stepper = await bundleFixture('kdfStepper');
  });

  it.each(REWRITE_STEPS)('SIGKILL at "%s" leaves a vault that opens with its passphrase, and the next unlock converts it', async (step) => {
    const { file, familyId } = legacyVault();
    const child = runFixture(stepper, [file, GOOD_PASSPHRASE, step]);
    await new Promise<void>((resolve) =>
      onLines(child, (line) => {
        if (line === `at ${step}`) resolve();
      }),
    );
    child.kill('SIGKILL');
    expect((await exited(child)).signal).toBe('SIGKILL');
    const converted = REWRITE_STEPS.indexOf(step) >= REWRITE_STEPS.indexOf('renamed');
    expect(rawOpens(file, converted ? null : 400000)).toBe(true);
    const vault = unlockVault(file, GOOD_PASSPHRASE, { now });
    expect(getFamily(vault.db, familyId).displayName).toBe('Gezin Oudekluis');
    closeVaultFile(vault);
    expect(rawOpens(file, null)).toBe(true);
  });
});
