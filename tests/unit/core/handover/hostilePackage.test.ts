import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { openPackageFile } from '../../../../electron/core/handover/readHandoverFileOffThread';
import { PACKAGE_KIND, RECEIPT_KIND } from '../../../../electron/core/handover/openHandoverFile';
import { MAX_SEALED_BYTES, sealDatabase, sha256Hex } from '../../../../electron/core/handover/sealedFile';
import { HANDOVER_FORMAT_VERSION, HandoverManifest } from '../../../../shared/contract/handoverChannels';
import { tempDir } from '../support/vaultTestKit';
import { PACKAGE_PASSPHRASE, senderVault, vault, vaultFingerprint, WIJKTEAM_OPERATOR } from './handoverKit';

/** Eight megabytes of `{},`: some 2.7 million empty objects, as in the report that killed the receiver. */
const HOSTILE_LIST = `[${'{},'.repeat(2_700_000)}{}]`;

/** A package sealed as the exporter seals one, whose manifest vouches for the hostile list. */
function hostilePackage(familiesJson: string): Buffer {
  const manifest: HandoverManifest = {
    formatVersion: HANDOVER_FORMAT_VERSION,
    packageId: '3f1c9a2e-6b7d-4e58-9c0a-1d2e3f4a5b6c',
    createdAt: '2026-03-02T10:00:00.000Z',
    sender: { organisation: 'OBS De Klimop', operator: 'Fenna Testers (intern begeleider)', vaultSchemaVersion: 1 },
    receiver: { name: WIJKTEAM_OPERATOR.organisation, type: 'wijkteam', function: 'duidend' },
    families: [{ position: 1, label: 'Gezin Bakker', items: 0 }],
    withheld: '',
    itemsChecksum: sha256Hex(Buffer.from(familiesJson, 'utf8')),
  };
  // Only the limits may refuse it: everything else about the package is as the exporter makes it.
  expect(HandoverManifest.safeParse(manifest).success).toBe(true);
  return sealDatabase(PACKAGE_PASSPHRASE, (db) => {
    db.exec('CREATE TABLE casustafel (kind TEXT NOT NULL, format_version INTEGER NOT NULL) STRICT; CREATE TABLE manifest (json TEXT NOT NULL) STRICT; CREATE TABLE families (json TEXT NOT NULL) STRICT;');
    db.prepare('INSERT INTO casustafel (kind, format_version) VALUES (?, ?)').run(PACKAGE_KIND, HANDOVER_FORMAT_VERSION);
    db.prepare('INSERT INTO manifest (json) VALUES (?)').run(JSON.stringify(manifest));
    db.prepare('INSERT INTO families (json) VALUES (?)').run(familiesJson);
  }).bytes;
}

function hostileReceipt(receiptJson: string): Buffer {
  return sealDatabase(PACKAGE_PASSPHRASE, (db) => {
    db.exec('CREATE TABLE casustafel (kind TEXT NOT NULL, format_version INTEGER NOT NULL) STRICT; CREATE TABLE receipt (json TEXT NOT NULL) STRICT;');
    db.prepare('INSERT INTO casustafel (kind, format_version) VALUES (?, ?)').run(RECEIPT_KIND, HANDOVER_FORMAT_VERSION);
    db.prepare('INSERT INTO receipt (json) VALUES (?)').run(receiptJson);
  }).bytes;
}

/** The longest the main thread's event loop went without a turn while `work` ran. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ value: T; stallMs: number; elapsedMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 5);
  const started = performance.now();
  try {
    const value = await work();
    return { value, stallMs: Math.max(stallMs, performance.now() - last), elapsedMs: performance.now() - started };
  } finally {
    clearInterval(tick);
  }
}

describe('a crafted package or receipt is refused before it can cost the receiver its memory', () => {
  it('refuses a validly sealed 8 MB package of millions of empty families quickly, in Dutch, writes nothing, and the main thread keeps turning', async () => {
    const receiver = await vault('wijkteam.casustafel', WIJKTEAM_OPERATOR);
    const dir = tempDir('casustafel-vijandig-');
    const file = path.join(dir, 'pakket.overdracht');
    fs.writeFileSync(file, hostilePackage(HOSTILE_LIST));
    expect(fs.statSync(file).size).toBeGreaterThan(8_000_000);
    // The first worker of a test process compiles its TypeScript; that is not what is measured.
    await expect(openPackageFile(path.join(dir, 'bestaat-niet.overdracht'), PACKAGE_PASSPHRASE)).rejects.toMatchObject({ code: 'file_not_found' });

    const before = vaultFingerprint(receiver.core);
    receiver.core.host.nextHandoverFile = file;
    const { value: refusal, stallMs, elapsedMs } = await longestStall(() => receiver.refusal('handover:open', { passphrase: PACKAGE_PASSPHRASE }));
    console.info(`vijandig pakket geweigerd in ${elapsedMs.toFixed(0)} ms; langste stilstand van de hoofdthread ${stallMs.toFixed(0)} ms`);
    expect(refusal.code).toBe('package_refused');
    expect(refusal.detail).toBe("Dit bestand bevat meer dan 500 gezinnen: zo'n overdracht maakt Casustafel niet. Er is niets ingelezen; vraag de afzender het bestand opnieuw te maken.");
    // A correctness bound with a wide margin (measured: well under a second), not a benchmark.
    expect(elapsedMs).toBeLessThan(5000);
    // Key derivation, hashing and parsing happen on the worker: the window's thread is never held up
    // (read on the main thread, the stall would be the whole refusal).
    expect(stallMs).toBeLessThan(Math.max(250, elapsedMs / 2));
    expect(vaultFingerprint(receiver.core)).toBe(before);
  }, 60_000);

  it('refuses millions of empty items inside one family, and a family without items but with a list too long in its household', async () => {
    const dir = tempDir('casustafel-vijandig-');
    const items = `[{"position":1,"displayName":"Gezin Bakker","sharedOn":"toestemming","members":[],"items":[${'{},'.repeat(2_000_000)}{}]}]`;
    const many = path.join(dir, 'onderdelen.overdracht');
    fs.writeFileSync(many, hostilePackage(items));
    await expect(openPackageFile(many, PACKAGE_PASSPHRASE)).rejects.toMatchObject({ code: 'package_refused', detail: expect.stringContaining('meer dan 100000 onderdelen bij één gezin') });

    const deep = path.join(dir, 'diep.overdracht');
    fs.writeFileSync(deep, hostilePackage(`${'['.repeat(100_000)}${']'.repeat(100_000)}`));
    await expect(openPackageFile(deep, PACKAGE_PASSPHRASE)).rejects.toMatchObject({ code: 'package_refused' });

    const wide = path.join(dir, 'breed.overdracht');
    fs.writeFileSync(wide, hostilePackage(`[{${Array.from({ length: 200_000 }, (_, i) => `"k${i}":0`).join(',')}}]`));
    await expect(openPackageFile(wide, PACKAGE_PASSPHRASE)).rejects.toMatchObject({ code: 'package_refused' });
  }, 60_000);

  it('refuses a validly sealed 8 MB receipt of millions of empty objects in the sending vault, in Dutch, writing nothing', async () => {
    const sender = await senderVault();
    const dir = tempDir('casustafel-vijandig-');
    const file = path.join(dir, 'bevestiging.ontvangst');
    fs.writeFileSync(file, hostileReceipt(HOSTILE_LIST));
    await expect(openPackageFile(path.join(dir, 'bestaat-niet.overdracht'), PACKAGE_PASSPHRASE)).rejects.toMatchObject({ code: 'file_not_found' });

    const before = vaultFingerprint(sender.core);
    sender.core.host.nextHandoverFile = file;
    const { value: refusal, stallMs, elapsedMs } = await longestStall(() => sender.refusal('handover:openReceipt', { passphrase: PACKAGE_PASSPHRASE }));
    console.info(`vijandige ontvangstbevestiging geweigerd in ${elapsedMs.toFixed(0)} ms; langste stilstand ${stallMs.toFixed(0)} ms`);
    expect(refusal.code).toBe('package_refused');
    expect(refusal.detail).toMatch(/^Dit bestand bevat een opbouw die een overdracht van Casustafel nooit heeft: .*Er is niets ingelezen/);
    expect(elapsedMs).toBeLessThan(5000);
    expect(stallMs).toBeLessThan(Math.max(250, elapsedMs / 2));
    expect(vaultFingerprint(sender.core)).toBe(before);
  }, 60_000);

  it('refuses a file over the size limit before reading it', async () => {
    const dir = tempDir('casustafel-vijandig-');
    const file = path.join(dir, 'groot.overdracht');
    const fd = fs.openSync(file, 'w');
    fs.ftruncateSync(fd, MAX_SEALED_BYTES + 1);
    fs.closeSync(fd);
    await expect(openPackageFile(file, PACKAGE_PASSPHRASE)).rejects.toMatchObject({ code: 'package_refused', detail: expect.stringContaining('groter dan 128 MB') });
  });
});
