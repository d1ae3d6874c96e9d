import { z } from 'zod';
import { IsoDateTime, RecordId } from '../domain/records';

/**
 * What kind of file left the vault. Stored in `export_log.kind`; labels live in the translations.
 * A print is not a file: it is logged on the audit trail as `print` (access:printed). Migration 6's
 * CHECK still admits 'afdruk'; nothing writes it.
 */
export const EXPORT_KINDS = [
  'samenvatting',
  'terugkoppelingsbrief',
  'agenda_ics',
  'tijdlijn',
  'inzage_pdf',
  'inzage_json',
  'verwerkingsoverzicht',
  'gezinsplanbrief',
  'actie_ics',
  'overdracht',
  'overdracht_ontvangen',
  'ontvangstbevestiging',
  'rapportage',
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/**
 * One line of the export log: what went to whom, when, by which operator. `included` and
 * `withheld` are short Dutch summaries (counts and reasons), never the exported content.
 */
export const ExportLogEntry = z.object({
  id: RecordId,
  at: IsoDateTime,
  operator: z.string(),
  kind: z.enum(EXPORT_KINDS),
  fileName: z.string(),
  meetingId: RecordId.nullable(),
  recipientProfessionalId: RecordId.nullable(),
  recipientName: z.string(),
  recipientOrganisation: z.string(),
  included: z.string(),
  withheld: z.string(),
  familyIds: z.array(RecordId),
});
export type ExportLogEntry = z.infer<typeof ExportLogEntry>;

export const exportLogChannels = {
  /** The export log for one family, one meeting, or (both null) the whole vault, newest first. */
  'export:log': {
    request: z.object({
      familyId: RecordId.nullable(),
      meetingId: RecordId.nullable(),
      limit: z.number().int().min(1).max(1000),
    }),
    response: z.array(ExportLogEntry),
  },
} as const;
