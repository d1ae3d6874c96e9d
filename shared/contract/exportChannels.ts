import { z } from 'zod';

/**
 * Files the user asks to export (the timeline image, meeting summaries, letters and calendar
 * files). Exporting is the only way vault content reaches disk unencrypted, so it always goes
 * through main's native save dialog: the renderer sends the bytes and a suggested file name, never
 * a path, and learns back only the name the user chose.
 */
export const EXPORT_TYPES: Record<'svg' | 'png' | 'pdf' | 'ics' | 'csv' | 'json' | 'overdracht' | 'ontvangst', ExportMimeType> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  pdf: 'application/pdf',
  ics: 'text/calendar',
  csv: 'text/csv',
  // The machine-readable inzage / portability file.
  json: 'application/json',
  // A warme-overdracht package and its receipt: sealed SQLCipher files, never plaintext.
  overdracht: 'application/octet-stream',
  ontvangst: 'application/octet-stream',
};
export type ExportExtension = keyof typeof EXPORT_TYPES;
export const EXPORT_MIME_TYPES = ['image/svg+xml', 'image/png', 'application/pdf', 'text/calendar', 'text/csv', 'application/json', 'application/octet-stream'] as const;
export type ExportMimeType = (typeof EXPORT_MIME_TYPES)[number];

/** Largest export (decoded); the biggest expected file, a 2× PNG of a long timeline, is far below. */
export const MAX_EXPORT_BYTES = 20 * 1024 * 1024;
const MAX_BASE64_CHARS = Math.ceil(MAX_EXPORT_BYTES / 3) * 4;

/** The extension of a file name (lower case, without the dot), or null. */
export function exportExtensionOf(fileName: string): ExportExtension | null {
  const match = /\.([A-Za-z0-9]+)$/.exec(fileName);
  const ext = match?.[1]?.toLowerCase();
  return ext !== undefined && Object.prototype.hasOwnProperty.call(EXPORT_TYPES, ext) ? (ext as ExportExtension) : null;
}

/** A bare file name: no folder, no way out of the folder the user picks, no control characters. */
export const ExportFileName = z
  .string()
  .min(5)
  .max(200)
  // eslint-disable-next-line no-control-regex
  .refine((name) => !/[/\\\u0000-\u001f]/.test(name), 'Alleen een bestandsnaam, zonder map.')
  .refine((name) => !name.includes('..') && !name.startsWith('.'), 'Geen verwijzing naar een andere map.')
  .refine((name) => exportExtensionOf(name) !== null, 'Alleen .svg, .png, .pdf, .ics, .csv, .json, .overdracht of .ontvangst.');

/**
 * A handover package and its receipt are made and sealed by core only; the renderer's own export
 * channel cannot write a file under their names (it could otherwise pass off any bytes as a package).
 */
export const SEALED_EXPORT_EXTENSIONS: readonly ExportExtension[] = ['overdracht', 'ontvangst'];

export const SaveExportRequest = z
  .object({
    suggestedName: ExportFileName,
    mimeType: z.enum(EXPORT_MIME_TYPES),
    dataBase64: z
      .string()
      .max(MAX_BASE64_CHARS)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Geen geldige base64.')
      .refine((s) => s.length % 4 === 0, 'Geen geldige base64.'),
  })
  .refine((r) => {
    const ext = exportExtensionOf(r.suggestedName);
    return ext !== null && EXPORT_TYPES[ext] === r.mimeType;
  }, 'Het bestandstype past niet bij de extensie.')
  .refine((r) => {
    const ext = exportExtensionOf(r.suggestedName);
    return ext === null || !SEALED_EXPORT_EXTENSIONS.includes(ext);
  }, 'Een overdrachtspakket of ontvangstbevestiging maakt Casustafel zelf; die kan hier niet worden opgeslagen.');

export const exportChannels = {
  /** Asks where to save (native dialog) and writes the file; `saved: false` when the user cancels. */
  'export:saveFile': {
    request: SaveExportRequest,
    response: z.object({ saved: z.boolean(), fileName: z.string().nullable() }),
  },
} as const;
