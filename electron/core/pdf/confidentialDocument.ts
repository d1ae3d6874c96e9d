import { randomBytes } from 'node:crypto';
import type { Content, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * The frame every PDF that leaves the vault shares (meeting summaries, terugkoppeling letters,
 * inzage): A4, Dutch, "Vertrouwelijk" at the top of every page, "pagina x van y" at the bottom,
 * optionally encrypted with a password.
 *
 * Encryption: pdfVersion 1.7ext3 makes pdfkit use AES-256 (PDF security handler revision 5/6);
 * older versions would fall back to RC4. The owner password is random and never shown: nobody can
 * lift the restrictions, while the recipient opens, reads and prints with the user password.
 */
export interface ConfidentialDocumentInput {
  /** Large title on the first page, also the PDF's metadata title. */
  title: string;
  /** One line under the title (e.g. the meeting and its date). */
  subtitle?: string | null;
  content: Content[];
  /** When given, the PDF only opens with this password. */
  password?: string | null;
  /** Shown small after "Vertrouwelijk" in the header, e.g. the recipient's name. */
  headerNote?: string | null;
  /** The footer's warning; a letter to a family says it in its own words. */
  footerNote?: string;
}

export const PDF_STYLES: StyleDictionary = {
  title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
  subtitle: { fontSize: 11, color: '#333333', margin: [0, 0, 0, 12] },
  h2: { fontSize: 14, bold: true, margin: [0, 14, 0, 6] },
  h3: { fontSize: 11.5, bold: true, margin: [0, 10, 0, 4] },
  small: { fontSize: 8.5, color: '#444444' },
  note: { fontSize: 9, italics: true, color: '#444444', margin: [0, 2, 0, 6] },
  tableHeader: { bold: true, fillColor: '#e8e8e8' },
  header: { fontSize: 9, bold: true, color: '#8a1c1c' },
  footer: { fontSize: 8.5, color: '#444444' },
};

export const PAGE_MARGINS: [number, number, number, number] = [50, 60, 50, 55];

export function confidentialDocument(input: ConfidentialDocumentInput): TDocumentDefinitions {
  const headerNote = input.headerNote ?? null;
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    language: 'nl-NL',
    info: { title: input.title, creator: 'Casustafel', producer: 'Casustafel' },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
    styles: PDF_STYLES,
    header: () => ({
      margin: [50, 24, 50, 0],
      columns: [
        { text: 'Vertrouwelijk', style: 'header', width: 'auto' },
        { text: headerNote === null ? '' : headerNote, style: 'small', alignment: 'right' },
      ],
    }),
    footer: (currentPage: number, pageCount: number) => ({
      margin: [50, 16, 50, 0],
      columns: [
        { text: input.footerNote ?? 'Niet doorsturen zonder grondslag', style: 'footer' },
        { text: `pagina ${currentPage} van ${pageCount}`, style: 'footer', alignment: 'right' },
      ],
    }),
    content: [
      { text: input.title, style: 'title' },
      ...(input.subtitle ? [{ text: input.subtitle, style: 'subtitle' } as Content] : []),
      ...input.content,
    ],
  };
  if (input.password) {
    definition.version = '1.7ext3';
    definition.userPassword = input.password;
    definition.ownerPassword = randomBytes(24).toString('base64url');
    definition.permissions = { printing: 'highResolution', copying: false, modifying: false, annotating: false, documentAssembly: false };
  } else {
    definition.version = '1.7';
  }
  return definition;
}

/** A table whose header row repeats on every page it spans. */
export function repeatingTable(widths: (number | '*' | 'auto')[], header: string[], rows: Content[][]): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [header.map((h) => ({ text: h, style: 'tableHeader' })), ...rows],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 2, 0, 8],
  };
}
