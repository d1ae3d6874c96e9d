import { useId, type InputHTMLAttributes, type Ref } from 'react';
import { FieldShell, fieldDescribedBy } from './FieldShell';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'aria-describedby'> {
  label: string;
  hint?: string;
  error?: string | null;
  inputRef?: Ref<HTMLInputElement>;
  /** Extra elements (e.g. a strength meter) described by the field. */
  describedBy?: string;
}

/** A labelled input with its hint and error linked through aria-describedby. */
export function TextField({ label, hint, error, inputRef, describedBy, className, ...input }: TextFieldProps) {
  const id = useId();
  const described = [fieldDescribedBy(id, hint, error), describedBy].filter(Boolean).join(' ');
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input
        {...input}
        id={id}
        ref={inputRef}
        className={`field__input${className ? ` ${className}` : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
      />
    </FieldShell>
  );
}
