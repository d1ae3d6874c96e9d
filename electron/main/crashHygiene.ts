import path from 'node:path';
import { app } from 'electron';

/** Switches that would let another process attach to the app and read its memory. */
export const DEBUG_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'remote-allow-origins',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'js-flags',
] as const;

/**
 * Keeps vault content out of crash output. The crash reporter is never started, so no dump is
 * uploaded; any local dump stays inside the user's own data folder. In a packaged app the
 * debugging switches are removed (the Node inspect fuse is off as well); an unpackaged dev run
 * keeps them because Playwright's _electron driver attaches through them.
 * Must run before `app` is ready.
 */
export function applyCrashHygiene(): void {
  app.setPath('crashDumps', path.join(app.getPath('userData'), 'crashDumps'));
  if (app.isPackaged) {
    for (const name of DEBUG_SWITCHES) app.commandLine.removeSwitch(name);
  }
}

/** A one-line description of an error: its name and message, never a stack or attached data. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return typeof error;
}

/**
 * An exception nobody caught leaves the main process in an unknown state: log one line, lock the
 * vault through `onFatal` and let it end the app. Rejections are logged only.
 */
export function installProcessErrorHandlers(onFatal: () => void, target: NodeJS.Process = process): void {
  target.on('uncaughtException', (error) => {
    console.error(`[casustafel] onverwachte fout: ${describeError(error)}`);
    onFatal();
  });
  target.on('unhandledRejection', (reason) => {
    console.error(`[casustafel] onafgehandelde belofte: ${describeError(reason)}`);
  });
}
