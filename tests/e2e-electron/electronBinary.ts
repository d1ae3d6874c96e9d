import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');

/**
 * The Electron executable, or null. Deliberately not `require('electron')`: in Electron 45 that
 * starts a download when the binary is missing (and prints a stack trace without internet).
 */
export function findElectronBinary(): string | null {
  const electronDir = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = path.join(override, relative || 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  if (relative === '') return null;
  const candidate = path.join(electronDir, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}

export const NO_ELECTRON_REASON =
  'Geen Electron-binary op deze machine: de Electron-smoketests zijn overgeslagen (installeer met internettoegang zonder ELECTRON_SKIP_BINARY_DOWNLOAD om ze te draaien). / ' +
  'No Electron binary on this machine: the Electron smoke tests were skipped.';
