/**
 * Fields with a typed but not yet saved value register how to save it now, so locking the vault
 * (or leaving a screen) never loses what was typed.
 */
const flushers = new Set<() => Promise<void>>();

export function registerFlusher(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

export async function flushAllSaves(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()));
}
