import fs from 'node:fs';

/** fsync a file so a rename that follows cannot expose a half-written copy after power loss. */
export function fsyncFile(filePath: string): void {
  const fd = fs.openSync(filePath, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** fsync a directory so a rename inside it is durable. Not supported on Windows: skipped there. */
export function fsyncDir(dirPath: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dirPath, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** The -wal and -shm side files SQLite keeps next to a database in WAL mode. */
export function sideFiles(filePath: string): string[] {
  return [`${filePath}-wal`, `${filePath}-shm`, `${filePath}-journal`];
}
