import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { AppError, type ErrorCode } from '../../../../shared/contract/errors';
import type { LockReason, Operator } from '../../../../shared/contract/schemas';
import { createHandlers, type CoreOptions } from '../../../../electron/core/ipc/createHandlers';
import type { HostServices } from '../../../../electron/core/ipc/hostServices';
import type { Timers } from '../../../../electron/core/session/idleTimer';

/** A passphrase that passes the strength rules (fictional, test-only). */
export const GOOD_PASSPHRASE = 'fietsbel regenjas molenwiek appeltaart';
export const OTHER_PASSPHRASE = 'zeilboot kaasschaaf vuurtoren hagelslag';

export const OPERATOR: Operator = { name: 'Fenna Testers', organisation: 'CJG Proefdorp', role: 'voorzitter' };

const created: string[] = [];
const cleanups: (() => void)[] = [];

/** A fresh temp folder, removed after the test. */
export function tempDir(prefix = 'casustafel-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function onCleanup(fn: () => void): void {
  cleanups.push(fn);
}

afterEach(() => {
  while (cleanups.length > 0) {
    try {
      cleanups.pop()?.();
    } catch {
      // best effort
    }
  }
  while (created.length > 0) fs.rmSync(created.pop()!, { recursive: true, force: true });
});

/** Runs `work` and returns the AppError code it threw (fails the test if it did not throw one). */
export function errorCodeOf(work: () => unknown): ErrorCode {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  throw new Error('expected an AppError, nothing was thrown');
}

export function fileBytes(file: string): Buffer {
  return fs.readFileSync(file);
}

/** Manually driven timers: `advance(ms)` fires what is due. */
export class FakeClock implements Timers {
  private current: number;
  private timers = new Map<number, { at: number; fn: () => void }>();
  private nextId = 1;
  constructor(start = Date.parse('2026-03-02T09:00:00.000Z')) {
    this.current = start;
  }
  now = (): Date => new Date(this.current);
  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.current + ms, fn: callback });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  advance(ms: number): void {
    const target = this.current + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= target).sort((a, b) => a[1].at - b[1].at)[0];
      if (due === undefined) break;
      this.timers.delete(due[0]);
      this.current = Math.max(this.current, due[1].at);
      due[1].fn();
    }
    this.current = target;
  }
}

export interface TestHost extends HostServices {
  locked: LockReason[];
  nextCreatePath: string | null;
  nextOpenPath: string | null;
  /** Where the next export "save as" dialog points (null = the user cancels). */
  nextExportPath: string | null;
  /** Every export the host was asked to write, with its bytes. */
  exports: { suggestedName: string; data: Uint8Array }[];
  /** What the folder dialog answers for per-recipient exports (null = cancelled). */
  nextExportFolder: string | null;
  /** What the open dialog for a handover package or receipt answers (null = cancelled). */
  nextHandoverFile: string | null;
}

export function testHost(userDataDir: string): TestHost {
  const host: TestHost = {
    runtime: { electron: 'geen', chrome: 'geen', node: process.versions.node, platform: process.platform },
    userDataDir,
    locked: [],
    nextCreatePath: null,
    nextOpenPath: null,
    nextExportPath: null,
    nextExportFolder: null,
    nextHandoverFile: null,
    exports: [],
    chooseCreatePath: async () => host.nextCreatePath,
    chooseOpenPath: async () => host.nextOpenPath,
    saveExportFile: async (suggestedName, data) => {
      host.exports.push({ suggestedName, data });
      return host.nextExportPath;
    },
    chooseExportFolder: async () => host.nextExportFolder,
    chooseHandoverFile: async () => host.nextHandoverFile,
    notifyLocked: (reason) => {
      host.locked.push(reason);
    },
  };
  return host;
}

/** Handlers over a temp userDataDir with a fake clock; disposed after the test. */
export function testCore(options: CoreOptions = {}) {
  const dir = tempDir();
  const userDataDir = path.join(dir, 'userdata');
  fs.mkdirSync(userDataDir);
  const clock = new FakeClock();
  const host = testHost(userDataDir);
  const core = createHandlers(host, { now: clock.now, timers: clock, ...options });
  onCleanup(() => core.session.dispose());
  /** The token main would hand out for this file from a dialog: the only way to name a vault. */
  const vaultToken = (file: string): string => core.session.targets.tokenFor(path.resolve(file));
  return { ...core, host, clock, dir, userDataDir, vaultToken };
}

/**
 * Makes a folder unwritable for this process. As root, permissions do not stop writes, so the
 * immutable attribute is used instead. Returns false if neither works on this file system.
 */
export function makeReadOnly(target: string): boolean {
  if (process.getuid?.() === 0) {
    try {
      execFileSync('chattr', ['+i', target], { stdio: 'ignore' });
      onCleanup(() => execFileSync('chattr', ['-i', target], { stdio: 'ignore' }));
      return true;
    } catch {
      return false;
    }
  }
  fs.chmodSync(target, 0o555);
  onCleanup(() => fs.chmodSync(target, 0o755));
  return true;
}
