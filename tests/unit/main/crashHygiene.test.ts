import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

import { applyCrashHygiene, DEBUG_SWITCHES, installProcessErrorHandlers } from '../../../electron/main/crashHygiene';
import { electronMock, resetElectronMock } from './electronMock';

beforeEach(() => {
  resetElectronMock();
});

describe('crash output holds no vault content', () => {
  it('writes no crash dump: the crash reporter is never started, and Node writes no diagnostic report', () => {
    const report = { reportOnFatalError: true, reportOnSignal: true, reportOnUncaughtException: true };
    applyCrashHygiene(report);
    expect(report).toEqual({ reportOnFatalError: false, reportOnSignal: false, reportOnUncaughtException: false });
    expect(electronMock.crashReporter.start).not.toHaveBeenCalled();
    expect(electronMock.app.setPath).not.toHaveBeenCalled();
  });

  it('no source of the app touches crashReporter (Crashpad cannot be stopped once started)', () => {
    const root = path.resolve(__dirname, '../../..');
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(entry.name) && /\bcrashReporter\b|process\.crash\(/.test(fs.readFileSync(full, 'utf8'))) {
          offenders.push(path.relative(root, full));
        }
      }
    };
    for (const folder of ['electron', 'renderer', 'shared', 'build']) walk(path.join(root, folder));
    expect(offenders).toEqual([]);
  });

  it('strips the remote-debugging and inspect switches from a packaged app', () => {
    electronMock.app.isPackaged = true;
    applyCrashHygiene();
    for (const name of ['remote-debugging-port', 'remote-debugging-pipe', 'inspect', 'inspect-brk']) {
      expect(electronMock.app.commandLine.removeSwitch).toHaveBeenCalledWith(name);
    }
    expect(electronMock.app.commandLine.removeSwitch).toHaveBeenCalledTimes(DEBUG_SWITCHES.length);
  });

  it('logs an uncaught exception as one line without stack, then hands over to the fatal handler', () => {
    const fakeProcess = new EventEmitter();
    const onFatal = vi.fn();
    installProcessErrorHandlers(onFatal, fakeProcess as unknown as NodeJS.Process);
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = new TypeError('kapot');
    error.stack = 'TypeError: kapot\n    at secret (/vault/Familie-Jansen.ts:1:1)';
    Object.assign(error, { payload: { note: 'Familie Jansen' } });
    fakeProcess.emit('uncaughtException', error);
    fakeProcess.emit('unhandledRejection', new RangeError('te groot'));
    const logged = spy.mock.calls.flat().join('\n');
    spy.mockRestore();
    expect(logged).toContain('TypeError: kapot');
    expect(logged).toContain('RangeError: te groot');
    expect(logged).not.toContain('Jansen');
    expect(logged).not.toContain('    at ');
    expect(onFatal).toHaveBeenCalledTimes(1);
  });
});
