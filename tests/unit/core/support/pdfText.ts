import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * The text of a PDF as an independent reader sees it: pdf.js (the npm package pdfjs-dist, so no
 * system tool is needed), not our own renderer. `password` opens an encrypted PDF; without it, an
 * encrypted PDF fails to open, which `pdfOpens` reports. The reader runs as a child process so
 * these helpers stay synchronous.
 */
// Both test runners (vitest, Playwright) run from the repository root; this file is shared by both,
// and Playwright loads it as CommonJS, where import.meta does not exist.
const READER = path.resolve('tests/unit/core/support/pdfTextReader.mjs');

export function pdfText(pdf: Uint8Array, password?: string, layout = true): string {
  const args = [READER, layout ? 'layout' : 'words', ...(password === undefined ? [] : [password])];
  return execFileSync(process.execPath, args, { input: pdf, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
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
 * The text in reading order with every run of white space, line breaks included, made one space:
 * a sentence wrapped inside a table cell reads as one sentence.
 */
export function pdfWords(pdf: Uint8Array, password?: string): string {
  return pdfText(pdf, password, false).replace(/\s+/g, ' ');
}
