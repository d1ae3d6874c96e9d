import type { WritableDb } from './connection';
import { rewriteVaultFile, type RewriteStep } from './rewriteVaultFile';
import type { OpenVault } from './vaultFile';

export interface ChangePassphraseOptions {
  nativeBinding?: string;
  /** Called after each step of the rewrite (REWRITE_STEPS); tests use it to crash the process at that exact point. */
  onStep?: (step: RewriteStep) => void;
  /** Called right after the rename: from then on only the new passphrase opens the file. */
  onCommitted?: () => void;
  /** Re-derive the key with this iteration count as well (the conversion of an older vault). */
  kdfIterations?: number;
}

/**
 * Changes the passphrase (or, with `kdfIterations`, how the key is derived from it) by rewriting
 * the vault into a rekeyed copy that replaces it atomically (see rewriteVaultFile), so there is
 * never a file that opens with neither passphrase. Returns the reopened connection.
 */
export function changeVaultPassphrase(
  vault: OpenVault,
  currentPassphrase: string,
  nextPassphrase: string,
  options: ChangePassphraseOptions = {},
): WritableDb {
  return rewriteVaultFile(vault, currentPassphrase, {
    nativeBinding: options.nativeBinding,
    onStep: options.onStep,
    onCommitted: options.onCommitted,
    rekey: { passphrase: nextPassphrase, kdfIterations: options.kdfIterations },
  });
}
