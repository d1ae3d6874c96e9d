import pdfmake from 'pdfmake';
import robotoVfs from 'pdfmake/build/vfs_fonts';
import PdfmakeDocument from 'pdfmake/js/PDFDocument';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';

/**
 * The one way core turns a pdfmake document definition into PDF bytes.
 *
 * Fonts: Roboto, embedded from pdfmake's own virtual file system (`build/vfs_fonts`, base64 in a
 * JS module). Loading the .ttf files by path would break once esbuild bundles main into
 * `dist/main/main.cjs` (the files' `__dirname` is gone) and inside an asar archive; a module is
 * bundled like any other code, so the same bytes are there in vitest, the CLI, the bench and the app.
 *
 * pdfmake may fetch URLs and read local files named in a document (images, fonts). Our documents
 * never need either, and vault content must never make the app read or fetch anything: both
 * policies refuse everything.
 */
const FONTS: TFontDictionary = {
  Roboto: {
    normal: 'Roboto-Regular.ttf',
    bold: 'Roboto-Medium.ttf',
    italics: 'Roboto-Italic.ttf',
    bolditalics: 'Roboto-MediumItalic.ttf',
  },
};

interface VirtualFs {
  existsSync(name: string): boolean;
  writeFileSync(name: string, content: Buffer): void;
}

/**
 * Hides the OpenType layout tables (GSUB, GPOS) of a TrueType font by renaming their tags in the
 * table directory. fontkit then lays text out glyph by glyph instead of running the shaping engine,
 * which took most of the rendering time (measuring every word of every table cell). Dutch text in
 * Roboto needs no contextual shaping; what is lost is kerning and the fi/fl ligatures, invisible at
 * this size — and without ligatures the text extracts letter for letter (search, screen readers).
 * The glyph outlines and metrics, which the embedded subset is made of, are untouched.
 */
export function withoutLayoutTables(font: Buffer): Buffer {
  const out = Buffer.from(font);
  const numTables = out.readUInt16BE(4);
  for (let i = 0; i < numTables; i += 1) {
    const at = 12 + i * 16;
    const tag = out.toString('latin1', at, at + 4);
    if (tag === 'GSUB' || tag === 'GPOS') out.write(tag === 'GSUB' ? 'xSUB' : 'xPOS', at, 'latin1');
  }
  return out;
}

let ready = false;

/**
 * Charts are SVG, and pdfmake draws an SVG's text through svg-to-pdfkit, which asks PDFKit for the
 * font by its file name ("Roboto-Regular.ttf"). PDFKit then looks for that file on disk, fails
 * ("failed to open font"), and the chart falls back to Helvetica. Registering our fonts under
 * those names on each document, the first time one is asked for, makes the charts use the
 * document's own Roboto from memory.
 */
function fontsByFileName(bytes: ReadonlyMap<string, Buffer>): void {
  const original = PdfmakeDocument.prototype.font;
  PdfmakeDocument.prototype.font = function (src, ...rest) {
    if (typeof src === 'string' && this._registeredFonts[src] === undefined) {
      const font = bytes.get(src);
      if (font !== undefined) this.registerFont(src, font);
    }
    return original.call(this, src, ...rest);
  };
}

function prepare(): void {
  if (ready) return;
  // The node build keeps its virtual file system on the instance; the types only describe the browser's.
  const virtualfs = (pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs;
  const bytes = new Map<string, Buffer>();
  for (const [name, base64] of Object.entries(robotoVfs as unknown as Record<string, string>)) {
    if (!name.endsWith('.ttf')) continue;
    const font = withoutLayoutTables(Buffer.from(base64, 'base64'));
    bytes.set(name, font);
    if (!virtualfs.existsSync(name)) virtualfs.writeFileSync(name, font);
  }
  fontsByFileName(bytes);
  pdfmake.setFonts(FONTS);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  ready = true;
}

/** Renders a document definition to PDF bytes (fonts embedded, subset). */
export async function renderPdf(docDefinition: TDocumentDefinitions): Promise<Uint8Array> {
  prepare();
  // pdfmake mutates the definition it is given (defaults, header functions); keep the caller's intact.
  const definition: TDocumentDefinitions = { ...docDefinition };
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
