import { useEffect } from 'react';
import { api } from '../api';
import { lockVault } from '../session/sessionFlow';
import { useIdle } from '../state/idleStore';
import { useSession } from '../state/sessionStore';
import { ACTIVITY_THROTTLE_MS, planIdle } from './idleSchedule';

// Focus changes are not listed: the app moves focus itself (headings, dialogs), which is no sign of a person.
const ACTIVITY_EVENTS = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart'] as const;

/**
 * Idle auto-lock while a vault is open. Keyboard and mouse activity is reported to core at most
 * every 30 s (with a trailing report so the last activity always counts); core answers with the
 * moment it will lock. One minute before that moment a warning appears; at that moment the vault
 * is locked with reason 'idle'. While the warning is up only "Blijf werken" counts as activity,
 * so a stray mouse move does not silently dismiss it; the warning closes when core has confirmed
 * the new deadline.
 */
export function useIdleLock(active: boolean): void {
  useEffect(() => {
    if (!active) return undefined;
    let disposed = false;
    let warnTimer: ReturnType<typeof setTimeout> | null = null;
    let lockTimer: ReturnType<typeof setTimeout> | null = null;
    let trailingTimer: ReturnType<typeof setTimeout> | null = null;
    let lastSentAt = 0;

    const clearPlan = () => {
      if (warnTimer !== null) clearTimeout(warnTimer);
      if (lockTimer !== null) clearTimeout(lockTimer);
      warnTimer = null;
      lockTimer = null;
    };

    const schedule = (lockAt: string | null) => {
      clearPlan();
      useIdle.getState().setLockAt(lockAt);
      const minutes = useSession.getState().status?.autoLockMinutes ?? 10;
      const plan = lockAt === null ? null : planIdle(lockAt, Date.now(), minutes);
      if (plan === null) return;
      // Core's deadline is the truth: once it has moved past the warning window, the warning goes.
      if (plan.warnInMs > 0 && useIdle.getState().warningVisible) useIdle.getState().dismissWarning();
      warnTimer = setTimeout(() => {
        if (!disposed) useIdle.getState().showWarning(plan.warningSeconds);
      }, plan.warnInMs);
      lockTimer = setTimeout(() => {
        if (!disposed) void lockVault('idle');
      }, plan.lockInMs);
    };

    const report = async () => {
      lastSentAt = Date.now();
      try {
        const { lockAt } = await api.call('vault:activity');
        if (!disposed) schedule(lockAt);
      } catch {
        // A locked core is reported through 'vault:locked'; otherwise let the user carry on.
        if (!disposed) useIdle.getState().dismissWarning();
      }
    };

    const onActivity = () => {
      if (useIdle.getState().warningVisible) return;
      const since = Date.now() - lastSentAt;
      if (since >= ACTIVITY_THROTTLE_MS) {
        void report();
      } else if (trailingTimer === null) {
        trailingTimer = setTimeout(() => {
          trailingTimer = null;
          if (!disposed && !useIdle.getState().warningVisible) void report();
        }, ACTIVITY_THROTTLE_MS - since);
      }
    };

    const unsubscribeStay = useIdle.subscribe((state, previous) => {
      if (state.stayCount > previous.stayCount && !disposed) void report();
    });
    // A new auto-lock time from the settings screen takes effect at once.
    const unsubscribeMinutes = useSession.subscribe((state, previous) => {
      const now = state.status?.autoLockMinutes;
      if (now !== undefined && now !== previous.status?.autoLockMinutes && !disposed) void report();
    });

    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true, capture: true });
    void report();

    return () => {
      disposed = true;
      clearPlan();
      if (trailingTimer !== null) clearTimeout(trailingTimer);
      unsubscribeStay();
      unsubscribeMinutes();
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [active]);
}
