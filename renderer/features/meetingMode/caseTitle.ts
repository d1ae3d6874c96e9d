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

/** The agenda's line for a case: "Casus 2: Gezin Vos", or just "Casus 2" / "Casus 2 (anoniem)" when the name is not shown. */
export function agendaLabel(c: Pick<MeetingCase, 'position' | 'displayName' | 'anonymous'>, inFocus: boolean, projector: boolean, t: T): string {
  const title = caseTitle(c, inFocus, projector, t);
  return title === c.displayName ? t('meetingMode.agenda.item', { position: c.position, title }) : title;
}

/** The heading of the case in focus: "Casus 2 van 3: Gezin Vos", or "Casus 2 van 3 (anoniem)". */
export function focusHeading(c: Pick<MeetingCase, 'position' | 'displayName' | 'anonymous'>, index: number, total: number, t: T): string {
  if (c.anonymous || c.displayName === null) return t('meetingMode.case.headingAnonymous', { position: index + 1, total });
  return t('meetingMode.case.heading', { position: index + 1, total, title: c.displayName });
}
