import { useEffect } from 'react';
import { checkDue, openSessionDigest } from './familyPlanActions';

/** How often, while the app runs, core is asked whether something fell due (it notifies once per item). */
const CHECK_EVERY_MS = 5 * 60_000;

/**
 * Mounted once while the vault is open (whatever the screen): reads the digest's first page after
 * unlocking and choosing the operator (which begins the operator's session, so the next digest
 * knows since when), and asks core every few minutes whether something fell due; core then shows a
 * system notification without any name. It shows nothing itself: the digest is read on Start
 * (DigestPanel), never above another screen.
 */
export function SessionDigestPanel() {
  useEffect(() => {
    void openSessionDigest();
    const timer = setInterval(() => void checkDue().catch(() => undefined), CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, []);
  return null;
}
