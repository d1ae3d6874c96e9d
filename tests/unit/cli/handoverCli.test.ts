import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../../electron/cli/exitCodes';
import { HELP_TEXT, run, type CliIo } from '../../../electron/cli/runCli';
import { verifyAuditChain } from '../../../electron/core/audit/auditChain';
import { applyReadOnlyPragmas, openKeyed } from '../../../electron/core/vault/sqlcipher';
import { PACKAGE_PASSPHRASE, senderVault } from '../core/handover/handoverKit';
import { GOOD_PASSPHRASE, OTHER_PASSPHRASE, tempDir } from '../core/support/vaultTestKit';

function io(env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env,
    prompt: () => Promise.reject(new Error('geen terminal in deze test')),
    now: () => new Date('2026-03-03T09:00:00.000Z'),
  };
  return { value, out: () => out.join(''), err: () => err.join('') };
}

const SENDER = { CASUSTAFEL_PASSPHRASE: GOOD_PASSPHRASE, CASUSTAFEL_PACKAGE_PASSPHRASE: PACKAGE_PASSPHRASE, CASUSTAFEL_OPERATOR: 'Fenna Testers', CASUSTAFEL_ORGANISATION: 'CJG Proefdorp' };
const RECEIVER = { CASUSTAFEL_PASSPHRASE: OTHER_PASSPHRASE, CASUSTAFEL_PACKAGE_PASSPHRASE: PACKAGE_PASSPHRASE, CASUSTAFEL_OPERATOR: 'Roel Venema', CASUSTAFEL_ORGANISATION: 'Wijkteam Emmen-Oost' };

function query<T>(file: string, passphrase: string, sql: string): T[] {
  const db = openKeyed(file, passphrase, { readonly: true });
  try {
    applyReadOnlyPragmas(db);
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

describe('casustafel handover (command line)', () => {
  it('help names the handover commands, the package passphrase variable and the refusal exit code', () => {
    expect(HELP_TEXT).toContain('handover export FILE FAMILY_ID... --to ORG_ID --out PAKKET');
    expect(HELP_TEXT).toContain('handover import FILE PAKKET');
    expect(HELP_TEXT).toContain('families FILE [--json]');
    expect(HELP_TEXT).toContain('CASUSTAFEL_PACKAGE_PASSPHRASE');
    expect(HELP_TEXT).toMatch(/ 7 {2}overdracht of ontvangstbevestiging geweigerd/);
  });

  it('organisations lists the sociale kaart (id, name, type) as a table and as JSON, and its id is what --to takes', async () => {
    const sender = await senderVault();
    await sender.call('vault:lock', { reason: 'user' });
    expect(HELP_TEXT).toContain('organisations FILE [--json]');
    const json = io(SENDER);
    expect(await run(['organisations', sender.file, '--json'], json.value)).toBe(EXIT_CODES.ok);
    const organisations = JSON.parse(json.out()) as { id: string; name: string; type: string; place: string }[];
    const wijkteam = organisations.find((o) => o.id === sender.seed.orgs.wijkteam);
    expect(wijkteam).toMatchObject({ name: 'Wijkteam Emmen-Oost', type: 'wijkteam' });
    expect(organisations.map((o) => o.name)).toEqual([...organisations.map((o) => o.name)].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' })));
    const table = io(SENDER);
    expect(await run(['organisations', sender.file], table.value)).toBe(EXIT_CODES.ok);
    expect(table.out()).toContain(`${sender.seed.orgs.wijkteam}  Wijkteam Emmen-Oost  (wijkteam`);
    expect(table.out().trim().split('\n')).toHaveLength(organisations.length);
    const wrongUse = io(SENDER);
    expect(await run(['organisations', sender.file, 'nog-een'], wrongUse.value)).toBe(EXIT_CODES.usage);
    expect(wrongUse.err()).toMatch(/Gebruik: casustafel organisations FILE \[--json\]/);
  });

  it('round trip: families --json, export, import with a receipt, and the receipt closes the handover in the first vault', async () => {
    const sender = await senderVault();
    await sender.call('vault:lock', { reason: 'user' });
    const dir = tempDir('casustafel-cli-overdracht-');
    const receiverFile = path.join(dir, 'wijkteam.casustafel');
    const packageFile = path.join(dir, 'bakker.overdracht');
    const receiptFile = path.join(dir, 'bakker.ontvangst');

    const list = io(SENDER);
    expect(await run(['families', sender.file, '--json'], list.value)).toBe(EXIT_CODES.ok);
    const families = JSON.parse(list.out()) as { id: string; name: string }[];
    expect(families.map((f) => f.name)).toEqual(['Familie Yilmaz', 'Gezin Bakker', 'Gezin Hoekstra']);
    const bakker = families.find((f) => f.name === 'Gezin Bakker')!.id;
    const yilmaz = families.find((f) => f.name === 'Familie Yilmaz')!.id;

    const made = io(SENDER);
    expect(await run(['handover', 'export', sender.file, bakker, yilmaz, '--to', sender.seed.orgs.wijkteam, '--out', packageFile], made.value)).toBe(EXIT_CODES.ok);
    expect(made.out()).toMatch(/gaat mee {2}Gezin Bakker/);
    expect(made.out()).toMatch(/NIET {6}Familie Yilmaz — Gaat niet mee: er is voor deze organisatie geen grondslag/);
    expect(fs.statSync(packageFile).mode & 0o777).toBe(0o600);
    // No temp folder (and so no copy of the package) stays next to it.
    expect(fs.readdirSync(dir)).toEqual(['bakker.overdracht']);

    expect(await run(['create', receiverFile], io(RECEIVER).value)).toBe(EXIT_CODES.ok);
    const received = io(RECEIVER);
    expect(await run(['handover', 'import', receiverFile, packageFile, '--receipt', receiptFile], received.value)).toBe(EXIT_CODES.ok);
    expect(received.out()).toMatch(/Ingelezen: 1 gezinnen, 4 onderdelen, 2 nieuwe gezinsleden/);
    const there = io(RECEIVER);
    expect(await run(['families', receiverFile, '--json'], there.value)).toBe(EXIT_CODES.ok);
    expect((JSON.parse(there.out()) as { name: string }[]).map((f) => f.name)).toEqual(['Gezin Bakker']);
    const provenance = query<{ recorded_by: string }>(receiverFile, OTHER_PASSPHRASE, 'SELECT recorded_by FROM timeline_events');
    expect(provenance).toHaveLength(4);
    for (const p of provenance) expect(p.recorded_by).toMatch(/ontvangen van CJG Proefdorp op 3 maart 2026/);

    const twice = io(RECEIVER);
    expect(await run(['handover', 'import', receiverFile, packageFile], twice.value)).toBe(EXIT_CODES.handoverRefused);
    expect(twice.err()).toMatch(/al ingelezen/);

    const closed = io(SENDER);
    expect(await run(['handover', 'receipt', sender.file, receiptFile], closed.value)).toBe(EXIT_CODES.ok);
    expect(closed.out()).toMatch(/aanvaard door Roel Venema — Wijkteam Emmen-Oost \(beheerder\)/);
    const actions = query<{ status: string }>(sender.file, GOOD_PASSPHRASE, "SELECT status FROM regie_actions WHERE description LIKE 'Warme overdracht%'");
    expect(actions).toEqual([{ status: 'gedaan' }]);
    const db = openKeyed(sender.file, GOOD_PASSPHRASE, { readonly: true });
    try {
      expect(verifyAuditChain(db).ok).toBe(true);
    } finally {
      db.close();
    }
    expect(await run(['handover', 'receipt', sender.file, receiptFile], io(SENDER).value)).toBe(EXIT_CODES.handoverRefused);
  }, 60_000);

  it('refuses another organisation, a wrong passphrase, a cut-off file and an undecided match, each with its exit code and nothing written', async () => {
    const sender = await senderVault();
    await sender.call('vault:lock', { reason: 'user' });
    const dir = tempDir('casustafel-cli-overdracht-');
    const packageFile = path.join(dir, 'bakker.overdracht');
    expect(await run(['handover', 'export', sender.file, sender.seed.families.bakker, '--to', sender.seed.orgs.wijkteam, '--out', packageFile], io(SENDER).value)).toBe(EXIT_CODES.ok);
    const receiverFile = path.join(dir, 'ontvanger.casustafel');
    expect(await run(['create', receiverFile], io(RECEIVER).value)).toBe(EXIT_CODES.ok);
    const count = () => query<{ n: number }>(receiverFile, OTHER_PASSPHRASE, 'SELECT count(*) AS n FROM audit_log')[0]!.n;
    const before = count();

    const school = io({ ...RECEIVER, CASUSTAFEL_ORGANISATION: 'OBS De Regenboog' });
    expect(await run(['handover', 'import', receiverFile, packageFile], school.value)).toBe(EXIT_CODES.handoverRefused);
    expect(school.err()).toMatch(/bestemd voor Wijkteam Emmen-Oost/);

    const wrong = io({ ...RECEIVER, CASUSTAFEL_PACKAGE_PASSPHRASE: 'dit is niet de afgesproken zin' });
    expect(await run(['handover', 'import', receiverFile, packageFile], wrong.value)).toBe(EXIT_CODES.wrongPassphraseOrDamaged);
    expect(wrong.err()).toMatch(/gaat met deze wachtwoordzin niet open/);

    const cut = path.join(dir, 'afgebroken.overdracht');
    const bytes = fs.readFileSync(packageFile);
    fs.writeFileSync(cut, bytes.subarray(0, bytes.length - 1000));
    const damaged = io(RECEIVER);
    expect(await run(['handover', 'import', receiverFile, cut], damaged.value)).toBe(EXIT_CODES.wrongPassphraseOrDamaged);
    expect(damaged.err()).toMatch(/beschadigd of onvolledig/);

    // The same child is already known here: the CLI does not choose for the administrator.
    const known = path.join(dir, 'bekend.casustafel');
    expect(await run(['create', known], io(RECEIVER).value)).toBe(EXIT_CODES.ok);
    expect(await run(['handover', 'import', known, packageFile], io(RECEIVER).value)).toBe(EXIT_CODES.ok);
    const again = path.join(dir, 'pakket2.overdracht');
    expect(await run(['handover', 'export', sender.file, sender.seed.families.bakker, '--to', sender.seed.orgs.wijkteam, '--out', again], io(SENDER).value)).toBe(EXIT_CODES.ok);
    const undecided = io(RECEIVER);
    expect(await run(['handover', 'import', known, again], undecided.value)).toBe(EXIT_CODES.usage);
    expect(undecided.out()).toMatch(/lijkt op Gezin Bakker/);
    expect(undecided.err()).toMatch(/--merge N=FAMILY_ID om samen te voegen, of --new N/);
    const existing = query<{ id: string }>(known, OTHER_PASSPHRASE, 'SELECT id FROM families')[0]!.id;
    expect(await run(['handover', 'import', known, again, '--merge', `1=${existing}`], io(RECEIVER).value)).toBe(EXIT_CODES.ok);
    expect(query<{ n: number }>(known, OTHER_PASSPHRASE, 'SELECT count(*) AS n FROM families')[0]!.n).toBe(1);

    expect(count()).toBe(before);
  }, 90_000);
});
