import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/errors';
import { EXIT_CODE_HELP, EXIT_CODES } from '../../../electron/cli/exitCodes';
import { FILE_PROBLEM_KINDS, fileProblemOf } from '../../../electron/cli/fileProblems';
import { HELP_TEXT, run, type CliIo } from '../../../electron/cli/runCli';
import { toAppError } from '../../../electron/core/vault/fileErrors';
import { GOOD_PASSPHRASE, makeReadOnly, tempDir } from '../core/support/vaultTestKit';

function io(env: Record<string, string> = { CASUSTAFEL_PASSPHRASE: GOOD_PASSPHRASE }) {
  const out: string[] = [];
  const err: string[] = [];
  const prompts: string[] = [];
  const value: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env,
    prompt: (q) => {
      prompts.push(q);
      return Promise.reject(new Error('geen terminal in deze test'));
    },
    now: () => new Date('2026-03-02T09:00:00.000Z'),
  };
  return { value, out: () => out.join(''), err: () => err.join(''), prompts };
}

function osError(code: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: raw message, open '${file}'`), { code, path: file });
}

const ERRNO_KINDS: [string, keyof typeof FILE_PROBLEM_KINDS][] = [
  ['ENOENT', 'notFound'],
  ['EISDIR', 'isDirectory'],
  ['ENOTDIR', 'notADirectory'],
  ['EACCES', 'noAccess'],
  ['EPERM', 'noAccess'],
  ['EROFS', 'readOnly'],
  ['ENOSPC', 'diskFull'],
  ['EDQUOT', 'diskFull'],
  ['ELOOP', 'linkLoop'],
  ['EEXIST', 'exists'],
  ['EBUSY', 'inUse'],
  ['EMFILE', 'tooManyOpenFiles'],
  ['ENFILE', 'tooManyOpenFiles'],
  ['ENAMETOOLONG', 'nameTooLong'],
  ['EIO', 'io'],
  ['EXDEV', 'io'],
];

describe('file errors on the command line', () => {
  it.each(ERRNO_KINDS)('%s becomes one Dutch sentence naming the file, with its own exit code', (code, kind) => {
    const file = '/home/mila/Documenten/gezinnen.casustafel';
    for (const error of [osError(code, file), toAppError(osError(code, file))]) {
      const problem = fileProblemOf(error, '/ergens/anders')!;
      expect(problem.kind).toBe(kind);
      expect(problem.exitCode).toBe(FILE_PROBLEM_KINDS[kind].exitCode);
      expect(problem.message).toContain(file);
      expect(problem.message).not.toMatch(/raw message|E[A-Z]{3,}/);
    }
  });

  it('gives every kind its own exit code, listed in the help', () => {
    const codes = Object.values(FILE_PROBLEM_KINDS).map((k) => k.exitCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(EXIT_CODE_HELP.map(([c]) => c)).toContain(code);
    expect(HELP_TEXT).toMatch(/ 11 {2}een map gegeven waar een bestand hoort/);
  });

  it("names the command's file when core's own check carries no path", () => {
    expect(fileProblemOf(new AppError('vault_in_use'), '/tmp/kluis.casustafel')?.message).toMatch(/^\/tmp\/kluis\.casustafel is in gebruik/);
    expect(fileProblemOf(Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_READ' }), '/tmp/k.casustafel')?.kind).toBe('io');
    expect(fileProblemOf(new AppError('wrong_passphrase_or_damaged'), '/tmp/k.casustafel')).toBeUndefined();
  });

  it('a directory given as the vault: Dutch sentence, exit 11, no passphrase asked and nothing written', async () => {
    const dir = tempDir();
    for (const args of [['verify', dir], ['families', dir], ['organisations', dir], ['change-passphrase', dir], ['backup', dir], ['create', dir], ['demo', dir]]) {
      const h = io({});
      expect(await run(args, h.value)).toBe(EXIT_CODES.isDirectory);
      expect(h.err()).toBe(`${dir} is een map, geen bestand. Geef de naam van een bestand.\n`);
      expect(h.prompts).toEqual([]);
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a missing file: Dutch sentence naming it, exit 10', async () => {
    const dir = tempDir();
    const missing = path.join(dir, 'weg.casustafel');
    for (const args of [['verify', missing], ['families', missing], ['handover', 'receipt', missing, missing], ['restore', missing, path.join(dir, 'nieuw.casustafel')]]) {
      const h = io();
      expect(await run(args, h.value)).toBe(EXIT_CODES.notFound);
      expect(h.err()).toBe(`Niet gevonden: ${missing}. Controleer de naam en de map.\n`);
    }
    const noFolder = io();
    expect(await run(['create', path.join(dir, 'geen-map', 'k.casustafel')], noFolder.value)).toBe(EXIT_CODES.notFound);
    expect(noFolder.err()).toContain(`Niet gevonden: ${path.join(dir, 'geen-map')}.`);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a file used as a folder (exit 12) and a loop of symbolic links (exit 16)', async () => {
    const dir = tempDir();
    const plain = path.join(dir, 'gewoon.txt');
    fs.writeFileSync(plain, 'tekst');
    const under = io();
    expect(await run(['create', path.join(plain, 'k.casustafel')], under.value)).toBe(EXIT_CODES.notADirectory);
    expect(under.err()).toContain('een deel van dat pad is een bestand, geen map');
    fs.symlinkSync(path.join(dir, 'b'), path.join(dir, 'a'));
    fs.symlinkSync(path.join(dir, 'a'), path.join(dir, 'b'));
    const loop = io();
    expect(await run(['verify', path.join(dir, 'a')], loop.value)).toBe(EXIT_CODES.linkLoop);
    expect(loop.err()).toContain(`${path.join(dir, 'a')} is niet te bereiken`);
  });

  it('a folder this account may not write in: Dutch sentence naming it, exit 13, no passphrase asked and nothing created', async (context) => {
    const dir = tempDir();
    const locked = path.join(dir, 'alleen-lezen');
    fs.mkdirSync(locked);
    // Permissions as an ordinary account; the immutable attribute as root (which permissions do not stop).
    if (!makeReadOnly(locked)) context.skip();
    for (const args of [['create', path.join(locked, 'k.casustafel')], ['demo', path.join(locked, 'demo.casustafel')]]) {
      const h = io({});
      expect(await run(args, h.value)).toBe(EXIT_CODES.noAccess);
      expect(h.err()).toBe(`Geen toegang tot ${locked}: dit account mag het niet lezen of er niet schrijven. Kies een andere plek of vraag om rechten.\n`);
      expect(h.prompts).toEqual([]);
    }
    expect(fs.readdirSync(locked)).toEqual([]);
  });
});
