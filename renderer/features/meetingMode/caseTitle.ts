import type { MeetingCase } from '../../../shared/contract/meetingModeChannels';

type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * How a case is named on screen. In the projector-safe view only the case in focus shows its
 * name; the others are "Casus 2". An anonymous case is never named.
 */
export function caseTitle(c: Pick<MeetingCase, 'position' | 'displayName' | 'anonymous'>, inFocus: boolean, projector: boolean, t: T): string {
  if (c.anonymous || c.displayName === null) return t('meetingMode.case.anonymous', { position: c.position });
  if (projector && !inFocus) return t('meetingMode.case.numbered', { position: c.position });
  return c.displayName;
}
