import { z } from 'zod';
import { AUDIT_CATEGORIES } from '../access/auditCategory';
import { IsoDateTime, RecordId } from '../domain/records';
import { AuditEntry } from './schemas';

/**
 * Channels of the access log. Views are logged by core itself when a family's content is
 * served; the renderer only reports what core cannot see: that the user printed. There is no channel
 * that changes or removes a log entry (a unit test walks the contract to keep it that way).
 */

/** What was printed. Stored in the entry's summary; labels in the translations. */
export const PRINT_SUBJECTS = ['risicotaxatie', 'herbeoordeling', 'tijdlijn', 'dossier'] as const;
export type PrintSubject = (typeof PRINT_SUBJECTS)[number];

export const AuditCategory = z.enum(AUDIT_CATEGORIES);

/** Most rows per page; "Meer laden" fetches the next page. */
export const AUDIT_PAGE_MAX = 500;

/**
 * A filter over the whole log (or one family's). `from` is inclusive, `to` exclusive; the renderer
 * turns the chosen local calendar days into these instants. Paging is by sequence number
 * (`beforeSeq` = the last row already shown) rather than an offset: views are logged while the user
 * reads the log, and new rows at the top would shift an offset and repeat rows on the next page.
 */
export const AuditQuery = z.object({
  familyId: RecordId.nullable(),
  /** Part of the operator's name, organisation, role or "namens"; '' = everyone. */
  operator: z.string().trim().max(200),
  category: AuditCategory.nullable(),
  from: IsoDateTime.nullable(),
  to: IsoDateTime.nullable(),
  beforeSeq: z.number().int().positive().nullable(),
  limit: z.number().int().min(1).max(AUDIT_PAGE_MAX),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditLogEntry = AuditEntry.extend({
  category: AuditCategory,
  /** The family's current name; null for entries without a family or when the family is gone. */
  familyName: z.string().nullable(),
});
export type AuditLogEntry = z.infer<typeof AuditLogEntry>;

export const AuditPage = z.object({
  entries: z.array(AuditLogEntry),
  /** True when older entries match the filter too. */
  hasMore: z.boolean(),
});
export type AuditPage = z.infer<typeof AuditPage>;

export const accessChannels = {
  'audit:query': { request: AuditQuery, response: AuditPage },
  'access:printed': {
    request: z.object({ familyId: RecordId, what: z.enum(PRINT_SUBJECTS) }),
    response: z.object({ seq: z.number().int().positive() }),
  },
} as const;
