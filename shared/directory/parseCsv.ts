/**
 * RFC 4180 CSV as Dutch spreadsheets write it: `;` or `,` separated (detected from the header line),
 * quoted fields with doubled quotes, CRLF or LF, an optional UTF-8 byte-order mark.
 */
export interface CsvTable {
  delimiter: ';' | ',';
  header: string[];
  /** Data rows with their 1-based line number in the file, for error messages a user can find. */
  rows: { line: number; cells: string[] }[];
}

export class CsvSyntaxError extends Error {
  constructor(readonly line: number, reason: string) {
    super(`Regel ${line}: ${reason}`);
    this.name = 'CsvSyntaxError';
  }
}

function detectDelimiter(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return semicolons >= commas && semicolons > 0 ? ';' : ',';
}

export function parseCsv(input: string): CsvTable {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let fieldStart = true;
  let afterQuote = false;

  const endCell = () => {
    cells.push(cell);
    cell = '';
    fieldStart = true;
    afterQuote = false;
  };
  const endRecord = () => {
    endCell();
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells });
    cells = [];
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          inQuotes = false;
          afterQuote = true;
        }
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && fieldStart) {
      inQuotes = true;
      fieldStart = false;
    } else if (ch === delimiter) {
      endCell();
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (afterQuote) {
      throw new CsvSyntaxError(line, 'na een afsluitend aanhalingsteken mag alleen een scheidingsteken of regeleinde staan.');
    } else {
      cell += ch;
      fieldStart = false;
    }
  }
  if (inQuotes) throw new CsvSyntaxError(recordLine, 'een aanhalingsteken wordt niet afgesloten.');
  if (cell !== '' || cells.length > 0) endRecord();

  const [first, ...rest] = records;
  if (!first) throw new CsvSyntaxError(1, 'het bestand is leeg.');
  return { delimiter, header: first.cells.map((h) => h.trim()), rows: rest };
}
