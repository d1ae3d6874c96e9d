import fs from 'node:fs';
import type { Operator } from '../../../shared/contract/schemas';
import { createFamily, updateFamilyNote } from '../families/familyRepository';
import { closeVaultFile, createVaultFile, type OpenVault, type VaultFileOptions } from '../vault/vaultFile';
import { generateDemoFamilies } from './demoFamilies';

/**
 * The demo vault's passphrase is public on purpose: the demo holds only fictional families and
 * exists so people can try the app. It is shown on the welcome screen and in the CLI help.
 */
export const DEMO_PASSPHRASE = 'demo-kluis met verzonnen gezinnen';
export const DEMO_FILE_NAME = 'demo.casustafel';

/** Who the demo's seed data is attributed to in the audit trail. */
export const DEMO_SEED_OPERATOR: Operator = {
  name: 'Demogenerator',
  organisation: 'Casustafel',
  role: 'verzonnen voorbeeldgegevens',
};

/** Fills an open, empty vault with the fictional families. */
export function fillDemoVault(vault: OpenVault, now: () => Date): number {
  const families = generateDemoFamilies();
  for (const family of families) {
    const created = createFamily(
      vault.db,
      DEMO_SEED_OPERATOR,
      { displayName: family.displayName, anonymous: family.anonymous, members: family.members },
      now(),
    );
    updateFamilyNote(vault.db, DEMO_SEED_OPERATOR, created.id, family.note, now());
  }
  return families.length;
}

/** Creates a demo vault at `filePath` (which must not exist) and closes it again. */
export function createDemoVaultFile(filePath: string, options: VaultFileOptions, passphrase = DEMO_PASSPHRASE): number {
  const vault = createVaultFile(filePath, passphrase, options);
  try {
    return fillDemoVault(vault, options.now);
  } catch (error) {
    closeVaultFile(vault);
    fs.rmSync(filePath, { force: true });
    throw error;
  } finally {
    if (vault.db.open) closeVaultFile(vault);
  }
}
