import { changeVaultPassphrase } from './changePassphrase';
import type { RewriteStep } from './rewriteVaultFile';
import { KDF_ITERATIONS, LEGACY_KDF_ITERATIONS, readKdfIterations } from './sqlcipher';
import { closeVaultFile, openVaultFile, type OpenVault, type VaultFileOptions } from './vaultFile';

export interface UnlockOptions extends VaultFileOptions {
  /** Tests crash the conversion of an older vault's key derivation at each step. */
  onKdfStep?: (step: RewriteStep) => void;
}

/**
 * Opens a vault for writing, and moves a vault made with the earlier iteration count to the
 * SQLCipher 4 defaults on the way: crash-safe like a passphrase change (the same steps), so at every
 * instant the file opens with its passphrase, under one iteration count or the other.
 */
export function unlockVault(filePath: string, passphrase: string, options: UnlockOptions): OpenVault {
  const vault = openVaultFile(filePath, passphrase, options);
  if (readKdfIterations(vault.db) !== LEGACY_KDF_ITERATIONS) return vault;
  try {
    changeVaultPassphrase(vault, passphrase, passphrase, {
      kdfIterations: KDF_ITERATIONS,
      ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
      ...(options.onKdfStep === undefined ? {} : { onStep: options.onKdfStep }),
    });
    return vault;
  } catch (error) {
    closeVaultFile(vault);
    throw error;
  }
}
