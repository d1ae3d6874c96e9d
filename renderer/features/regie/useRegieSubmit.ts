import { useState, type FormEvent } from 'react';
import { writeRegie } from './loadRegie';

/** A form's messages by field; null where the field is fine. */
export type FieldErrors = Record<string, string | null>;

/** The submit of a regie add form: its field messages, one write at a time, and the failure to show. */
export function useRegieSubmit(familyId: string) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Enter in a field submits too, so the disabled button alone does not stop a second save while one runs.
  const onSubmit = (run: () => Promise<void>) => async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    await run();
  };

  /** Shows the messages at their fields; true when there is one, so the submit stops before writing. */
  const rejects = (next: FieldErrors): boolean => {
    setFieldErrors(next);
    return Object.values(next).some((v) => v !== null);
  };

  /** Resolves true when saved, so the form clears its draft only then (a failure keeps what was typed). */
  const write = async (work: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    const failed = await writeRegie(familyId, work);
    setBusy(false);
    setError(failed);
    return failed === null;
  };

  return { fieldErrors, error, busy, onSubmit, rejects, write };
}
