/**
 * The timer per case, as pure arithmetic over the app clock (Date.now(), which Playwright's fake
 * clock drives in the e2e tests). A running timer is a start instant plus the seconds already
 * used; nothing counts in the background, so a paused or switched case cannot drift.
 */
export interface RunningTimer {
  familyId: string;
  /** Date.now() when this run started. */
  startedAtMs: number;
  /** Seconds used before this run. */
  baseSeconds: number;
}

/** While a timer runs, its elapsed time is saved at most this often (and always on pause or switch). */
export const TIMER_SAVE_EVERY_SECONDS = 15;

/** The core refuses more than a day; a forgotten timer stops counting there. */
const MAX_SECONDS = 24 * 3600;

export function elapsedSeconds(timer: RunningTimer, nowMs: number): number {
  const run = Math.max(0, Math.floor((nowMs - timer.startedAtMs) / 1000));
  return Math.min(MAX_SECONDS, timer.baseSeconds + run);
}

/** The seconds a case has used: the running timer's when it runs for this case, else the stored value. */
export function caseSeconds(familyId: string, storedSeconds: number, timer: RunningTimer | null, nowMs: number): number {
  return timer !== null && timer.familyId === familyId ? elapsedSeconds(timer, nowMs) : storedSeconds;
}

/** mm:ss; minutes keep counting past 59 (a case of 75 minutes reads 75:00). */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

export function isOverTime(seconds: number, plannedMinutes: number): boolean {
  return seconds > plannedMinutes * 60;
}

/** Whether a tick should save: only when the elapsed time moved on by the save interval since the last save. */
export function shouldSaveTick(seconds: number, lastSavedSeconds: number): boolean {
  return seconds - lastSavedSeconds >= TIMER_SAVE_EVERY_SECONDS;
}

/** Share of the planned time used, 0–100, for the bar next to the clock. */
export function usedPercent(seconds: number, plannedMinutes: number): number {
  return Math.min(100, Math.round((seconds / (plannedMinutes * 60)) * 100));
}
