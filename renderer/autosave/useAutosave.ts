import { useCallback, useEffect, useRef, useState } from 'react';
import { useSession } from '../state/sessionStore';
import { registerFlusher } from './pendingSaves';
import { runSave } from './runSave';

export interface Autosave<T> {
  draft: T;
  error: string | null;
  /** Changes the draft and schedules a save after `delay` ms (0: save at once). */
  change(next: T): void;
  /** Saves the draft now if it differs from what is stored (on blur). */
  flush(): Promise<void>;
}

/**
 * One autosaved value. The draft follows the stored value until the user edits it; a failed save
 * keeps the draft (nothing typed is lost) and exposes the message. Saves of one field run one after
 * another, so an older value can never overwrite a newer one.
 */
export function useAutosave<T>(
  stored: T,
  save: (value: T) => Promise<unknown>,
  delay: number,
  validate?: (value: T) => string | null,
): Autosave<T> {
  const [draft, setDraft] = useState(stored);
  const [error, setError] = useState<string | null>(null);
  const committed = useRef(stored);
  const draftRef = useRef(stored);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const saveRef = useRef(save);
  const validateRef = useRef(validate);
  useEffect(() => {
    saveRef.current = save;
    validateRef.current = validate;
  });

  // A new stored value (after a reload or an undo) replaces the draft unless the user is editing.
  useEffect(() => {
    if (Object.is(draftRef.current, committed.current) || Object.is(draftRef.current, stored)) {
      draftRef.current = stored;
      setDraft(stored);
    }
    committed.current = stored;
  }, [stored]);

  const flush = useCallback((): Promise<void> => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    chain.current = chain.current.then(async () => {
      const value = draftRef.current;
      if (Object.is(value, committed.current)) {
        setError(null);
        return;
      }
      const invalid = validateRef.current?.(value) ?? null;
      if (invalid !== null) {
        setError(invalid);
        return;
      }
      const message = await runSave(() => saveRef.current(value));
      if (message === null) committed.current = value;
      setError(message);
    });
    return chain.current;
  }, []);

  const change = useCallback(
    (next: T) => {
      draftRef.current = next;
      setDraft(next);
      if (timer.current !== null) clearTimeout(timer.current);
      if (delay === 0) void flush();
      else timer.current = setTimeout(() => void flush(), delay);
    },
    [delay, flush],
  );

  useEffect(() => {
    const unregister = registerFlusher(flush);
    return () => {
      unregister();
      // Leaving the screen saves what was typed; after a lock there is nothing to save into.
      if (useSession.getState().status?.state === 'unlocked') void flush();
    };
  }, [flush]);

  return { draft, error, change, flush };
}
