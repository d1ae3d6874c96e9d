import fs from 'node:fs';
import path from 'node:path';

export interface ScanResult {
  filesScanned: number;
  bytesScanned: number;
  /** "file: marker" for every hit; empty when nothing leaked. */
  hits: string[];
}

const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** Every regular file under `root` (symlinks are not followed; unreadable folders are skipped). */
export function listFiles(root: string, filter: (file: string, stat: fs.Stats) => boolean = () => true): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        try {
          const stat = fs.statSync(full);
          if (filter(full, stat)) out.push(full);
        } catch {
          // Vanished between listing and stat (another process's temp file): nothing to scan.
        }
      }
    }
  };
  if (fs.existsSync(root) && fs.statSync(root).isFile()) return [root];
  walk(root);
  return out;
}

/**
 * Reads raw bytes and looks for each marker as UTF-8 and as UTF-16LE (SQLite and Chromium may
 * store text in either).
 */
export function scanForMarkers(files: string[], markers: string[]): ScanResult {
  const needles = markers.flatMap((m) => [
    { marker: m, bytes: Buffer.from(m, 'utf8') },
    { marker: m, bytes: Buffer.from(m, 'utf16le') },
  ]);
  const result: ScanResult = { filesScanned: 0, bytesScanned: 0, hits: [] };
  for (const file of new Set(files)) {
    let content: Buffer;
    try {
      if (fs.statSync(file).size > MAX_FILE_BYTES) continue;
      content = fs.readFileSync(file);
    } catch {
      continue;
    }
    result.filesScanned += 1;
    result.bytesScanned += content.length;
    for (const needle of needles) {
      if (content.includes(needle.bytes)) result.hits.push(`${file}: ${needle.marker}`);
    }
  }
  return result;
}
