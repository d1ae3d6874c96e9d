import { z } from 'zod';
import { MEETING_TYPES, ORGANISATION_FUNCTIONS, ORGANISATION_TYPES } from '../domain/vocabulary';
import type { CsvTable } from './parseCsv';

/**
 * Importing the sociale kaart from a spreadsheet: one row per contact person (or per organisation
 * without one). The preview shows every row with either what will be imported or why not; nothing is
 * written until the user confirms, and only valid rows are written.
 */
export const PARTNER_CSV_COLUMNS = [
  'organisatie',
  'type',
  'functie',
  'plaats',
  'telefoon',
  'email',
  'contactpersoon',
  'rol',
  'contact_telefoon',
  'contact_email',
  'overleggen',
] as const;
const REQUIRED_COLUMNS = ['organisatie', 'type'] as const;

const optionalText = (max: number) => z.string().trim().max(max, `maximaal ${max} tekens`);
const phone = optionalText(40).refine((v) => v === '' || /^[+()\d\s-]{6,40}$/.test(v), 'geen geldig telefoonnummer');
const email = optionalText(200).refine((v) => v === '' || z.string().email().safeParse(v).success, 'geen geldig e-mailadres');

export const PartnerImportRow = z.object({
  organisatie: z.string().trim().min(1, 'organisatie ontbreekt').max(200, 'maximaal 200 tekens'),
  type: z.enum(ORGANISATION_TYPES, { message: `onbekend type (kies uit: ${ORGANISATION_TYPES.join(', ')})` }),
  functie: z.enum(ORGANISATION_FUNCTIONS, { message: 'functie moet signalerend, duidend of beide zijn' }),
  plaats: optionalText(120),
  telefoon: phone,
  email,
  contactpersoon: optionalText(160),
  rol: optionalText(160),
  contact_telefoon: phone,
  contact_email: email,
  overleggen: z.array(z.enum(MEETING_TYPES, { message: `onbekend overleg (kies uit: ${MEETING_TYPES.join(', ')})` })),
});
export type PartnerImportRow = z.infer<typeof PartnerImportRow>;

export type PartnerPreviewRow =
  | { line: number; ok: true; value: PartnerImportRow }
  | { line: number; ok: false; errors: string[]; raw: Record<string, string> };

export interface PartnerPreview {
  /** Problems with the file as a whole (missing columns); when present, no row is importable. */
  fileErrors: string[];
  /** Columns that are ignored, so the user knows their data there is not imported. */
  ignoredColumns: string[];
  rows: PartnerPreviewRow[];
}

const DEFAULT_FUNCTION: Record<string, (typeof ORGANISATION_FUNCTIONS)[number]> = {
  school: 'signalerend',
  kinderopvang: 'signalerend',
  huisarts: 'beide',
  politie: 'signalerend',
  woningcorporatie: 'signalerend',
  schuldhulp: 'signalerend',
  leerplicht: 'signalerend',
  jgz: 'duidend',
  wijkteam: 'duidend',
  buurtteam: 'duidend',
  cjg: 'duidend',
  veilig_thuis: 'duidend',
};

const normaliseKey = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, '_').replace('e_mail', 'email');

export function previewPartnerImport(table: CsvTable): PartnerPreview {
  const header = table.header.map(normaliseKey);
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) return { fileErrors: [`Kolom ontbreekt: ${missing.join(', ')}`], ignoredColumns: [], rows: [] };
  const unknown = header.filter((h) => h !== '' && !(PARTNER_CSV_COLUMNS as readonly string[]).includes(h));

  const rows = table.rows.map((row): PartnerPreviewRow => {
    const raw: Record<string, string> = {};
    header.forEach((h, i) => {
      raw[h] = row.cells[i] ?? '';
    });
    const type = (raw.type ?? '').trim().toLowerCase().replace(/\s+/g, '_');
    const candidate = {
      organisatie: raw.organisatie ?? '',
      type,
      functie: (raw.functie ?? '').trim().toLowerCase() || DEFAULT_FUNCTION[type] || 'beide',
      plaats: raw.plaats ?? '',
      telefoon: raw.telefoon ?? '',
      email: raw.email ?? '',
      contactpersoon: raw.contactpersoon ?? '',
      rol: raw.rol ?? '',
      contact_telefoon: raw.contact_telefoon ?? '',
      contact_email: raw.contact_email ?? '',
      overleggen: (raw.overleggen ?? '')
        .split(/[|,]/)
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s !== ''),
    };
    const errors: string[] = [];
    if (row.cells.length > header.length) errors.push(`meer cellen (${row.cells.length}) dan kolommen (${header.length})`);
    const parsed = PartnerImportRow.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push(`${String(issue.path[0] ?? 'rij')}: ${issue.message}`);
    }
    return errors.length === 0 && parsed.success ? { line: row.line, ok: true, value: parsed.data } : { line: row.line, ok: false, errors, raw };
  });
  return { fileErrors: [], ignoredColumns: unknown, rows };
}
