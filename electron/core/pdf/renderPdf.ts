import pdfmake from 'pdfmake';
import robotoVfs from 'pdfmake/build/vfs_fonts';
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

let ready = false;

function prepare(): void {
  if (ready) return;
  // The node build keeps its virtual file system on the instance; the types only describe the browser's.
  const virtualfs = (pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs;
  for (const [name, base64] of Object.entries(robotoVfs as unknown as Record<string, string>)) {
    if (name.endsWith('.ttf') && !virtualfs.existsSync(name)) virtualfs.writeFileSync(name, Buffer.from(base64, 'base64'));
  }
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
