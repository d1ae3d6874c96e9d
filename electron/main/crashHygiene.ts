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
 * Keeps vault content out of crash output: no process that held vault data leaves a dump of its
 * memory. Crash dumps in Electron come from Crashpad, whose handler process starts only through
 * the crash reporter module's `start()` and cannot be stopped once started; the app never imports
 * that module (a test scans every source for it), so no minidump is written,
 * locally or anywhere else. Moving the dump folder (`app.setPath('crashDumps', …)`) would only
 * matter once it was started. Node's own diagnostic reports (a JSON file with stack, environment and
 * command line on a fatal error, an uncaught exception or a signal) are switched off here too, and
 * NODE_OPTIONS, through which a heap snapshot could be asked for, is off by fuse
 * (electron-builder.yml). In a packaged app the debugging switches are removed (the Node inspect
 * fuse is off as well); an unpackaged dev run keeps them because Playwright's _electron driver
 * attaches through them. Must run before `app` is ready.
 */
export function applyCrashHygiene(report: Pick<NodeJS.ProcessReport, 'reportOnFatalError' | 'reportOnSignal' | 'reportOnUncaughtException'> = process.report): void {
  report.reportOnFatalError = false;
  report.reportOnSignal = false;
  report.reportOnUncaughtException = false;
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
