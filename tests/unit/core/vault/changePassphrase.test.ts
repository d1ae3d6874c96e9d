import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFamily, getFamily } from '../../../../electron/core/families/familyService';
import { writeOutsideHistory } from '../../../../electron/core/recordStore/writeContext';
import { changeVaultPassphrase } from '../../../../electron/core/vault/changePassphrase';
import { REWRITE_STEPS } from '../../../../electron/core/vault/rewriteVaultFile';
import { openKeyed } from '../../../../electron/core/vault/sqlcipher';
import { closeVaultFile, createVaultFile, openVaultFile } from '../../../../electron/core/vault/vaultFile';
import { bundleFixture, exited, onLines, runFixture } from '../support/bundleFixture';
import { GOOD_PASSPHRASE, OPERATOR, OTHER_PASSPHRASE, tempDir } from '../support/vaultTestKit';

const now = () => new Date('2026-03-02T09:00:00.000Z');

function seededVault() {
  const file = path.join(tempDir(), 'kluis.casustafel');
  const vault = createVaultFile(file, GOOD_PASSPHRASE, { now });
  const family = createFamily(writeOutsideHistory(vault.db, OPERATOR, now()), { displayName: 'Familie Wisselwachtwoord', anonymous: false });
  closeVaultFile(vault);
  return { file, familyId: family.id };
}

/** Which passphrase opens the file now: 'old', 'new' or 'none'. Also checks the data is there. */
function whichOpens(file: string, familyId: string): 'old' | 'new' | 'none' {
  for (const [label, passphrase] of [['old', GOOD_PASSPHRASE], ['new', OTHER_PASSPHRASE]] as const) {
    try {
      const db = openKeyed(file, passphrase, { readonly: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(getFamily(db, familyId).displayName).toBe('Familie Wisselwachtwoord');
      } finally {
        db.close();
      }
      return label;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_NOTADB') throw error;
    }
  }
  return 'none';
}

describe('changing the passphrase', () => {
  it('afterwards only the new passphrase opens the vault, with all data', () => {
    const { file, familyId } = seededVault();
    const vault = openVaultFile(file, GOOD_PASSPHRASE, { now });
    changeVaultPassphrase(vault, GOOD_PASSPHRASE, OTHER_PASSPHRASE);
    expect(getFamily(vault.db, familyId).displayName).toBe('Familie Wisselwachtwoord');
    expect(vault.db.pragma('journal_mode', { simple: true })).toBe('wal');
    closeVaultFile(vault);
    expect(whichOpens(file, familyId)).toBe('new');
    expect(fs.readdirSync(path.dirname(file)).filter((n) => n.includes('rekey'))).toEqual([]);
  });

  it.each(REWRITE_STEPS.filter((s) => s !== 'reopened'))('a failure right after "%s" leaves a vault that opens', (failAt) => {
    const { file, familyId } = seededVault();
    const vault = openVaultFile(file, GOOD_PASSPHRASE, { now });
    expect(() =>
      changeVaultPassphrase(vault, GOOD_PASSPHRASE, OTHER_PASSPHRASE, {
        onStep: (step) => {
          if (step === failAt) throw new Error(`onderbroken na ${step}`);
        },
      }),
    ).toThrow(/onderbroken/);
    // The session keeps a working connection under whichever passphrase the file now has.
    expect(getFamily(vault.db, familyId).displayName).toBe('Familie Wisselwachtwoord');
    closeVaultFile(vault);
    const renamed = REWRITE_STEPS.indexOf(failAt) >= REWRITE_STEPS.indexOf('renamed');
    expect(whichOpens(file, familyId)).toBe(renamed ? 'new' : 'old');
    expect(fs.readdirSync(path.dirname(file)).filter((n) => n.includes('rekey'))).toEqual([]);
  });
});

describe('a passphrase change killed at each step', () => {
  let stepper = '';
  beforeAll(async () => {
    stepper = await bundleFixture('rekeyStepper');
  });

  it.each(REWRITE_STEPS)('SIGKILL at "%s" still leaves a vault that opens with the old or the new passphrase', async (step) => {
    const { file, familyId } = seededVault();
    const child = runFixture(stepper, [file, GOOD_PASSPHRASE, OTHER_PASSPHRASE, step]);
    const reached = new Promise<void>((resolve) =>
      onLines(child, (line) => {
        if (line === `at ${step}`) resolve();
      }),
    );
    await reached;
    child.kill('SIGKILL');
    expect((await exited(child)).signal).toBe('SIGKILL');
    const opens = whichOpens(file, familyId);
    expect(opens).not.toBe('none');
    const renamed = REWRITE_STEPS.indexOf(step) >= REWRITE_STEPS.indexOf('renamed');
    expect(opens).toBe(renamed ? 'new' : 'old');
    // The app can open it again: the dead process's lock is taken over, leftovers are cleaned up.
    const vault = openVaultFile(file, opens === 'new' ? OTHER_PASSPHRASE : GOOD_PASSPHRASE, { now });
    closeVaultFile(vault);
    expect(fs.readdirSync(path.dirname(file)).filter((n) => n.includes('rekey'))).toEqual([]);
  });
});
