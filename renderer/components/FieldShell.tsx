import type { ReactNode } from 'react';

/**
 * The frame every form field shares: label, hint and error, with the ids the input points at through
 * aria-describedby. One place, so every screen announces errors and hints the same way.
 */
export function FieldShell({
  id,
  label,
  hint,
  error,
  children,
  className,
  inlineHint = false,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | null | undefined;
  children: ReactNode;
  className?: string | undefined;
  /** A short hint (a format) shown on the label's line, so fields in a grid stay aligned. */
  inlineHint?: boolean;
}) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      {inlineHint && hint ? (
        <div className="field__label-row">
          <label className="field__label" htmlFor={id}>
            {label}
          </label>
          <span className="field__hint field__hint--inline" id={`${id}-hint`}>
            {hint}
          </span>
        </div>
      ) : (
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
      )}
      {hint && !inlineHint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The ids a field's input points at with aria-describedby: its hint and its error, when shown. */
export const fieldDescribedBy = (id: string, hint: string | undefined, error: string | null | undefined) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
