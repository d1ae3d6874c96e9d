/**
 * Meeting-mode shortcuts. They use Alt so they work while the chair is typing minutes:
 *   Alt+↓ next case · Alt+↑ previous case · Alt+T start or pause the timer of the case in focus.
 */
export type MeetingCommand = 'next' | 'previous' | 'timer';

export const MEETING_KEYS: Record<MeetingCommand, string> = { next: 'Alt+ArrowDown', previous: 'Alt+ArrowUp', timer: 'Alt+T' };

export function meetingCommandFor(event: { key: string; code?: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }): MeetingCommand | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  if (event.key === 'ArrowDown') return 'next';
  if (event.key === 'ArrowUp') return 'previous';
  // The code, not the key: on a Mac Alt+T types "†".
  if (event.code === 'KeyT' || event.key.toLowerCase() === 't') return 'timer';
  return null;
}
