import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPackage } from '../../../../electron/core/handover/openHandoverFile';
import { PACKAGE_KIND } from '../../../../electron/core/handover/openHandoverFile';
import { buildReceipt } from '../../../../electron/core/handover/handoverReceipt';
import { sealDatabase, sha256Hex } from '../../../../electron/core/handover/sealedFile';
import { AppError, type ErrorCode } from '../../../../shared/contract/errors';
import { tempDir } from '../support/vaultTestKit';
import { exportPackage, PACKAGE_PASSPHRASE, senderVault, vault, vaultFingerprint, WIJKTEAM_OPERATOR } from './handoverKit';

function refusalOf(bytes: Uint8Array, passphrase = PACKAGE_PASSPHRASE): ErrorCode | 'opened' {
  try {
    openPackage(bytes, passphrase);
    return 'opened';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

let good: Buffer;

beforeAll(async () => {
  const sender = await senderVault();
  const out = tempDir('casustafel-overdracht-');
  good = (await exportPackage(sender, [sender.seed.families.bakker], sender.seed.orgs.wijkteam, path.join(out, 'pakket.overdracht'))).bytes;
}, 60_000);

describe('a damaged package is refused before anything is written', () => {
  it('the intact package opens (the control for everything below)', () => {
    expect(refusalOf(good)).toBe('opened');
  });

  it('refuses every truncation point, from an empty file to one byte short', () => {
    const codes = new Set<string>();
    for (let length = 0; length < good.length; length += 1) codes.add(refusalOf(good.subarray(0, length)));
    expect([...codes]).toEqual(['package_damaged']);
  });

  it('refuses a flipped bit at every position, and any flipped byte pattern anywhere', () => {
    const codes = new Set<string>();
    const copy = Buffer.from(good);
    for (let i = 0; i < copy.length; i += 1) {
      copy[i] = copy[i]! ^ 0x01;
      codes.add(refusalOf(copy));
      copy[i] = copy[i]! ^ 0x01;
    }
    expect([...codes]).toEqual(['package_damaged']);
    fc.assert(
      fc.property(fc.nat({ max: good.length - 1 }), fc.integer({ min: 1, max: 255 }), (at, mask) => {
        const damaged = Buffer.from(good);
        damaged[at] = damaged[at]! ^ mask;
        return refusalOf(damaged) === 'package_damaged';
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a cut, a flip and bytes appended through the handler, and the receiving vault is unchanged', async () => {
    const receiver = await vault('wijkteam.casustafel', WIJKTEAM_OPERATOR);
    const before = vaultFingerprint(receiver.core);
    const dir = tempDir('casustafel-beschadigd-');
    const variants: Buffer[] = [];
    for (let length = 0; length < good.length; length += 997) variants.push(good.subarray(0, length));
    for (let at = 13; at < good.length; at += 1499) {
      const flipped = Buffer.from(good);
      flipped[at] = flipped[at]! ^ 0x80;
      variants.push(flipped);
    }
    variants.push(Buffer.concat([good, Buffer.from('extra')]));
    for (const [n, bytes] of variants.entries()) {
      const file = path.join(dir, `pakket-${n}.overdracht`);
      fs.writeFileSync(file, bytes);
      receiver.core.host.nextHandoverFile = file;
      const r = await receiver.refusal('handover:open', { passphrase: PACKAGE_PASSPHRASE });
      expect(r.code).toBe('package_damaged');
      expect(r.message).toMatch(/beschadigd of onvolledig/);
    }
    expect(vaultFingerprint(receiver.core)).toBe(before);
  }, 60_000);

  it('refuses a package from a newer version of the format, and one whose items do not match its manifest', () => {
    const newer = sealDatabase(PACKAGE_PASSPHRASE, (db) => {
      db.exec('CREATE TABLE casustafel (kind TEXT NOT NULL, format_version INTEGER NOT NULL); CREATE TABLE manifest (json TEXT); CREATE TABLE families (json TEXT);');
      db.prepare('INSERT INTO casustafel VALUES (?, 2)').run(PACKAGE_KIND);
    });
    expect(refusalOf(newer.bytes)).toBe('package_too_new');

    // A package re-sealed with the right passphrase but an item changed: the manifest's checksum refuses it.
    const original = openPackage(good, PACKAGE_PASSPHRASE);
    const changed = JSON.stringify(original.families).replace('kennisgemaakt', 'ruzie gemaakt');
    const tampered = sealDatabase(PACKAGE_PASSPHRASE, (db) => {
      db.exec('CREATE TABLE casustafel (kind TEXT NOT NULL, format_version INTEGER NOT NULL); CREATE TABLE manifest (json TEXT); CREATE TABLE families (json TEXT);');
      db.prepare('INSERT INTO casustafel VALUES (?, 1)').run(PACKAGE_KIND);
      db.prepare('INSERT INTO manifest VALUES (?)').run(JSON.stringify(original.manifest));
      db.prepare('INSERT INTO families VALUES (?)').run(changed);
    });
    expect(sha256Hex(Buffer.from(changed))).not.toBe(original.manifest.itemsChecksum);
    expect(refusalOf(tampered.bytes)).toBe('package_damaged');
  });

  it('tells a receipt from a package, and refuses it as one', () => {
    const receipt = buildReceipt(
      { manifest: { packageId: '7b0c3f9e-2f55-4d3b-9a51-0c7a6f1d2e88' }, checksum: 'a'.repeat(64), status: 'aanvaard', reason: '', families: 1, items: 4 },
      WIJKTEAM_OPERATOR,
      new Date('2026-03-02T10:00:00.000Z'),
      PACKAGE_PASSPHRASE,
    );
    expect(refusalOf(receipt.bytes)).toBe('package_refused');
  });

  it('a wrong passphrase on a whole file is told apart from damage', () => {
    expect(refusalOf(good, 'niet de wachtwoordzin van dit pakket')).toBe('package_wrong_passphrase');
  });
});
