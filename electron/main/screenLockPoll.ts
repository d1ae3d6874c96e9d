/**
 * Electron reports a locked screen as an event (`lock-screen`) on macOS and Windows only. On Linux
 * the same knowledge is behind `powerMonitor.getSystemIdleState`: Chromium answers 'locked' when
 * the desktop's screen saver says it is active (over D-Bus: org.gnome.ScreenSaver,
 * org.freedesktop.ScreenSaver as KDE, Xfce and Cinnamon offer it; on X11 also a screen saver
 * window). The shell polls it and locks the vault when the answer turns to 'locked'. This module
 * is the decision, without Electron, so it can be tested.
 */
export type SystemIdleState = 'active' | 'idle' | 'locked' | 'unknown';

/** How often the shell asks on Linux. A lock is noticed at most this long after the screen locked. */
export const SCREEN_LOCK_POLL_MS = 2_000;

/**
 * The idle threshold passed along with the question; only the 'locked' answer is used, so any
 * value does. The idle lock itself is the session's own timer, set by the vault's settings.
 */
export const IDLE_THRESHOLD_SECONDS = 60;

/** The platforms whose screen lock Electron does not report as an event. */
export function needsScreenLockPolling(platform: NodeJS.Platform): boolean {
  return platform === 'linux' || platform === 'freebsd' || platform === 'openbsd';
}

/**
 * Returns a function to feed each polled state; it answers true exactly once per transition into
 * 'locked' (a screen that stays locked locks the vault once, not every poll; a vault unlocked while
 * the desktop still reports a stale 'locked' is not locked again). 'unknown' (no screen saver
 * service to ask) changes nothing: it neither locks nor ends a lock.
 */
export function createScreenLockDetector(): (state: SystemIdleState) => boolean {
  let wasLocked = false;
  return (state) => {
    if (state === 'unknown') return false;
    const becameLocked = state === 'locked' && !wasLocked;
    wasLocked = state === 'locked';
    return becameLocked;
  };
}
