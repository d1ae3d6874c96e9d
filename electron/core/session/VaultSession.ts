import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type {
  AuditVerification,
  BackupInfo,
  LockReason,
  Operator,
  Settings,
  VaultStatus,
} from '../../../shared/contract/schemas';
import { appendAudit, verifyAuditChain } from '../audit/auditChain';
import { createDemoVaultFile, DEMO_FILE_NAME, DEMO_PASSPHRASE } from '../demo/demoVault';
import { requireAcceptablePassphrase } from '../passphrase/passphraseStrength';
import { DEFAULT_SETTINGS, readSettings, updateSettings } from '../settings/settingsService';
import { writeOutsideHistory } from '../recordStore/writeContext';
import { backupDirFor, listBackups, makeRotatingBackup, makeRotatingBackupOfClosedVault, tidyBackupFolders } from '../vault/backups';
import { changeVaultPassphrase } from '../vault/changePassphrase';
import { rewriteVaultFile, type RewriteStep } from '../vault/rewriteVaultFile';
import { mapStorageErrors } from '../vault/fileErrors';
import type { ReadableDb, WritableDb } from '../vault/connection';
import { unlockVault } from '../vault/unlockVault';
import { acquireVaultLock } from '../vault/lockFile';
import { ensureOwnerOnlyDir } from '../vault/ownerOnly';
import { closeVaultFile, createVaultFile, VAULT_EXTENSION, type OpenVault } from '../vault/vaultFile';
import { IdleTimer, realTimers, type Timers } from './idleTimer';
import { rememberRecentVault } from './recentVaults';
import { VaultTargets } from './vaultTargets';
import { restoreIntoNewVault } from '../vault/restoreIntoNewVault';

export type SessionState = VaultStatus['state'];

export interface VaultSessionDeps {
  userDataDir: string;
  notifyLocked(reason: LockReason): void;
  now?: () => Date;
  timers?: Timers;
  nativeBinding?: string;
  /** Test hook: observe (or crash at) each step of a passphrase change. */
  onRekeyStep?: (step: RewriteStep) => void;
  /** Called when a backup on lock fails; the lock itself always goes through. */
  onBackupError?: (error: unknown) => void;
  /**
   * Runs the backup after a lock once the lock has been reported; by default on the next turn of
   * the event loop, so the chair waits only for the vault to close.
   */
  deferBackup?: (task: () => void) => void;
}

/** A backup owed by a lock: made from the closed file, with the passphrase it had, then forgotten. */
interface OwedBackup {
  vaultPath: string;
  passphrase: string;
  keep: number;
  at: Date;
}

/**
 * Marks, in the vault's backup folder, that a lock's backup has not been made yet. If the app ends
 * before the deferred backup ran (quit, crash, power), the next unlock of that vault makes it.
 */
const BACKUP_OWED_MARKER = '.reservekopie-tegoed';

function owedMarkerFor(userDataDir: string, vaultPath: string): string {
  return path.join(backupDirFor(userDataDir, vaultPath), BACKUP_OWED_MARKER);
}

function nextTurn(task: () => void): void {
  // Never keeps a CLI or test process alive for a backup nobody waits on.
  setImmediate(task).unref();
}

interface OpenState {
  vault: OpenVault;
  /** Kept while unlocked to verify backups under the same key; dropped on lock. */
  passphrase: string;
  operator: Operator | null;
  isDemo: boolean;
  settings: Settings;
  /** Tells one unlock from the next: a folder chosen before a lock is not valid after it. */
  unlockId: string;
}

/**
 * The one open vault of an app instance: locked → needs_operator → unlocked.
 * Every data operation needs an operator (`withRead`, `withWrite`, `currentOperator`); `lock()` closes the database at
 * once, removes the lock file and tells the host so the renderer wipes its stores; the rotating backup is made from the
 * closed file afterwards (see finishOwedBackups).
 */
export class VaultSession {
  private open: OpenState | null = null;
  /** The vault files the renderer may name, by token (see VaultTargets). */
  readonly targets = new VaultTargets();
  private readonly now: () => Date;
  private readonly idle: IdleTimer;
  private owed: OwedBackup[] = [];

  constructor(private readonly deps: VaultSessionDeps) {
    this.now = deps.now ?? (() => new Date());
    this.idle = new IdleTimer(this.now, deps.timers ?? realTimers, () => this.lock('idle'));
    this.tidyLeftovers();
  }

  get state(): SessionState {
    if (this.open === null) return 'locked';
    return this.open.operator === null ? 'needs_operator' : 'unlocked';
  }

  status(): VaultStatus {
    const open = this.open;
    return {
      state: this.state,
      path: open?.vault.path ?? null,
      fileName: open === null ? null : path.basename(open.vault.path),
      token: open === null ? null : this.targets.tokenFor(open.vault.path),
      operator: open?.operator ?? null,
      autoLockMinutes: open?.settings.autoLockMinutes ?? DEFAULT_SETTINGS.autoLockMinutes,
      isDemo: open?.isDemo ?? false,
    };
  }

  /** Any user activity pushes the idle deadline back. No-op while locked. */
  touch(): void {
    if (this.open === null) return;
    this.idle.touch(this.open.settings.autoLockMinutes);
  }

  lockAt(): Date | null {
    return this.open === null ? null : this.idle.lockAt();
  }

  create(filePath: string, passphrase: string, passphraseRepeat: string): VaultStatus {
    requireAcceptablePassphrase(passphrase, passphraseRepeat);
    this.closeCurrent();
    this.finishOwedBackups();
    const target = filePath.endsWith(VAULT_EXTENSION) ? filePath : `${filePath}${VAULT_EXTENSION}`;
    const vault = createVaultFile(target, passphrase, this.fileOptions());
    this.adopt(vault, passphrase, false);
    return this.status();
  }

  unlock(filePath: string, passphrase: string): VaultStatus {
    this.closeCurrent();
    // A backup still owed by the last lock reads the closed file: made before the file opens again.
    this.finishOwedBackups();
    const vault = unlockVault(filePath, passphrase, this.fileOptions());
    this.adopt(vault, passphrase, this.isDemoPath(vault.path));
    return this.status();
  }

  /** Creates the demo vault on first use, then unlocks it like any other vault. */
  openDemo(): VaultStatus {
    const demoPath = this.demoPath();
    this.closeCurrent();
    this.finishOwedBackups();
    mapStorageErrors(() => fs.mkdirSync(this.deps.userDataDir, { recursive: true }));
    if (!fs.existsSync(demoPath)) createDemoVaultFile(demoPath, this.fileOptions());
    let vault: OpenVault;
    try {
      vault = unlockVault(demoPath, DEMO_PASSPHRASE, this.fileOptions());
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'wrong_passphrase_or_damaged')) throw error;
      // A demo vault from an earlier build with other key settings (or a damaged one). It only ever
      // holds fictional families, so a fresh one replaces it rather than leaving the button broken.
      for (const suffix of ['', '-wal', '-shm']) mapStorageErrors(() => fs.rmSync(`${demoPath}${suffix}`, { force: true }));
      createDemoVaultFile(demoPath, this.fileOptions());
      vault = unlockVault(demoPath, DEMO_PASSPHRASE, this.fileOptions());
    }
    this.adopt(vault, DEMO_PASSPHRASE, true);
    return this.status();
  }

  setOperator(operator: Operator): VaultStatus {
    const open = this.requireOpen();
    mapStorageErrors(() =>
      open.vault.db
        .transaction(() =>
          appendAudit(
            open.vault.db,
            operator,
            { action: 'session.operator', entity: 'session', entityId: null, familyId: null, summary: 'Werkt in de kluis vanaf nu' },
            this.now(),
          ),
        )
        .immediate(),
    );
    open.operator = operator;
    this.touch();
    return this.status();
  }

  /** The operator every write is attributed to; refuses when locked or before the operator is stated. */
  currentOperator(): Operator {
    return this.requireWritable().operator;
  }

  /** An id of the current unlock, new at every unlock: state kept across a lock compares it. */
  currentUnlockId(): string {
    this.requireWritable();
    return this.requireOpen().unlockId;
  }

  private requireWritable(): { db: WritableDb; operator: Operator } {
    const open = this.requireOpen();
    if (open.operator === null) throw new AppError('operator_required');
    return { db: open.vault.db, operator: open.operator };
  }

  /** Runs a write under the operator, mapping disk-full and other storage failures. */
  withWrite<T>(work: (db: WritableDb, operator: Operator) => T): T {
    const { db, operator } = this.requireWritable();
    return mapStorageErrors(() => work(db, operator));
  }

  /** Runs a read under the operator. */
  withRead<T>(work: (db: ReadableDb) => T): T {
    const { db } = this.requireWritable();
    return mapStorageErrors(() => work(db));
  }

  settings(): Settings {
    this.requireWritable();
    return { ...this.requireOpen().settings };
  }

  updateSettings(patch: Partial<Settings>): Settings {
    const open = this.requireOpen();
    const next = this.withWrite((db, operator) => updateSettings(writeOutsideHistory(db, operator, this.now()), patch));
    open.settings = next;
    this.touch();
    return { ...next };
  }

  backupNow(): BackupInfo {
    const open = this.requireOpen();
    this.requireWritable();
    return this.makeBackup(open);
  }

  listBackups(): BackupInfo[] {
    const open = this.requireOpen();
    this.requireWritable();
    return listBackups(backupDirFor(this.deps.userDataDir, open.vault.path));
  }

  /**
   * Restores one of this vault's backups into a new file (see restoreIntoNewVault) and records it
   * in the audit trail of the open vault. Returns the new file's name.
   */
  restoreBackupInto(backupFileName: string, passphrase: string, targetPath: string): string {
    const open = this.requireOpen();
    this.requireWritable();
    const { targetPath: written } = mapStorageErrors(() =>
      restoreIntoNewVault({
        userDataDir: this.deps.userDataDir,
        vaultPath: open.vault.path,
        backupFileName,
        passphrase,
        targetPath,
        ...(this.deps.nativeBinding === undefined ? {} : { nativeBinding: this.deps.nativeBinding }),
      }),
    );
    const fileName = path.basename(written);
    this.auditVaultEvent('vault.restore', `Reservekopie ${backupFileName} teruggezet in nieuw bestand ${fileName}`);
    try {
      rememberRecentVault(this.deps.userDataDir, written, this.now());
    } catch {
      // The restored file exists and is verified; missing from the recent list is only a convenience lost.
    }
    return fileName;
  }

  verifyAudit(): AuditVerification {
    return this.withRead((db) => verifyAuditChain(db));
  }

  /**
   * Rewrites the vault file from its live rows (see rewriteVaultFile): after a destruction, no free
   * page, stale cell or WAL frame of the file still holds what was destroyed.
   */
  rewriteFile(): void {
    const open = this.requireOpen();
    this.requireWritable();
    mapStorageErrors(() => rewriteVaultFile(open.vault, open.passphrase, { nativeBinding: this.deps.nativeBinding }));
  }

  /** Crash-safe passphrase change (see changeVaultPassphrase); recorded in the audit trail. */
  changePassphrase(current: string, next: string, nextRepeat: string): VaultStatus {
    const open = this.requireOpen();
    this.requireWritable();
    if (!constantTimeEqual(current, open.passphrase)) throw new AppError('wrong_passphrase_or_damaged');
    requireAcceptablePassphrase(next, nextRepeat);
    mapStorageErrors(() =>
      changeVaultPassphrase(open.vault, current, next, {
        nativeBinding: this.deps.nativeBinding,
        onStep: this.deps.onRekeyStep,
        // Even if a later step fails, the file now has the new passphrase: backups must use it.
        onCommitted: () => {
          open.passphrase = next;
        },
      }),
    );
    this.auditVaultEvent('vault.passphrase', 'Wachtwoord van de kluis gewijzigd');
    return this.status();
  }

  /** An audit entry about the vault as a whole (no family), under the current operator, in its own transaction. */
  private auditVaultEvent(action: string, summary: string): void {
    this.withWrite((db, operator) =>
      db.transaction(() => appendAudit(db, operator, { action, entity: 'vault', entityId: null, familyId: null, summary }, this.now())).immediate(),
    );
  }

  /**
   * Locks at once: close, release the lock file, forget operator, notify the host. The rotating
   * backup of the lock follows from the closed file (deferBackup); its failure is reported to
   * onBackupError and never holds the lock up.
   */
  lock(reason: LockReason): void {
    if (this.open === null) return;
    this.closeCurrent();
    this.deps.notifyLocked(reason);
    (this.deps.deferBackup ?? nextTurn)(() => this.finishOwedBackups());
  }

  /** On quit: lock, then make the owed backup before the process ends (nobody waits at a lock screen). */
  dispose(): void {
    this.lock('close');
    this.finishOwedBackups();
    this.idle.stop();
  }

  /**
   * Makes every backup owed by a lock, from the closed vault file: copied, verified under the
   * passphrase it had, rotated as any backup. The passphrase is forgotten with the job. The vault's
   * lock file is held meanwhile, so another instance cannot write to the file being copied (it
   * finds the vault in use, and this backup is then left to the next unlock).
   */
  finishOwedBackups(): void {
    const jobs = this.owed;
    this.owed = [];
    for (const job of jobs) {
      try {
        const lock = acquireVaultLock(job.vaultPath, this.now);
        try {
          makeRotatingBackupOfClosedVault(this.deps.userDataDir, job.vaultPath, job.at, job.keep, {
            passphrase: job.passphrase,
            ...(this.deps.nativeBinding === undefined ? {} : { nativeBinding: this.deps.nativeBinding }),
          });
          fs.rmSync(owedMarkerFor(this.deps.userDataDir, job.vaultPath), { force: true });
        } finally {
          lock.release();
        }
      } catch (error) {
        this.deps.onBackupError?.(error);
      }
    }
  }

  /** Closes the open vault at once and records the backup that is now owed. */
  private closeCurrent(): void {
    const open = this.open;
    if (open === null) return;
    this.open = null;
    this.idle.stop();
    try {
      closeVaultFile(open.vault);
    } finally {
      this.oweBackup(open);
    }
  }

  private oweBackup(open: OpenState): void {
    this.owed.push({ vaultPath: open.vault.path, passphrase: open.passphrase, keep: open.settings.backupKeep, at: this.now() });
    try {
      const marker = owedMarkerFor(this.deps.userDataDir, open.vault.path);
      ensureOwnerOnlyDir(path.dirname(marker));
      fs.writeFileSync(marker, '', { mode: 0o600 });
    } catch (error) {
      // Without the marker only a crash before the deferred backup would go unnoticed.
      this.deps.onBackupError?.(error);
    }
  }

  /** A lock whose backup the app did not live to make: made now, from the opened vault. */
  private makeOwedBackupAfterUnlock(open: OpenState): void {
    const marker = owedMarkerFor(this.deps.userDataDir, open.vault.path);
    if (!fs.existsSync(marker)) return;
    try {
      this.makeBackup(open);
      fs.rmSync(marker, { force: true });
    } catch (error) {
      this.deps.onBackupError?.(error);
    }
  }

  /** Leftovers of interrupted backups are removed and backup folders tightened (see tidyBackupFolders). */
  private tidyLeftovers(): void {
    try {
      tidyBackupFolders(this.deps.userDataDir);
    } catch (error) {
      this.deps.onBackupError?.(error);
    }
  }

  private makeBackup(open: OpenState): BackupInfo {
    return makeRotatingBackup(open.vault.db, this.deps.userDataDir, open.vault.path, this.now(), open.settings.backupKeep, {
      passphrase: open.passphrase,
      nativeBinding: this.deps.nativeBinding,
    });
  }

  private adopt(vault: OpenVault, passphrase: string, isDemo: boolean): void {
    const settings = mapStorageErrors(() => readSettings(vault.db));
    this.open = { vault, passphrase, operator: null, isDemo, settings, unlockId: crypto.randomUUID() };
    this.tidyLeftovers();
    this.makeOwedBackupAfterUnlock(this.open);
    if (!isDemo) {
      try {
        rememberRecentVault(this.deps.userDataDir, vault.path, this.now());
      } catch {
        // The recent list is a convenience; failing to write it must not block the unlock.
      }
    }
    this.touch();
  }

  private requireOpen(): OpenState {
    if (this.open === null) throw new AppError('vault_locked');
    return this.open;
  }

  private demoPath(): string {
    return path.join(this.deps.userDataDir, DEMO_FILE_NAME);
  }

  private isDemoPath(filePath: string): boolean {
    return path.resolve(filePath) === path.resolve(this.demoPath());
  }

  private fileOptions(): { now: () => Date; nativeBinding?: string } {
    return this.deps.nativeBinding === undefined ? { now: this.now } : { now: this.now, nativeBinding: this.deps.nativeBinding };
  }
}

function constantTimeEqual(a: string, b: string): boolean {
  const left = crypto.createHash('sha256').update(a, 'utf8').digest();
  const right = crypto.createHash('sha256').update(b, 'utf8').digest();
  return crypto.timingSafeEqual(left, right);
}
