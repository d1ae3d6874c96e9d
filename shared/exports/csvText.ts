/**
 * CSV for Dutch spreadsheets, the one way files with tables leave the vault: semicolon-separated
 * (with nl-NL's decimal comma, Excel expects ";" between fields), CRLF line ends, and a UTF-8 byte
 * order mark, without which Excel on Windows reads the file as Windows-1252 and garbles "ë".
 */
export type CsvValue = string | number | null;

/**
 * A cell a spreadsheet could run as a formula: its first visible character is = + - @ (or the
 * full-width and small forms some spreadsheets and input methods fold onto them), or it starts with
 * a tab or carriage return. Whitespace, control and invisible format characters (no-break space,
 * line feed, zero-width space and joiners, word joiner, BOM, bidi marks) in front do not hide it:
 * spreadsheets trim or ignore them on import and then see the starter.
 */
const FORMULA_START = /^[\s\p{Cc}\p{Cf}]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/u;

/** One cell: quoted when needed, and a possible formula neutralised (a leading ') so spreadsheets never run it. */
export function csvCell(value: CsvValue): string {
  let text = value === null ? '' : typeof value === 'number' ? String(value).replace('.', ',') : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvText(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
