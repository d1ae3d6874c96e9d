import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../../electron/cli/exitCodes';
import { HELP_TEXT, PromptUnavailableError, run, type CliIo } from '../../../electron/cli/runCli';
import { DEMO_PASSPHRASE } from '../../../electron/core/demo/demoVault';
import { openKeyed } from '../../../electron/core/vault/sqlcipher';
import { GOOD_PASSPHRASE, OTHER_PASSPHRASE, tempDir } from '../core/support/vaultTestKit';

function io(env: Record<string, string> = {}, answers: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const prompts: string[] = [];
  const value: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env,
    prompt: async (q) => {
      prompts.push(q);
      const answer = answers.shift();
      if (answer === undefined) throw new Error('geen antwoord meer');
      return answer;
    },
    now: () => new Date('2026-03-02T09:00:00.000Z'),
  };
  return { value, out: () => out.join(''), err: () => err.join(''), prompts };
}

const withPass = (p = GOOD_PASSPHRASE) => ({ CASUSTAFEL_PASSPHRASE: p });

describe('casustafel CLI', () => {
  it('help lists every command and the exit codes, in Dutch', async () => {
    const h = io();
    expect(await run(['help'], h.value)).toBe(EXIT_CODES.ok);
    for (const word of ['create FILE', 'verify FILE', 'backup FILE [DEST]', 'restore BACKUP NEWFILE', 'change-passphrase FILE', 'demo FILE']) {
      expect(h.out()).toContain(word);
    }
    expect(HELP_TEXT).toMatch(/Afsluitcodes:[\s\S]* 2 {2}wachtwoord onjuist/);
  });

  it('usage errors exit 1, including no terminal to ask the passphrase on', async () => {
    expect(await run(['maak'], io().value)).toBe(EXIT_CODES.usage);
    const noTty = io();
    noTty.value.prompt = () => Promise.reject(new PromptUnavailableError());
    const existing = path.join(tempDir(), 'x.casustafel');
    fs.writeFileSync(existing, 'nog geen kluis');
    expect(await run(['verify', existing], noTty.value)).toBe(EXIT_CODES.usage);
    expect(noTty.err()).toMatch(/CASUSTAFEL_PASSPHRASE/);
    expect(await run(['create'], io().value)).toBe(EXIT_CODES.usage);
    expect(await run(['restore', 'alleen-een'], io().value)).toBe(EXIT_CODES.usage);
  });

  it('create asks twice without echo when no environment variable is set, and refuses weak ones (exit 6)', async () => {
    const dir = tempDir();
    const weak = io({}, ['welkom123', 'welkom123']);
    expect(await run(['create', path.join(dir, 'zwak.casustafel')], weak.value)).toBe(EXIT_CODES.passphraseRefused);
    expect(weak.err()).toMatch(/te zwak/);
    const mismatch = io({}, [GOOD_PASSPHRASE, OTHER_PASSPHRASE]);
    expect(await run(['create', path.join(dir, 'anders.casustafel')], mismatch.value)).toBe(EXIT_CODES.passphraseRefused);
    const good = io({}, [GOOD_PASSPHRASE, GOOD_PASSPHRASE]);
    expect(await run(['create', path.join(dir, 'goed.casustafel')], good.value)).toBe(EXIT_CODES.ok);
    expect(good.prompts).toHaveLength(2);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.casustafel'))).toEqual(['goed.casustafel']);
    const again = io(withPass());
    expect(await run(['create', path.join(dir, 'goed.casustafel')], again.value)).toBe(EXIT_CODES.exists);
    expect(again.err()).toMatch(/goed\.casustafel bestaat al/);
  });

  it('verify: ok (0), wrong passphrase (2), plaintext database (3), missing file (10)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'v.casustafel');
    expect(await run(['create', file], io(withPass()).value)).toBe(EXIT_CODES.ok);
    const good = io(withPass());
    expect(await run(['verify', file], good.value)).toBe(EXIT_CODES.ok);
    expect(good.out()).toMatch(/De kluis is in orde/);
    const wrong = io(withPass('iets heel anders dan het echte'));
    expect(await run(['verify', file], wrong.value)).toBe(EXIT_CODES.wrongPassphraseOrDamaged);
    expect(wrong.err()).toMatch(/niet van elkaar te onderscheiden/);
    const plain = path.join(dir, 'plat.db');
    new Database(plain).exec('CREATE TABLE t (x)').close();
    expect(await run(['verify', plain], io(withPass()).value)).toBe(EXIT_CODES.notAVault);
    expect(await run(['verify', path.join(dir, 'weg.casustafel')], io(withPass()).value)).toBe(EXIT_CODES.notFound);
  });

  it('verify reports a tampered audit entry (raw SQL update under the right key) with exit 4', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'demo.casustafel');
    expect(await run(['demo', file], io().value)).toBe(EXIT_CODES.ok);
    const db = openKeyed(file, DEMO_PASSPHRASE);
    db.prepare("UPDATE audit_log SET summary = 'Er is niets gewijzigd' WHERE seq = 1").run();
    db.close();
    const report = io(withPass(DEMO_PASSPHRASE));
    expect(await run(['verify', file], report.value)).toBe(EXIT_CODES.verificationFailed);
    expect(report.out()).toMatch(/FOUT\s+logboek: Regel 1 is gewijzigd/);
    expect(report.out()).toMatch(/NIET in orde/);
  });

  it('verify reports a vault from a newer version with exit 3', async () => {
    const file = path.join(tempDir(), 'nieuw.casustafel');
    expect(await run(['create', file], io(withPass()).value)).toBe(EXIT_CODES.ok);
    const db = openKeyed(file, GOOD_PASSPHRASE);
    db.pragma('user_version=42');
    db.close();
    const h = io(withPass());
    expect(await run(['verify', file], h.value)).toBe(EXIT_CODES.notAVault);
    expect(h.err()).toMatch(/nieuwere versie/);
  });

  it('backup, then restore into a new file; restore refuses an existing file (17)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'demo.casustafel');
    expect(await run(['demo', file], io().value)).toBe(EXIT_CODES.ok);
    const backup = path.join(dir, 'kopie.casustafel');
    expect(await run(['backup', file, backup], io(withPass(DEMO_PASSPHRASE)).value)).toBe(EXIT_CODES.ok);
    const byDefault = io(withPass(DEMO_PASSPHRASE));
    expect(await run(['backup', file], byDefault.value)).toBe(EXIT_CODES.ok);
    expect(fs.existsSync(path.join(dir, 'demo-reservekopie-2026-03-02T09-00-00-000Z.casustafel'))).toBe(true);
    expect(await run(['restore', backup, file], io(withPass(DEMO_PASSPHRASE)).value)).toBe(EXIT_CODES.exists);
    const restored = path.join(dir, 'terug.casustafel');
    expect(await run(['restore', backup, restored], io(withPass(DEMO_PASSPHRASE)).value)).toBe(EXIT_CODES.ok);
    expect(await run(['verify', restored], io(withPass(DEMO_PASSPHRASE)).value)).toBe(EXIT_CODES.ok);
  });

  it('change-passphrase: afterwards only the new passphrase works', async () => {
    const file = path.join(tempDir(), 'w.casustafel');
    expect(await run(['create', file], io(withPass()).value)).toBe(EXIT_CODES.ok);
    const change = io({ CASUSTAFEL_PASSPHRASE: GOOD_PASSPHRASE, CASUSTAFEL_NEW_PASSPHRASE: OTHER_PASSPHRASE, CASUSTAFEL_OPERATOR: 'Beheerder Bas' });
    expect(await run(['change-passphrase', file], change.value)).toBe(EXIT_CODES.ok);
    expect(await run(['verify', file], io(withPass()).value)).toBe(EXIT_CODES.wrongPassphraseOrDamaged);
    expect(await run(['verify', file], io(withPass(OTHER_PASSPHRASE)).value)).toBe(EXIT_CODES.ok);
    const db = openKeyed(file, OTHER_PASSPHRASE, { readonly: true });
    expect(db.prepare("SELECT operator_name FROM audit_log WHERE action = 'vault.passphrase'").all()).toEqual([
      { operator_name: 'Beheerder Bas' },
    ]);
    db.close();
  });

  it('demo makes a vault with fictional families that verify accepts', async () => {
    const file = path.join(tempDir(), 'demo.casustafel');
    const h = io();
    expect(await run(['demo', file], h.value)).toBe(EXIT_CODES.ok);
    expect(h.out()).toMatch(/12 verzonnen gezinnen/);
    expect(h.out()).toContain(DEMO_PASSPHRASE);
  });
});
