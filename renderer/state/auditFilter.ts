import type { AuditCategory } from '../../shared/access/auditCategory';
import type { AuditQuery } from '../../shared/contract/accessChannels';
import { parseCalendarDay } from '../../shared/domain/calendarDate';
import { parseDutchDate } from '../format/dutchDate';

/** The log filter as the user types it (dates as dd-mm-jjjj); applied with "Filteren". */
export interface AuditFilterDraft {
  familyId: string | null;
  operator: string;
  category: AuditCategory | null;
  fromDay: string;
  toDay: string;
}

export const EMPTY_AUDIT_FILTER: AuditFilterDraft = { familyId: null, operator: '', category: null, fromDay: '', toDay: '' };

/** Rows per page; "Meer laden" fetches the next page. */
export const AUDIT_PAGE_SIZE = 100;

export type AuditFilterProblem = 'fromInvalid' | 'toInvalid' | 'toBeforeFrom';

/** The query without its page position: what "Meer laden" repeats with an older `beforeSeq`. */
export type AuditFilterQuery = Omit<AuditQuery, 'beforeSeq'>;

/** Local midnight at the start of a calendar day (YYYY-MM-DD) as an instant. */
function startOfLocalDay(day: string, plusDays = 0): string {
  const d = parseCalendarDay(day)!;
  return new Date(d.year, d.month - 1, d.day + plusDays).toISOString();
}

/**
 * The draft as a query. Days are this computer's local calendar days: "vanaf 3-11-2026" starts at
 * local midnight, "tot en met 5-11-2026" ends at the next local midnight (exclusive), so a row
 * logged at 23:59 on the 5th is in and one at 00:00 on the 6th is out, whatever the time zone.
 */
export function toAuditQuery(draft: AuditFilterDraft): { query: AuditFilterQuery } | { problems: AuditFilterProblem[] } {
  const from = draft.fromDay.trim() === '' ? null : parseDutchDate(draft.fromDay);
  const to = draft.toDay.trim() === '' ? null : parseDutchDate(draft.toDay);
  const problems: AuditFilterProblem[] = [];
  if (draft.fromDay.trim() !== '' && from === null) problems.push('fromInvalid');
  if (draft.toDay.trim() !== '' && to === null) problems.push('toInvalid');
  if (from !== null && to !== null && to < from) problems.push('toBeforeFrom');
  if (problems.length > 0) return { problems };
  return {
    query: {
      familyId: draft.familyId,
      operator: draft.operator.trim().slice(0, 200),
      category: draft.category,
      from: from === null ? null : startOfLocalDay(from),
      to: to === null ? null : startOfLocalDay(to, 1),
      limit: AUDIT_PAGE_SIZE,
    },
  };
}
