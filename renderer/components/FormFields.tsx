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

export interface SelectChoice {
  value: string;
  label: string;
  group?: string;
}

/** Runs of consecutive choices that share a group (or have none), in their order. */
function groupRuns(choices: readonly SelectChoice[]): { group: string | undefined; choices: SelectChoice[] }[] {
  const runs: { group: string | undefined; choices: SelectChoice[] }[] = [];
  for (const c of choices) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.group === c.group) last.choices.push(c);
    else runs.push({ group: c.group, choices: [c] });
  }
  return runs;
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
  /** Consecutive choices with the same `group` are shown under that heading (an optgroup). */
  choices: readonly SelectChoice[];
  error?: string | null;
  hint?: string;
}) {
  const id = useId();
  const option = (c: SelectChoice) => (
    <option key={c.value} value={c.value}>
      {c.label}
    </option>
  );
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
        {groupRuns(choices).map((run, n) =>
          run.group === undefined ? (
            run.choices.map(option)
          ) : (
            <optgroup key={`${run.group}-${n}`} label={run.group}>
              {run.choices.map(option)}
            </optgroup>
          ),
        )}
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

