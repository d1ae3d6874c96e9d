/**
 * Pure timing rules for the idle auto-lock, kept apart from timers and DOM so they are testable.
 */
export const ACTIVITY_THROTTLE_MS = 30_000;
export const WARNING_LEAD_MS = 60_000;

/**
 * How long before the lock the warning appears: one minute, or half the auto-lock time when that
 * is shorter (an auto-lock of one minute would otherwise warn the moment the user stops).
 */
export function warningLeadMs(autoLockMinutes: number): number {
  return Math.min(WARNING_LEAD_MS, (autoLockMinutes * 60_000) / 2);
}

export interface IdlePlan {
  warnInMs: number;
  lockInMs: number;
  warningSeconds: number;
}

export function planIdle(lockAtIso: string, nowMs: number, autoLockMinutes: number): IdlePlan | null {
  const lockAt = Date.parse(lockAtIso);
  if (Number.isNaN(lockAt)) return null;
  const lead = warningLeadMs(autoLockMinutes);
  const lockInMs = Math.max(0, lockAt - nowMs);
  return { lockInMs, warnInMs: Math.max(0, lockInMs - lead), warningSeconds: Math.round(lead / 1000) };
}
