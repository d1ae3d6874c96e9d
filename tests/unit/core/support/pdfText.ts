import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './vaultTestKit';

/**
 * The text of a PDF as an independent reader sees it: poppler's `pdftotext` (Debian
 * poppler-utils), not our own renderer. `password` opens an encrypted PDF; without it, an encrypted
 * PDF fails to open, which `pdfOpens` reports.
 */
export const PDFTOTEXT = '/usr/bin/pdftotext';

export function pdfText(pdf: Uint8Array, password?: string, layout = true): string {
  const file = path.join(tempDir('casustafel-pdf-'), 'document.pdf');
  fs.writeFileSync(file, pdf);
  const args = [...(layout ? ['-layout'] : []), ...(password === undefined ? [] : ['-upw', password]), file, '-'];
  return execFileSync(PDFTOTEXT, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function pdfOpens(pdf: Uint8Array, password?: string): boolean {
  try {
    pdfText(pdf, password);
    return true;
  } catch {
    return false;
  }
}

/** Collapses the layout's runs of spaces so assertions do not depend on column widths. */
export function flat(text: string): string {
  return text.replace(/[ \t]+/g, ' ');
}

/**
 * The text in reading order (pdftotext without -layout) with every run of white space, line
 * breaks included, made one space: a sentence wrapped inside a table cell reads as one sentence.
 */
export function pdfWords(pdf: Uint8Array, password?: string): string {
  return pdfText(pdf, password, false).replace(/\s+/g, ' ');
}
