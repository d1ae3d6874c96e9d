/**
 * Meeting-mode shortcuts. They use Alt so they work while the chair is typing minutes:
 *   Alt+↓ next case · Alt+↑ previous case · Alt+T start or pause the timer of the case in focus ·
 *   Alt+1…6 to a part of the case in focus · Alt+0 to the agenda.
 * In the projector view Escape closes it (it has no field to type in).
 */

/** The parts of the case in focus, in the order of the pane and of Alt+1…6. */
export const CASE_PARTS = ['involved', 'concern', 'timeline', 'actions', 'decisions', 'minutes'] as const;
export type CasePart = (typeof CASE_PARTS)[number];

export type MeetingCommand = 'next' | 'previous' | 'timer' | 'agenda' | CasePart;

export const MEETING_KEYS: Record<'next' | 'previous' | 'timer' | 'agenda', string> = {
  next: 'Alt+ArrowDown',
  previous: 'Alt+ArrowUp',
  timer: 'Alt+T',
  agenda: 'Alt+0',
};

/** The shortcut of a part of the case: Alt+1 for the first. */
export function partKey(part: CasePart): string {
  return `Alt+${CASE_PARTS.indexOf(part) + 1}`;
}

export function meetingCommandFor(event: { key: string; code?: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }): MeetingCommand | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  if (event.key === 'ArrowDown') return 'next';
  if (event.key === 'ArrowUp') return 'previous';
  // The code, not the key: on a Mac Alt+T types "†" and Alt+1 types "¡".
  if (event.code === 'KeyT' || event.key.toLowerCase() === 't') return 'timer';
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(event.code ?? '')?.[1] ?? (/^\d$/.test(event.key) ? event.key : null);
  if (digit === '0') return 'agenda';
  if (digit !== null) return CASE_PARTS[Number(digit) - 1] ?? null;
  return null;
}
