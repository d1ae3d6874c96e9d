import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, messageOf, type UiErrorCode } from './apiError';

/** A form's messages by field; null where the field is fine. */
export type FieldErrors = Record<string, string | null>;

export interface Submit {
  /** True while a write runs: the form's buttons are disabled. */
  busy: boolean;
  /** The form's one message (a failed write in the user's language, or a check that failed). */
  error: string | null;
  setError: (message: string | null) => void;
  /** Messages shown at their fields. */
  fieldErrors: FieldErrors;
  /** Shows the messages at their fields; true when there is one, so the submit stops before writing. */
  rejects: (next: FieldErrors) => boolean;
  /**
   * Runs one write: busy meanwhile, a second run while one runs is ignored, a throw becomes the
   * form's message. Resolves true when it succeeded (after `onSuccess`), so a form clears its draft
   * only then: a failure keeps what was typed.
   */
  run: <T>(work: () => Promise<T>, onSuccess?: (value: T) => void) => Promise<boolean>;
  /**
   * As `run`, for a write that already reports on the save status and resolves with its failure
   * message (null when saved) instead of throwing.
   */
  settle: (work: () => Promise<string | null>, onSuccess?: () => void) => Promise<boolean>;
  /** The form's onSubmit: no page submit, and Enter while a write runs does not start a second. */
  onSubmit: (handler: () => unknown) => (event: FormEvent) => Promise<void>;
}

export interface SubmitOptions {
  /** The field a failure is about (a weak passphrase: the passphrase field): shown there, not below the form. */
  fieldOf?: (code: UiErrorCode) => string | undefined;
}

// A failure already shown at its field: the form's own message stays empty.
const FAILED_AT_FIELD = '';

/** The renderer's one way to submit a form or press a button that writes. */
export function useSubmit(options: SubmitOptions = {}): Submit {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  // A ref as well as state: two presses within one render both see busy=false in their closure.
  const running = useRef(false);

  const settle = async (work: () => Promise<string | null>, onSuccess?: () => void): Promise<boolean> => {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      const failed = await work();
      setError(failed === FAILED_AT_FIELD ? null : failed);
      if (failed !== null) return false;
      onSuccess?.();
      return true;
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  const run = <T,>(work: () => Promise<T>, onSuccess?: (value: T) => void): Promise<boolean> => {
    let value: T;
    return settle(
      async () => {
        try {
          value = await work();
          return null;
        } catch (e) {
          const field = e instanceof ApiError ? options.fieldOf?.(e.code) : undefined;
          if (field === undefined) return messageOf(e, t);
          setFieldErrors({ [field]: messageOf(e, t) });
          return FAILED_AT_FIELD;
        }
      },
      onSuccess ? () => onSuccess(value) : undefined,
    );
  };

  const rejects = (next: FieldErrors): boolean => {
    setFieldErrors(next);
    return Object.values(next).some((v) => v !== null && v !== undefined);
  };

  const onSubmit = (handler: () => unknown) => async (event: FormEvent) => {
    event.preventDefault();
    if (running.current) return;
    await handler();
  };

  return { busy, error, setError, fieldErrors, rejects, run, settle, onSubmit };
}
