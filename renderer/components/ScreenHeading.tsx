import { useEffect, useRef, type ReactNode } from 'react';

let firstScreenShown = false;

/**
 * The h1 of a screen. When the screen changes, focus moves here so screen-reader and keyboard
 * users start at the top of the new content (the very first screen leaves focus alone, so the
 * skip link stays the first stop).
 */
export function ScreenHeading({ children, id }: { children: ReactNode; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstScreenShown) ref.current?.focus();
    firstScreenShown = true;
  }, []);
  return (
    <h1 ref={ref} id={id} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
}
