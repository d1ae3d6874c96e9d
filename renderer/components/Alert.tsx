import type { ReactNode } from 'react';

/** A form-level error, announced at once. */
export function ErrorAlert({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <div className="message message--error" role="alert" id={id}>
      {children}
    </div>
  );
}

/** A calm confirmation or notice, announced politely. */
export function StatusMessage({ children, tone = 'info' }: { children: ReactNode; tone?: 'info' | 'success' }) {
  return (
    <div className={`message message--${tone}`} role="status">
      {children}
    </div>
  );
}
