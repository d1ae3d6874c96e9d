import { app } from 'electron';

/**
 * One running Casustafel per user: two instances on one vault file would fight over it. A second
 * start hands over to the first (which comes to the front) and quits. Returns false in the
 * instance that must quit.
 */
export function claimSingleInstance(onSecondInstance: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    onSecondInstance();
  });
  return true;
}
