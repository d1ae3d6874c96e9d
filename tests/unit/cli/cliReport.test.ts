import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../../electron/cli/exitCodes';
import { parseReportArgs, run, type CliIo } from '../../../electron/cli/runCli';
import { DEMO_PASSPHRASE } from '../../../electron/core/demo/demoVault';
import { applyReadOnlyPragmas, openKeyed } from '../../../electron/core/vault/sqlcipher';
import { tempDir } from '../core/support/vaultTestKit';

function io(env: Record<string, string> = { CASUSTAFEL_PASSPHRASE: DEMO_PASSPHRASE, CASUSTAFEL_OPERATOR: 'Rianne Koster' }) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env,
    prompt: () => Promise.reject(new Error('geen terminal')),
    now: () => new Date('2026-12-06T09:00:00.000Z'),
  };
  return { value, out: () => out.join(''), err: () => err.join('') };
}

describe('casustafel report', () => {
  it('writes the CSV report of a vault and logs it as an export, on the audit trail too', async () => {
    const dir = tempDir();
    const vault = path.join(dir, 'demo.casustafel');
    expect(await run(['demo', vault], io().value)).toBe(EXIT_CODES.ok);
    const h = io();
    const out = path.join(dir, 'jaar.csv');
    expect(await run(['report', vault, '--from', '2025-12-07', '--to', '2026-12-06', '--by', 'meeting-kind', '--out', out], h.value)).toBe(EXIT_CODES.ok);
    expect(h.out()).toMatch(/Rapportage 2025-W49 t\/m 2026-W49 geschreven: .*jaar\.csv/);
    const csv = fs.readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFFRapportage Casustafel')).toBe(true);
    expect(csv).toContain('Per;soort overleg');

    const db = openKeyed(vault, DEMO_PASSPHRASE, { readonly: true });
    try {
      applyReadOnlyPragmas(db);
      expect(db.prepare("SELECT file_name, operator FROM export_log WHERE kind = 'rapportage'").all()).toEqual([
        { file_name: 'rapportage-2025-W49-tm-2026-W49-per-meeting-kind.csv', operator: expect.stringContaining('Rianne Koster') },
      ]);
      expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'export' AND summary LIKE 'Rapportage%'").get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  }, 60_000);

  it('refuses wrong arguments in Dutch with exit code 1, and a wrong passphrase with 2', async () => {
    const dir = tempDir();
    const vault = path.join(dir, 'demo.casustafel');
    expect(await run(['demo', vault], io().value)).toBe(EXIT_CODES.ok);
    const cases: [string[], RegExp][] = [
      [['report', vault, '--from', '2026-01-01', '--to', '2026-03-01'], /--out/],
      [['report', vault, '--from', '2026-01-01', '--to', '2026-03-01', '--out', 'x.xlsx'], /\.csv of \.pdf/],
      [['report', vault, '--from', '2026-01-01', '--to', '2026-03-01', '--by', 'gemeente', '--out', 'x.csv'], /school, team of meeting-kind/],
      [['report', vault, '--from', '2026-03-01', '--to', '2026-01-01', '--out', 'x.csv'], /einddatum ligt voor de begindatum/],
      [['report', vault, '--from', '2026-02-30', '--to', '2026-03-01', '--out', 'x.csv'], /geen bestaande datum/],
      [['report', vault, '--from', '2026-01-01', '--to', '2026-03-01', '--out', 'x.csv', '--kleur', 'rood'], /Onbekende optie: --kleur/],
    ];
    for (const [args, message] of cases) {
      const h = io();
      expect(await run(args, h.value)).toBe(EXIT_CODES.usage);
      expect(h.err()).toMatch(message);
    }
    const wrong = io({ CASUSTAFEL_PASSPHRASE: 'niet het goede wachtwoord hier' });
    expect(await run(['report', vault, '--from', '2026-01-01', '--to', '2026-03-01', '--out', path.join(dir, 'x.csv')], wrong.value)).toBe(EXIT_CODES.wrongPassphraseOrDamaged);
    expect(fs.existsSync(path.join(dir, 'x.csv'))).toBe(false);
  }, 60_000);

  it('reads the grouping and the format from the arguments', () => {
    expect(parseReportArgs(['k.casustafel', '--from', '2026-01-01', '--to', '2026-12-31', '--out', 'Jaar.PDF'])).toEqual({
      ok: true,
      value: { vault: 'k.casustafel', request: { from: '2026-01-01', to: '2026-12-31', by: null }, out: 'Jaar.PDF', format: 'pdf' },
    });
  });
});
