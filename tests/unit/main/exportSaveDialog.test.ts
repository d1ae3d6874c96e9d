import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

import { AppError } from '../../../shared/contract/errors';
import { createElectronHostServices } from '../../../electron/main/hostServices';
import { electronMock, FakeBrowserWindow, resetElectronMock } from './electronMock';

let dir: string;
const BYTES = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');

beforeEach(() => {
  resetElectronMock();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casustafel-export-'));
});

afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('saving an export through the native dialog', () => {
  it('writes nothing when the vault locked while the dialog was open', async () => {
    const target = path.join(dir, 'tijdlijn.svg');
    electronMock.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const host = createElectronHostServices(() => null);
    expect(await codeOf(host.saveExportFile('tijdlijn.svg', BYTES, () => false))).toBe('vault_locked');
    expect(fs.existsSync(target)).toBe(false);
  });

  it('asks in Dutch, in the Documents folder, with the suggested name and a filter for its type', async () => {
    const target = path.join(dir, 'tijdlijn-2026-03-01.svg');
    electronMock.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const window = new FakeBrowserWindow({});
    const host = createElectronHostServices(() => window as never);
    await expect(host.saveExportFile('tijdlijn-2026-03-01.svg', BYTES, () => true)).resolves.toBe(target);
    const [parent, options] = electronMock.dialog.showSaveDialog.mock.calls[0] ?? [];
    expect(parent).toBe(window);
    expect(options).toMatchObject({
      title: 'Export opslaan',
      defaultPath: path.join('/home/test/.config/Casustafel/documents', 'tijdlijn-2026-03-01.svg'),
      filters: [{ name: 'SVG-afbeelding', extensions: ['svg'] }],
    });
    expect(fs.readFileSync(target, 'utf8')).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
  });

  it('writes the file readable by the owner only', async () => {
    const target = path.join(dir, 'tijdlijn.png');
    electronMock.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await createElectronHostServices(() => null).saveExportFile('tijdlijn.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]), () => true);
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
  });

  it('adds the extension when the dialog returns a name without it (Linux)', async () => {
    electronMock.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(dir, 'voor-overleg') });
    const saved = await createElectronHostServices(() => null).saveExportFile('tijdlijn.svg', BYTES, () => true);
    expect(saved).toBe(path.join(dir, 'voor-overleg.svg'));
    expect(fs.existsSync(path.join(dir, 'voor-overleg.svg'))).toBe(true);
  });

  it('writes nothing and returns null when the user cancels', async () => {
    const write = vi.spyOn(fs.promises, 'writeFile');
    await expect(createElectronHostServices(() => null).saveExportFile('tijdlijn.svg', BYTES, () => true)).resolves.toBeNull();
    expect(write).not.toHaveBeenCalled();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['EACCES', 'read_only_location'],
    ['EROFS', 'read_only_location'],
    ['ENOSPC', 'disk_full'],
  ])('turns %s into the Dutch %s error', async (code, expected) => {
    electronMock.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(dir, 'tijdlijn.svg') });
    vi.spyOn(fs, 'writeSync').mockImplementation(() => {
      throw Object.assign(new Error(code), { code });
    });
    expect(await codeOf(createElectronHostServices(() => null).saveExportFile('tijdlijn.svg', BYTES, () => true))).toBe(expected);
  });
});

describe('overwriting a file through the save dialog', () => {
  let previousUmask = 0;
  beforeEach(() => {
    previousUmask = process.umask(0o022);
  });
  afterEach(() => {
    process.umask(previousUmask);
  });

  // Larger than one write, so a half-written file would show in its size.
  const REPORT = Buffer.alloc(3 * 1024 * 1024 + 17, 0x25);

  function existingReport(): string {
    const target = path.join(dir, 'rapportage.pdf');
    fs.writeFileSync(target, 'de vorige rapportage', { mode: 0o644 });
    fs.chmodSync(target, 0o644);
    electronMock.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    return target;
  }

  it('replaces an existing 0644 file whole and leaves it readable by the owner only', async () => {
    const target = existingReport();
    await expect(createElectronHostServices(() => null).saveExportFile('rapportage.pdf', REPORT, () => true)).resolves.toBe(target);
    expect(fs.readFileSync(target).equals(REPORT)).toBe(true);
    if (process.platform !== 'win32') expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir)).toEqual(['rapportage.pdf']);
  });

  it('writes into a temp file beside the target that is owner-only from its creation', async () => {
    existingReport();
    const open = vi.spyOn(fs, 'openSync');
    await createElectronHostServices(() => null).saveExportFile('rapportage.pdf', REPORT, () => true);
    const [tempPath, flags, mode] = open.mock.calls[0] ?? [];
    expect(path.dirname(String(tempPath))).toBe(dir);
    expect(path.basename(String(tempPath))).toMatch(/^\.rapportage\.pdf\.[0-9a-f]{12}\.tmp$/);
    expect(flags).toBe('wx');
    expect(mode).toBe(0o600);
  });

  it('a write that fails halfway leaves the old file as it was and no temp file behind', async () => {
    const target = existingReport();
    const realWrite = fs.writeSync;
    let calls = 0;
    // The first megabyte reaches the disk, then the disk is full.
    vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, buffer: Uint8Array, offset: number) => {
      calls += 1;
      if (calls > 1) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      return realWrite(fd, buffer, offset, 1024 * 1024);
    }) as typeof fs.writeSync);
    expect(await codeOf(createElectronHostServices(() => null).saveExportFile('rapportage.pdf', REPORT, () => true))).toBe('disk_full');
    expect(calls).toBe(2);
    expect(fs.readFileSync(target, 'utf8')).toBe('de vorige rapportage');
    expect(fs.readdirSync(dir)).toEqual(['rapportage.pdf']);
  });
});
