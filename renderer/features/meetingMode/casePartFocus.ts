import type { CasePart } from './meetingKeys';

/**
 * The heading each part of the case starts with, first match wins. Some parts start with a
 * section of the regie feature (its own heading ids); the projector view has its own read-only parts.
 */
const PART_HEADINGS: Record<CasePart, readonly string[]> = {
  involved: ['mm-involved-title'],
  concern: ['mm-flags-title'],
  timeline: ['mm-timeline-title'],
  actions: ['regie-review-title', 'regie-actions-title', 'mm-actions-title'],
  decisions: ['regie-decision-title', 'mm-decisions-title'],
  minutes: ['mm-minutes-title'],
};

/** Where a part starts, if it is on screen (a case still loading has none). */
export function partHeading(part: CasePart): HTMLElement | null {
  for (const id of PART_HEADINGS[part]) {
    const element = document.getElementById(id);
    if (element) return element;
  }
  return null;
}

/**
 * Scrolls the case pane to a part and puts keyboard focus on its heading, so the next Tab goes
 * into that part. Headings of other features are made focusable here (tabindex -1: by script only).
 */
export function focusPart(part: CasePart): boolean {
  const heading = partHeading(part);
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
  return true;
}

/** Alt+0: to the case in focus on the agenda (or the agenda's heading while it is empty). */
export function focusAgenda(): void {
  const current = document.querySelector<HTMLElement>('.mm-agenda [aria-current="true"]') ?? document.getElementById('mm-agenda-title');
  if (!current) return;
  if (current.tagName !== 'BUTTON' && !current.hasAttribute('tabindex')) current.setAttribute('tabindex', '-1');
  current.focus();
}
