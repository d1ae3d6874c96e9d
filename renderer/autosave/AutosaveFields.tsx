import { useId } from 'react';
import { FieldShell, fieldDescribedBy } from '../components/FieldShell';
import { useTranslation } from 'react-i18next';
import { parseDutchDate, toDutchDateInput } from '../format/dutchDate';
import { useAutosave } from './useAutosave';
import { typedDate } from '../format/typedDate';
import type { DateUse } from '../../shared/domain/dutchDate';

/** Typing pauses this long before a text is saved; leaving the field saves at once. */
export const TEXT_SAVE_DELAY_MS = 700;

/** A text (or multi-line text) saved while typing and on leaving the field; user text keeps its direction. */
export function AutosaveText({
  label,
  hint,
  value,
  onSave,
  multiline = false,
  required = false,
  maxLength,
  rows,
  className,
  validate,
  inputMode,
}: {
  label: string;
  hint?: string;
  value: string;
  onSave(value: string): Promise<unknown>;
  multiline?: boolean;
  required?: boolean;
  maxLength?: number;
  rows?: number;
  className?: string;
  /** A refusal in words (the value is kept in the field and not saved), or null. */
  validate?(value: string): string | null;
  inputMode?: 'numeric' | 'text';
}) {
  const { t } = useTranslation();
  const id = useId();
  const field = useAutosave(value, onSave, TEXT_SAVE_DELAY_MS, (v) => (required && v.trim() === '' ? t('autosave.required', { field: label }) : (validate?.(v) ?? null)));
  const common = {
    id,
    className: `field__input${multiline ? ' field__textarea' : ''}`,
    value: field.draft,
    dir: 'auto' as const,
    maxLength,
    'aria-invalid': field.error ? true : undefined,
    'aria-describedby': fieldDescribedBy(id, hint, field.error),
    'aria-required': required || undefined,
    onBlur: () => void field.flush(),
  };
  return (
    <FieldShell id={id} label={label} hint={hint} error={field.error} className={className}>
      {multiline ? (
        <textarea {...common} rows={rows ?? 6} onChange={(e) => field.change(e.target.value)} />
      ) : (
        <input {...common} type="text" autoComplete="off" inputMode={inputMode} onChange={(e) => field.change(e.target.value)} />
      )}
    </FieldShell>
  );
}

/** A calendar day typed the Dutch way (dd-mm-jjjj); an impossible date is refused and kept in the field. */
export function AutosaveDate({
  label,
  value,
  onSave,
  required = false,
  className,
  use = 'dag',
}: {
  label: string;
  value: string | null;
  onSave(value: string | null): Promise<unknown>;
  required?: boolean;
  className?: string;
  /** What the date is for, so which days are plausible (shared/domain/dutchDate). */
  use?: DateUse;
}) {
  const { t } = useTranslation();
  const id = useId();
  const hint = t('date.hint');
  const field = useAutosave(
    toDutchDateInput(value),
    (text) => onSave(text.trim() === '' ? null : parseDutchDate(text)),
    TEXT_SAVE_DELAY_MS * 2,
    (text) => {
      if (text.trim() === '') return required ? t('autosave.required', { field: label }) : null;
      return typedDate(text, use).error;
    },
  );
  return (
    <FieldShell id={id} label={label} hint={hint} error={field.error} className={className} inlineHint>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className="field__input field__input--date"
        value={field.draft}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, hint, field.error)}
        onChange={(e) => field.change(e.target.value)}
        onBlur={() => void field.flush()}
      />
    </FieldShell>
  );
}

export interface Choice {
  value: string;
  label: string;
}

/** A choice saved as soon as it changes. */
export function AutosaveSelect({
  label,
  hint,
  value,
  choices,
  onSave,
  className,
}: {
  label: string;
  hint?: string;
  value: string;
  choices: readonly Choice[];
  onSave(value: string): Promise<unknown>;
  className?: string;
}) {
  const id = useId();
  const field = useAutosave(value, onSave, 0);
  return (
    <FieldShell id={id} label={label} hint={hint} error={field.error} className={className}>
      <select
        id={id}
        className="field__input"
        value={field.draft}
        aria-describedby={fieldDescribedBy(id, hint, field.error)}
        onChange={(e) => field.change(e.target.value)}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A yes/no saved as soon as it is ticked. */
export function AutosaveCheckbox({ label, value, onSave }: { label: string; value: boolean; onSave(value: boolean): Promise<unknown> }) {
  const id = useId();
  const field = useAutosave(value, onSave, 0);
  return (
    <div className="field field--checkbox">
      <div className="checkbox">
        <input id={id} type="checkbox" checked={field.draft} onChange={(e) => field.change(e.target.checked)} aria-describedby={field.error ? `${id}-error` : undefined} />
        <label htmlFor={id}>{label}</label>
      </div>
      {field.error ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {field.error}
        </p>
      ) : null}
    </div>
  );
}
