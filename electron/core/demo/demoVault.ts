import fs from 'node:fs';
import type { Operator } from '../../../shared/contract/schemas';
import { REGION_SIZES, generateRegion } from '../generator/regionGenerator';
import { writeRegion } from '../generator/writeRegion';
import { seedDemoFeedbackGiven, seedDemoRegie } from '../regie/demoRegie';
import { writeOutsideHistory } from '../recordStore/writeContext';
import { closeVaultFile, createVaultFile, type OpenVault, type VaultFileOptions } from '../vault/vaultFile';
import { seedDemoAssessments } from './demoAssessments';
import { seedDemoMeeting } from './demoMeeting';
import { seedDemoRetention } from './demoRetention';

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

/**
 * Fills an open, empty vault with the demo-size fictional region (families, partners, meetings,
 * timeline) and what a first-time user would try: regie follow-up (a regisseur with an overdue
 * action, eigen regie, an overdue terugkoppeling, a family discussed without a regie decision), a
 * 1-2-3-tje on the next working day ready for meeting mode and the per-recipient summaries (see
 * demoMeeting), retention classes with at least one family past its period (see demoRetention), and
 * families whose older child was assessed at a serious concern before a younger sibling was assessed
 * lower (see demoAssessments).
 */
export function fillDemoVault(vault: OpenVault, now: () => Date): number {
  const region = generateRegion(REGION_SIZES.demo, undefined, now());
  writeRegion(vault.db, region, DEMO_SEED_OPERATOR, now());
  const ctx = () => writeOutsideHistory(vault.db, DEMO_SEED_OPERATOR, now());
  seedDemoRegie(ctx());
  seedDemoFeedbackGiven(ctx());
  const meeting = seedDemoMeeting(ctx());
  seedDemoRetention(ctx(), meeting?.familyIds ?? []);
  seedDemoAssessments(vault.db, DEMO_SEED_OPERATOR, now());
  return region.families.length;
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
