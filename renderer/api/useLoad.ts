import { useEffect, useState, type DependencyList } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from './apiError';

export interface Loaded<T> {
  /** The last value loaded for these dependencies (kept while the next one loads: no flicker). */
  data: T | undefined;
  /** The last load's failure in the user's language, or null. */
  error: string | null;
}

export interface LoadOptions<T> {
  /** Wait this long after the dependencies last changed (typing in a search field). */
  delayMs?: number;
  /** Runs with the value, only when it is still wanted (a store to fill, a selection to reset). */
  onLoaded?: (value: T) => void;
}

/**
 * The renderer's one way to load what a screen shows: runs `load` when `deps` change and drops an
 * answer that arrives after the screen moved on (other dependencies, or unmounted). `load` null
 * means there is nothing to load now (an empty search): the value is cleared.
 */
export function useLoad<T>(load: (() => Promise<T>) | null, deps: DependencyList, options: LoadOptions<T> = {}): Loaded<T> {
  const { t } = useTranslation();
  const [state, setState] = useState<Loaded<T>>({ data: undefined, error: null });
  useEffect(() => {
    if (load === null) {
      setState({ data: undefined, error: null });
      return undefined;
    }
    let wanted = true;
    const run = () => {
      load().then(
        (data) => {
          if (!wanted) return;
          setState({ data, error: null });
          options.onLoaded?.(data);
        },
        (e: unknown) => {
          if (wanted) setState((s) => ({ data: s.data, error: messageOf(e, t) }));
        },
      );
    };
    const timer = options.delayMs === undefined ? undefined : setTimeout(run, options.delayMs);
    if (timer === undefined) run();
    return () => {
      wanted = false;
      if (timer !== undefined) clearTimeout(timer);
    };
    // The caller names what the load depends on, as with useEffect; `t` only words the error.
  }, [...deps, t]);
  return state;
}
