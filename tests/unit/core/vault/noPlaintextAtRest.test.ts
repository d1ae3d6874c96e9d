import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/core/ipc/dispatch';
import { GOOD_PASSPHRASE, OPERATOR, testCore } from '../support/vaultTestKit';

const MARKERS = ['Zonnebloemgezin-MARKER-7f3a9c', 'notitie-MARKER-4be21d over de jongste'];

function filesUnder(target: string): string[] {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(target);
  } catch {
    return []; // removed meanwhile by another test
  }
  if (stat.isSymbolicLink()) return [];
  if (stat.isFile()) return [target];
  if (!stat.isDirectory()) return [];
  let names: string[] = [];
  try {
    names = fs.readdirSync(target);
  } catch {
    return [];
  }
  return names.flatMap((n) => filesUnder(path.join(target, n)));
}

/** Files (under the given roots) that contain a marker in UTF-8 or UTF-16. */
function leaks(roots: string[]): string[] {
  const needles = MARKERS.flatMap((m) => [Buffer.from(m, 'utf8'), Buffer.from(m, 'utf16le')]);
  const found: string[] = [];
  for (const file of roots.flatMap(filesUnder)) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      continue;
    }
    if (needles.some((n) => bytes.includes(n))) found.push(file);
  }
  return found;
}

describe('no plaintext at rest', () => {
  it('typed content appears in none of: vault, -wal, -shm, backups, userData, new temp files', async () => {
    const tmpBefore = new Set(fs.readdirSync(os.tmpdir()));
    const { handlers, session, dir, userDataDir, vaultToken } = testCore();
    const file = path.join(dir, 'geheim.casustafel');
    const call = async (channel: Parameters<typeof dispatch>[1], payload: unknown) => {
      const result = await dispatch(handlers, channel, payload);
      if (!result.ok) throw new Error(`${String(channel)}: ${result.error.code}`);
      return result.value;
    };
    await call('vault:create', { token: vaultToken(file), passphrase: GOOD_PASSPHRASE, passphraseRepeat: GOOD_PASSPHRASE });
    await call('vault:setOperator', OPERATOR);
    const family = (await call('families:create', { displayName: MARKERS[0], anonymous: false })) as { id: string };
    for (let i = 0; i < 20; i += 1) await call('families:updateNote', { id: family.id, note: `${MARKERS[1]} versie ${i}` });
    await call('families:list', { query: 'Zonnebloem' });
    await call('vault:backup', undefined);

    // While the vault is open, the WAL and shared-memory files exist and hold the latest writes.
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    expect(leaks([file, `${file}-wal`, `${file}-shm`])).toEqual([]);

    session.lock('user');
    const newTemp = fs
      .readdirSync(os.tmpdir())
      .filter((n) => !tmpBefore.has(n))
      .map((n) => path.join(os.tmpdir(), n));
    expect(leaks([dir, userDataDir, ...newTemp])).toEqual([]);
    // Sanity check of the scanner itself: it does find a marker written in the clear.
    fs.writeFileSync(path.join(dir, 'controle.txt'), MARKERS[0]!);
    expect(leaks([dir])).toEqual([path.join(dir, 'controle.txt')]);
  });
});
