import { useEffect } from 'react';
import { checkDue, openSessionDigest } from './familyPlanActions';

/** How often, while the app runs, core is asked whether something fell due (it notifies once per item). */
const CHECK_EVERY_MS = 5 * 60_000;

/**
 * For the app's frame, whatever the screen, while the vault is unlocked: reads the digest's first
 * page once after unlocking and choosing the operator (which begins the operator's session, so the
 * next digest knows since when), and asks core every few minutes whether something fell due; core
 * then shows a system notification without any name. The digest itself is read on Start.
 */
export function useDueCheck(unlocked: boolean): void {
  useEffect(() => {
    if (!unlocked) return undefined;
    void openSessionDigest();
    const timer = setInterval(() => void checkDue().catch(() => undefined), CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [unlocked]);
}
