import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/vaultTestKit';
import { pdfText } from '../support/pdfText';

const root = path.resolve(__dirname, '../../../..');

/**
 * Main, the CLI and the bench are bundled by esbuild into one .cjs each (build/build.mjs). Fonts
 * loaded by path from node_modules would be missing there (and inside an asar archive); this
 * bundles the PDF frame the same way, runs it from a folder without node_modules and reads the
 * result back with pdftotext.
 */
describe('the PDF frame bundled like main', () => {
  it('renders with embedded fonts from a bundle that has no node_modules next to it', async () => {
    const dir = tempDir('casustafel-bundle-');
    const entry = path.join(dir, 'entry.ts');
    const out = path.join(dir, 'pdf.pdf');
    fs.writeFileSync(
      entry,
      `import { renderPdf } from ${JSON.stringify(path.join(root, 'electron/core/pdf/renderPdf'))};
       import { confidentialDocument } from ${JSON.stringify(path.join(root, 'electron/core/pdf/confidentialDocument'))};
       import fs from 'node:fs';
       void renderPdf(confidentialDocument({ title: 'Gebundeld geëxporteerd', content: ['Vertrouwelijke inhoud'] })).then((pdf) => fs.writeFileSync(${JSON.stringify(out)}, pdf));`,
    );
    const bundle = path.join(dir, 'bundle.cjs');
    await build({
      entryPoints: [entry],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'silent',
      external: ['electron', 'better-sqlite3-multiple-ciphers'],
      absWorkingDir: root,
    });
    execFileSync(process.execPath, [bundle], { cwd: dir, stdio: 'pipe' });
    const text = pdfText(fs.readFileSync(out));
    expect(text).toContain('Gebundeld geëxporteerd');
    expect(text).toContain('Vertrouwelijke inhoud');
    expect(text).toContain('pagina 1 van 1');
  });
});
