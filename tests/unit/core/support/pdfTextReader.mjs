// Reads a PDF from stdin and prints its text, as an independent reader sees it (pdf.js, not our
// renderer). Arguments: "layout" or "words", then an optional password. Pages are separated by a
// form feed, like pdftotext. Runs as its own process so the test helper can stay synchronous.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const [mode = 'layout', password] = process.argv.slice(2);
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const data = new Uint8Array(Buffer.concat(chunks));

/** One line per baseline, items left to right, a space where there is a visible gap. */
function layoutPage(items) {
  const rows = [];
  for (const item of items) {
    if (item.str === '') continue;
    const y = item.transform[5];
    const height = Math.abs(item.transform[3]) || item.height || 10;
    let row = rows.find((r) => Math.abs(r.y - y) < height * 0.4);
    if (row === undefined) rows.push((row = { y, items: [] }));
    row.items.push(item);
  }
  rows.sort((a, b) => b.y - a.y);
  return rows
    .map((row) => {
      row.items.sort((a, b) => a.transform[4] - b.transform[4]);
      let line = '';
      let end = null;
      for (const item of row.items) {
        const x = item.transform[4];
        const size = Math.abs(item.transform[0]) || 10;
        if (end !== null) {
          const gap = x - end;
          if (gap > size * 1.5) line += '   ';
          else if (gap > size * 0.15 && !line.endsWith(' ') && !item.str.startsWith(' ')) line += ' ';
        }
        line += item.str;
        end = x + item.width;
      }
      return line.replace(/\s+$/, '');
    })
    .join('\n');
}

/** The content stream's own order, a break where the PDF ends a line. */
function wordsPage(items) {
  let text = '';
  let previous = null;
  for (const item of items) {
    if (previous !== null && !previous.hasEOL) {
      const size = Math.abs(item.transform[0]) || 10;
      const sameLine = Math.abs(item.transform[5] - previous.transform[5]) < size * 0.4;
      const gap = item.transform[4] - (previous.transform[4] + previous.width);
      if (!sameLine || gap > size * 0.15) text += ' ';
    }
    text += item.str + (item.hasEOL ? '\n' : '');
    previous = item;
  }
  return text;
}

try {
  const doc = await getDocument({ data, password, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(mode === 'words' ? wordsPage(content.items) : layoutPage(content.items));
  }
  process.stdout.write(`${pages.join('\n\f')}\n\f`);
  await doc.destroy();
} catch (error) {
  process.stderr.write(`${error?.name ?? 'Error'}: ${error?.message ?? String(error)}\n`);
  process.exit(1);
}
