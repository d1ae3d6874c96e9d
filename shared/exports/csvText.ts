/**
 * CSV for Dutch spreadsheets, the one way files with tables leave the vault: semicolon-separated
 * (with nl-NL's decimal comma, Excel expects ";" between fields), CRLF line ends, and a UTF-8 byte
 * order mark, without which Excel on Windows reads the file as Windows-1252 and garbles "ë".
 */
export type CsvValue = string | number | null;

/** One cell: quoted when needed, and a leading = + - @ neutralised so spreadsheets never run it. */
export function csvCell(value: CsvValue): string {
  let text = value === null ? '' : typeof value === 'number' ? String(value).replace('.', ',') : value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvText(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
