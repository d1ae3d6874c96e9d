import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { verifyAuditChain } from '../audit/auditChain';
import { schemaVersion } from '../migrations/index';
import { toAppError } from './fileErrors';
import {
  applyReadOnlyPragmas,
  hasPlaintextHeader,
  KDF_ITERATIONS,
  openKeyed,
  readCipherName,
  readKdfIterations,
} from './sqlcipher';
import { checkVaultIdentity } from './vaultFile';

export interface VerificationCheck {
  name: 'versleuteling' | 'kenmerk' | 'integriteit' | 'logboek';
  ok: boolean;
  detail: string;
}

export interface VaultVerification {
  ok: boolean;
  schemaVersion: number;
  auditEntries: number;
  checks: VerificationCheck[];
}

/**
 * Full read-only check of a vault file: it is encrypted (no plaintext SQLite header) with
 * SQLCipher 4 settings, it is a Casustafel vault of a known version, every page decrypts and
 * authenticates (integrity_check reads them all), and the audit chain is intact.
 * Key, identity and version failures throw the matching AppError; the rest are reported.
 */
export function verifyVaultFile(filePath: string, passphrase: string, nativeBinding?: string): VaultVerification {
  const resolved = path.resolve(filePath);
  let head: Buffer;
  try {
    const fd = fs.openSync(resolved, 'r');
    head = Buffer.alloc(16);
    fs.readSync(fd, head, 0, 16, 0);
    fs.closeSync(fd);
  } catch (error) {
    throw toAppError(error);
  }
  if (hasPlaintextHeader(head)) {
    throw new AppError('not_a_vault', 'Dit is een onversleutelde SQLite-database, geen versleutelde kluis.');
  }
  let db;
  try {
    db = openKeyed(resolved, passphrase, { readonly: true, nativeBinding });
  } catch (error) {
    throw toAppError(error);
  }
  try {
    applyReadOnlyPragmas(db);
    checkVaultIdentity(db);
    const checks: VerificationCheck[] = [];
    const cipher = readCipherName(db);
    const kdf = readKdfIterations(db);
    checks.push({
      name: 'versleuteling',
      ok: cipher === 'sqlcipher' && kdf >= KDF_ITERATIONS,
      detail: `SQLCipher 4 (${cipher}), PBKDF2-HMAC-SHA512 met ${kdf} iteraties; de kop van het bestand is niet leesbaar.`,
    });
    checks.push({ name: 'kenmerk', ok: true, detail: `Casustafel-kluis, schemaversie ${schemaVersion(db)}.` });
    const integrity = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    const integrityOk = integrity.length === 1 && integrity[0]?.integrity_check === 'ok';
    checks.push({
      name: 'integriteit',
      ok: integrityOk,
      detail: integrityOk ? 'Alle pagina’s zijn leesbaar en kloppen.' : integrity.map((r) => r.integrity_check).join('; '),
    });
    const audit = verifyAuditChain(db);
    checks.push({
      name: 'logboek',
      ok: audit.ok,
      detail: audit.ok ? `${audit.entries} regels, keten ongeschonden.` : audit.problems.join(' '),
    });
    return {
      ok: checks.every((c) => c.ok),
      schemaVersion: schemaVersion(db),
      auditEntries: audit.entries,
      checks,
    };
  } catch (error) {
    throw toAppError(error);
  } finally {
    db.close();
  }
}
