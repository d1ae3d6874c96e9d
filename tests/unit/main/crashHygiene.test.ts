import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

import { applyCrashHygiene, DEBUG_SWITCHES, installProcessErrorHandlers } from '../../../electron/main/crashHygiene';
import { electronMock, resetElectronMock } from './electronMock';

beforeEach(() => {
  resetElectronMock();
});

describe('crash output holds no vault content', () => {
  it('keeps crash dumps inside the user data folder', () => {
    applyCrashHygiene();
    expect(electronMock.app.setPath).toHaveBeenCalledWith('crashDumps', expect.stringMatching(/^\/home\/test\/\.config\/Casustafel\//));
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
