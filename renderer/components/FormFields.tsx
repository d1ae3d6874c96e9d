import { useId } from 'react';
import { ErrorAlert } from './Alert';
import { FieldShell, fieldDescribedBy } from './FieldShell';

/** Plain (not autosaved) fields of the add forms: submitted with their form's button. */
export function TextInput({
  label,
  value,
  onChange,
  hint,
  error,
  multiline = false,
  maxLength = 2000,
  inputMode,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  error?: string | null;
  multiline?: boolean;
  maxLength?: number;
  inputMode?: 'numeric';
}) {
  const id = useId();
  const common = {
    id,
    className: `field__input${multiline ? ' field__textarea' : ''}`,
    value,
    dir: 'auto' as const,
    maxLength,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': fieldDescribedBy(id, hint, error),
  };
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" autoComplete="off" inputMode={inputMode} onChange={(e) => onChange(e.target.value)} />
      )}
    </FieldShell>
  );
}

export function SelectInput({
  label,
  value,
  onChange,
  choices,
  error,
  hint,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  choices: readonly { value: string; label: string }[];
  error?: string | null;
  hint?: string;
}) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        className="field__input"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, hint, error)}
        onChange={(e) => onChange(e.target.value)}
      >
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** The end of an add form: why its last save failed, if it did, and its button, disabled while it saves. */
export function FormFooter({ label, error, busy, primary = false }: { label: string; error: string | null; busy: boolean; primary?: boolean }) {
  return (
    <>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <div className="button-row">
        <button type="submit" className={primary ? 'button button--primary' : 'button'} disabled={busy}>
          {label}
        </button>
      </div>
    </>
  );
}

