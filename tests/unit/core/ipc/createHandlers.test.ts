import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, type Channel, type RequestOf, type ResponseOf } from '../../../../shared/contract/channels';
import type { IpcResult } from '../../../../shared/contract/errors';
import { DEMO_PASSPHRASE } from '../../../../electron/core/demo/demoVault';
import { dispatch } from '../../../../electron/core/ipc/dispatch';
import type { HandlerTable } from '../../../../electron/core/ipc/handlerTable';
import { GOOD_PASSPHRASE, OPERATOR, testCore } from '../support/vaultTestKit';

async function call<C extends Channel>(handlers: HandlerTable, channel: C, request: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>> {
  return (await dispatch(handlers, channel, request)) as IpcResult<ResponseOf<C>>;
}

async function ok<C extends Channel>(handlers: HandlerTable, channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const result = await call(handlers, channel, request);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

describe('createHandlers', () => {
  it('implements every contract channel', () => {
    const { handlers } = testCore();
    for (const channel of CHANNELS) expect(typeof handlers[channel]).toBe('function');
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it('reports app info including the SQLCipher build', async () => {
    const { handlers } = testCore({ buildInfo: { version: '1.2.3', buildTime: '2026-03-01T00:00:00Z', commit: 'abc1234' } });
    const info = await ok(handlers, 'app:info', undefined);
    expect(info).toMatchObject({ name: 'Casustafel', version: '1.2.3', commit: 'abc1234' });
    expect(info.sqlcipher).toMatch(/SQLite3 Multiple Ciphers/);
  });

  it('refuses data channels while locked, and before the operator is known', async () => {
    const { handlers, dir, vaultToken } = testCore();
    const locked = await call(handlers, 'families:list', { query: '' });
    expect(locked).toMatchObject({ ok: false, error: { code: 'vault_locked' } });
    await ok(handlers, 'vault:create', { token: vaultToken(path.join(dir, 'k.casustafel')), passphrase: GOOD_PASSPHRASE, passphraseRepeat: GOOD_PASSPHRASE });
    const noOperator = await call(handlers, 'families:list', { query: '' });
    expect(noOperator).toMatchObject({ ok: false, error: { code: 'operator_required' } });
  });

  it('create → operator → family with a note → audit, all through dispatch', async () => {
    const { handlers, dir, vaultToken } = testCore();
    const status = await ok(handlers, 'vault:create', {
      token: vaultToken(path.join(dir, 'nieuw')),
      passphrase: GOOD_PASSPHRASE,
      passphraseRepeat: GOOD_PASSPHRASE,
    });
    expect(status).toMatchObject({ state: 'needs_operator', fileName: 'nieuw.casustafel', isDemo: false, autoLockMinutes: 10 });
    expect(await ok(handlers, 'vault:setOperator', OPERATOR)).toMatchObject({ state: 'unlocked', operator: OPERATOR });
    const family = await ok(handlers, 'families:create', { displayName: 'Familie Jansen-Visser', anonymous: false });
    const saved = await ok(handlers, 'families:updateNote', { id: family.id, note: 'Eerste gesprek gepland.' });
    const detail = await ok(handlers, 'families:get', { id: family.id });
    expect(detail).toMatchObject({ displayName: 'Familie Jansen-Visser', note: 'Eerste gesprek gepland.', updatedAt: saved.updatedAt });
    const audit = await ok(handlers, 'audit:list', { familyId: family.id, limit: 10 });
    // Reading the family back is a view of its dossier, and logged as one.
    expect(audit.map((a) => a.action)).toEqual(['view', 'family.update', 'family.create']);
    expect(audit[1]).toMatchObject({ operatorName: OPERATOR.name, operatorOrganisation: OPERATOR.organisation, summary: expect.stringContaining('Notitie') });
    expect(await ok(handlers, 'vault:verifyAudit', undefined)).toMatchObject({ ok: true });
    const missing = await call(handlers, 'families:get', { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses a weak passphrase with the reason, and a repeat that differs', async () => {
    const { handlers, dir, vaultToken } = testCore();
    const weak = await call(handlers, 'vault:create', { token: vaultToken(path.join(dir, 'a.casustafel')), passphrase: 'welkom123', passphraseRepeat: 'welkom123' });
    expect(weak).toMatchObject({ ok: false, error: { code: 'weak_passphrase', detail: expect.stringMatching(/\w/) } });
    const mismatch = await call(handlers, 'vault:create', {
      token: vaultToken(path.join(dir, 'b.casustafel')),
      passphrase: GOOD_PASSPHRASE,
      passphraseRepeat: `${GOOD_PASSPHRASE}!`,
    });
    expect(mismatch).toMatchObject({ ok: false, error: { code: 'passphrase_mismatch' } });
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.casustafel'))).toEqual([]);
    const strength = await ok(handlers, 'vault:checkPassphrase', { passphrase: 'welkom123' });
    expect(strength.acceptable).toBe(false);
  });

  it('opens the demo vault with about a dozen fictional families, searchable by member name', async () => {
    const { handlers, session, userDataDir } = testCore();
    const status = await ok(handlers, 'vault:openDemo', undefined);
    expect(status).toMatchObject({ state: 'needs_operator', isDemo: true, fileName: 'demo.casustafel' });
    expect(fs.existsSync(path.join(userDataDir, 'demo.casustafel'))).toBe(true);
    await ok(handlers, 'vault:setOperator', OPERATOR);
    const all = await ok(handlers, 'families:list', { query: '' });
    expect(all).toHaveLength(12);
    expect(all.every((f) => f.memberCount >= 2)).toBe(true);
    const first = await ok(handlers, 'families:get', { id: all[0]!.id });
    const child = first.members.find((m) => m.role === 'kind')!;
    expect(child.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const byChild = await ok(handlers, 'families:list', { query: child.givenName.toLowerCase() });
    expect(byChild.map((f) => f.id)).toContain(first.id);
    expect(await ok(handlers, 'families:list', { query: '%' })).toEqual([]);
    // Demo is not remembered as a recent vault; reopening reuses the same file.
    expect(await ok(handlers, 'vault:recent', undefined)).toEqual([]);
    session.lock('user');
    await ok(handlers, 'vault:openDemo', undefined);
    await ok(handlers, 'vault:setOperator', OPERATOR);
    expect(await ok(handlers, 'families:list', { query: '' })).toHaveLength(12);
    expect(DEMO_PASSPHRASE.length).toBeGreaterThanOrEqual(12);
  });

  it('adds the .casustafel extension to a chosen path and passes a cancelled dialog through', async () => {
    const { handlers, host, dir } = testCore();
    host.nextCreatePath = path.join(dir, 'mijn-kluis');
    const chosen = await ok(handlers, 'vault:chooseCreatePath', undefined);
    expect(chosen).toMatchObject({ path: path.join(dir, 'mijn-kluis.casustafel'), fileName: 'mijn-kluis.casustafel', token: expect.any(String) });
    expect(chosen!.token).not.toContain(dir);
    host.nextCreatePath = null;
    expect(await ok(handlers, 'vault:chooseCreatePath', undefined)).toBeNull();
    expect(await ok(handlers, 'vault:chooseOpenPath', undefined)).toBeNull();
  });

  it('a full disk during autosave gives disk_full and the last saved note survives', async () => {
    const { handlers, session, dir, vaultToken } = testCore();
    await ok(handlers, 'vault:create', { token: vaultToken(path.join(dir, 'vol.casustafel')), passphrase: GOOD_PASSPHRASE, passphraseRepeat: GOOD_PASSPHRASE });
    await ok(handlers, 'vault:setOperator', OPERATOR);
    const family = await ok(handlers, 'families:create', { displayName: 'Familie Vol', anonymous: false });
    await ok(handlers, 'families:updateNote', { id: family.id, note: 'bewaard' });
    const db = session.withWrite((writable) => writable); // tampering from outside, as a raw connection would
    db.pragma(`max_page_count=${Number(db.pragma('page_count', { simple: true }))}`);
    const full = await call(handlers, 'families:updateNote', { id: family.id, note: 'y'.repeat(90_000) });
    expect(full).toMatchObject({ ok: false, error: { code: 'disk_full', message: expect.stringMatching(/schijf is vol/) } });
    expect((await ok(handlers, 'families:get', { id: family.id })).note).toBe('bewaard');
  });

  it('names a vault only by a token from a dialog, the recent list or the open vault: a path string is refused in Dutch and nothing is made', async () => {
    const { handlers, host, dir } = testCore();
    const cwd = process.cwd();
    const before = fs.readdirSync(cwd);
    for (const name of ['kluis.casustafel', './kluis', '../kluis.casustafel', path.join(dir, 'absoluut.casustafel'), 'x']) {
      const created = await call(handlers, 'vault:create', { token: name, passphrase: GOOD_PASSPHRASE, passphraseRepeat: GOOD_PASSPHRASE });
      expect(created).toMatchObject({ ok: false, error: { code: 'invalid_request', detail: expect.stringMatching(/^Deze kluis is niet gekozen in Casustafel\..*Er is niets gemaakt of geopend\.$/) } });
      const unlocked = await call(handlers, 'vault:unlock', { token: name, passphrase: GOOD_PASSPHRASE });
      expect(unlocked).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    }
    expect(fs.readdirSync(cwd)).toEqual(before);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.casustafel'))).toEqual([]);

    // The real way: the save dialog's token makes the vault; after a lock the status's token and the recent list's open it again.
    host.nextCreatePath = path.join(dir, 'gekozen');
    const chosen = (await ok(handlers, 'vault:chooseCreatePath', undefined))!;
    const status = await ok(handlers, 'vault:create', { token: chosen.token, passphrase: GOOD_PASSPHRASE, passphraseRepeat: GOOD_PASSPHRASE });
    expect(status).toMatchObject({ fileName: 'gekozen.casustafel', token: chosen.token });
    await ok(handlers, 'vault:lock', { reason: 'user' });
    const [recent] = await ok(handlers, 'vault:recent', undefined);
    expect(recent).toMatchObject({ path: path.join(dir, 'gekozen.casustafel'), token: chosen.token, exists: true });
    expect(await ok(handlers, 'vault:unlock', { token: recent!.token, passphrase: GOOD_PASSPHRASE })).toMatchObject({ state: 'needs_operator' });
  });

  it('returns Dutch errors for vault failures and never leaks a stack', async () => {
    const { handlers, dir, vaultToken } = testCore();
    const result = await call(handlers, 'vault:unlock', { token: vaultToken(path.join(dir, 'bestaat-niet.casustafel')), passphrase: GOOD_PASSPHRASE });
    expect(result).toEqual({ ok: false, error: { code: 'file_not_found', message: 'Het bestand is niet gevonden.' } });
  });
});
