import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ReadableDb } from '../../electron/core/vault/connection';

/**
 * The approach many small Electron apps take, as the bench's point of comparison (issue #10 (b)):
 * the whole data set lives in one JS object, serialised to JSON, encrypted with AES-256-GCM and
 * rewritten in full on every save. Built to be fair to it: the key is derived once (scrypt) and
 * kept in memory, not per save; a save is as durable as our synchronous=FULL commit (temp file
 * in the same folder, fsync, rename, fsync of the folder); a load reads, decrypts and parses once.
 *
 * File layout: magic (8) · salt (16) · IV (12) · GCM tag (16) · ciphertext.
 */
export type NaiveData = Record<string, Record<string, unknown>[]>;

const MAGIC = Buffer.from('CSNAIVE1', 'ascii');
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Every table of a plaintext twin, as a naive store would hold it; the search index is left out (such an app searches its arrays). */
export function readAllRows(db: ReadableDb): NaiveData {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'family_search%' ORDER BY name")
    .all() as { name: string }[];
  const data: NaiveData = {};
  for (const { name } of tables) data[name] = db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[];
  return data;
}

export class NaiveJsonStore {
  private readonly key: Buffer;
  private readonly salt: Buffer;

  constructor(
    private readonly filePath: string,
    passphrase: string,
  ) {
    this.salt = fs.existsSync(filePath) ? fs.readFileSync(filePath).subarray(MAGIC.length, MAGIC.length + SALT_BYTES) : randomBytes(SALT_BYTES);
    this.key = scryptSync(passphrase, this.salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  }

  /** Serialise everything, encrypt, write to a temp file, fsync, rename over the old file, fsync the folder. */
  save(data: NaiveData): void {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(data), 'utf8'), cipher.final()]);
    const temp = path.join(path.dirname(this.filePath), `.${path.basename(this.filePath)}.tmp`);
    const fd = fs.openSync(temp, 'w', 0o600);
    try {
      fs.writeSync(fd, Buffer.concat([MAGIC, this.salt, iv, cipher.getAuthTag(), body]));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, this.filePath);
    const dir = fs.openSync(path.dirname(this.filePath), 'r');
    try {
      fs.fsyncSync(dir);
    } finally {
      fs.closeSync(dir);
    }
  }

  /** Read, authenticate, decrypt and parse the whole file. */
  load(): NaiveData {
    const file = fs.readFileSync(this.filePath);
    if (!file.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('Geen naïef opgeslagen bestand.');
    let at = MAGIC.length + SALT_BYTES;
    const iv = file.subarray(at, (at += IV_BYTES));
    const tag = file.subarray(at, (at += TAG_BYTES));
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
    decipher.setAuthTag(tag);
    const json = Buffer.concat([decipher.update(file.subarray(at)), decipher.final()]).toString('utf8');
    return JSON.parse(json) as NaiveData;
  }
}

/** What the dossier screen needs of one family, found in the arrays (the naive store's "query"). */
export function naiveDossier(data: NaiveData, familyId: string) {
  const byFamily = (table: string) => (data[table] ?? []).filter((r) => r['family_id'] === familyId);
  const family = (data['families'] ?? []).find((f) => f['id'] === familyId);
  if (!family) throw new Error('Gezin niet gevonden.');
  const meetingIds = new Set(byFamily('agenda_items').map((a) => a['meeting_id']));
  return {
    family,
    members: byFamily('family_members'),
    involvements: byFamily('involvements'),
    consents: byFamily('consents'),
    meetings: (data['meetings'] ?? []).filter((m) => meetingIds.has(m['id'])),
  };
}

/**
 * The naive autosave of one field: change the family's note in the object, log it (ours writes an
 * audit entry with every save, so this does too, without the hash chain), then save everything.
 */
export function naiveUpdateNote(store: NaiveJsonStore, data: NaiveData, familyId: string, note: string, at: Date): void {
  const family = (data['families'] ?? []).find((f) => f['id'] === familyId);
  if (!family) throw new Error('Gezin niet gevonden.');
  family['note'] = note;
  family['updated_at'] = at.toISOString();
  const log = (data['audit_log'] ??= []);
  log.push({ seq: log.length + 1, at: at.toISOString(), action: 'family.update', entity: 'family', entity_id: familyId, family_id: familyId, summary: 'Notitie gewijzigd' });
  store.save(data);
}
