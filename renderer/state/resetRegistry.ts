import type { StoreApi, UseBoundStore } from 'zustand';

/**
 * Locking must leave nothing of the vault in renderer memory. Every store registers its reset
 * here when it is created, so `resetAllStores()` cannot forget one added later.
 */
const resets = new Map<string, () => void>();

export function registerReset(name: string, reset: () => void): void {
  resets.set(name, reset);
}

/** Registers a store whose state has a `reset()` action and returns it unchanged. */
export function resettable<S extends { reset: () => void }>(
  name: string,
  store: UseBoundStore<StoreApi<S>>,
): UseBoundStore<StoreApi<S>> {
  registerReset(name, () => store.getState().reset());
  return store;
}

export function resetAllStores(): void {
  for (const reset of resets.values()) reset();
}

export function registeredResetNames(): string[] {
  return [...resets.keys()];
}
