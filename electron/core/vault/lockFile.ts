import fs from 'node:fs';
import os from 'node:os';
import { z } from 'zod';
import { AppError } from '../../../shared/contract/errors';
import { errorCode, toAppError } from './fileErrors';

const LockContent = z.object({ pid: z.number().int(), hostname: z.string(), createdAt: z.string() });

export function lockPathFor(vaultPath: string): string {
  return `${vaultPath}.lock`;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errorCode(error) === 'EPERM';
  }
}

/** A lock is stale when it was written on this machine by a process that no longer runs. */
function isStale(lockPath: string): boolean {
  let raw: string;
  try {
    raw = fs.readFileSync(lockPath, 'utf8');
  } catch (error) {
    return errorCode(error) === 'ENOENT';
  }
  let parsed: z.infer<typeof LockContent>;
  try {
    parsed = LockContent.parse(JSON.parse(raw));
  } catch {
    // An unreadable lock file cannot belong to a live Casustafel: the writer crashed mid-write.
    return true;
  }
  if (parsed.hostname !== os.hostname()) return false;
  return !processAlive(parsed.pid);
}

export interface VaultLock {
  readonly path: string;
  release(): void;
}

/**
 * Takes `<vault>.lock` exclusively ('wx'), holding pid and hostname. A lock left by a crashed
 * process on this machine is taken over; a live one (or one from another machine, which we cannot
 * check) means the vault is in use.
 */
export function acquireVaultLock(vaultPath: string, now: () => Date): VaultLock {
  const lockPath = lockPathFor(vaultPath);
  const content = JSON.stringify({ pid: process.pid, hostname: os.hostname(), createdAt: now().toISOString() });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(lockPath, content, { flag: 'wx', mode: 0o600 });
      let released = false;
      return {
        path: lockPath,
        release: () => {
          if (released) return;
          released = true;
          fs.rmSync(lockPath, { force: true });
        },
      };
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw toAppError(error);
      if (attempt === 0 && isStale(lockPath)) {
        fs.rmSync(lockPath, { force: true });
        continue;
      }
      throw new AppError('vault_in_use');
    }
  }
  throw new AppError('vault_in_use');
}
