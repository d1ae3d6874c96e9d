import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Channel, RequestOf, ResponseOf } from '../../../../shared/contract/channels';
import type { IpcResult } from '../../../../shared/contract/errors';
import { dispatch } from '../../../../electron/core/ipc/dispatch';
import type { HandlerTable } from '../../../../electron/core/ipc/handlerTable';
import { openKeyed } from '../../../../electron/core/vault/sqlcipher';
import { GOOD_PASSPHRASE, OPERATOR, OTHER_PASSPHRASE, testCore } from '../support/vaultTestKit';

async function call<C extends Channel>(handlers: HandlerTable, channel: C, request: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>> {
  return (await dispatch(handlers, channel, request)) as IpcResult<ResponseOf<C>>;
}
async function ok<C extends Channel>(handlers: HandlerTable, channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const result = await call(handlers, channel, request);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

async function vaultWithBackup() {
  const core = testCore();
  const vaultPath = path.join(core.dir, 'kluis.casustafel');
  await ok(core.handlers, 'vault:create', { token: core.vaultToken(vaultPath), passphrase: GOOD_PASSPHRASE, passphraseRepeat: GOOD_PASSPHRASE });
  await ok(core.handlers, 'vault:setOperator', OPERATOR);
  const family = await ok(core.handlers, 'families:create', { displayName: 'Gezin Postma', anonymous: false });
  const backup = await ok(core.handlers, 'vault:backup', undefined);
  // Work done after the backup must not vanish from the open vault when the backup is restored.
  await ok(core.handlers, 'families:create', { displayName: 'Gezin Na De Kopie', anonymous: false });
  return { ...core, vaultPath, backup, familyId: family.id };
}

const familyNames = (file: string) => {
  const db = openKeyed(file, GOOD_PASSPHRASE);
  try {
    return (db.prepare('SELECT display_name FROM families ORDER BY display_name').all() as { display_name: string }[]).map((r) => r.display_name);
  } finally {
    db.close();
  }
};

describe('restoring a backup from the app', () => {
  it('writes the backup into a new file the user picks, verified, and leaves the open vault as it is', async () => {
    const { handlers, host, dir, backup, vaultPath } = await vaultWithBackup();
    host.nextCreatePath = path.join(dir, 'teruggezet');
    const result = await ok(handlers, 'vault:restoreBackup', { backupFileName: backup.fileName, passphrase: GOOD_PASSPHRASE });
    expect(result).toEqual({ restored: true, fileName: 'teruggezet.casustafel' });

    const restoredPath = path.join(dir, 'teruggezet.casustafel');
    await ok(handlers, 'vault:lock', { reason: 'user' });
    expect(familyNames(restoredPath)).toEqual(['Gezin Postma']);
    expect(familyNames(vaultPath)).toEqual(['Gezin Na De Kopie', 'Gezin Postma']);
    const recent = await ok(handlers, 'vault:recent', undefined);
    expect(recent.map((r) => r.path)).toContain(restoredPath);
  });

  it('records the restore in the open vault’s audit trail', async () => {
    const { handlers, host, dir, backup } = await vaultWithBackup();
    host.nextCreatePath = path.join(dir, 'nieuw.casustafel');
    await ok(handlers, 'vault:restoreBackup', { backupFileName: backup.fileName, passphrase: GOOD_PASSPHRASE });
    const log = await ok(handlers, 'audit:list', { familyId: null, limit: 5 });
    expect(log[0]).toMatchObject({ action: 'vault.restore', summary: `Reservekopie ${backup.fileName} teruggezet in nieuw bestand nieuw.casustafel` });
  });

  it('with a wrong passphrase says so in Dutch and writes no file', async () => {
    const { handlers, host, dir, backup } = await vaultWithBackup();
    host.nextCreatePath = path.join(dir, 'mislukt.casustafel');
    const result = await call(handlers, 'vault:restoreBackup', { backupFileName: backup.fileName, passphrase: OTHER_PASSPHRASE });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('wrong_passphrase_or_damaged');
      expect(result.error.message).toMatch(/wachtwoord/i);
    }
    expect(fs.existsSync(path.join(dir, 'mislukt.casustafel'))).toBe(false);
  });

  it('only restores this vault’s own backups, by name: a path or another name is refused', async () => {
    const { handlers, host, dir } = await vaultWithBackup();
    host.nextCreatePath = path.join(dir, 'x.casustafel');
    const other = await call(handlers, 'vault:restoreBackup', { backupFileName: '../../kluis.casustafel', passphrase: GOOD_PASSPHRASE });
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.error.code).toBe('not_found');
    expect(fs.existsSync(path.join(dir, 'x.casustafel'))).toBe(false);
  });

  it('does nothing when the user cancels the file dialog, and never overwrites an existing file', async () => {
    const { handlers, host, backup, vaultPath } = await vaultWithBackup();
    host.nextCreatePath = null;
    expect(await ok(handlers, 'vault:restoreBackup', { backupFileName: backup.fileName, passphrase: GOOD_PASSPHRASE })).toEqual({
      restored: false,
      fileName: null,
    });
    host.nextCreatePath = vaultPath;
    const over = await call(handlers, 'vault:restoreBackup', { backupFileName: backup.fileName, passphrase: GOOD_PASSPHRASE });
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.error.code).toBe('file_exists');
  });
});
