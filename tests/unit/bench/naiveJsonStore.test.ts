import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NaiveJsonStore, naiveDossier, naiveUpdateNote, type NaiveData } from '../../bench/naiveJsonStore';
import { sourceHash } from '../../bench/benchRegionCache';

/** The bench's point of comparison must be a correct store, or the comparison means nothing (no timings here). */
const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casustafel-naief-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const FAMILY = '00000000-0000-4000-8000-000000000001';
function sample(): NaiveData {
  return {
    families: [{ id: FAMILY, display_name: 'Gezin Oosterhuis', note: 'Eerste notitie', updated_at: '2026-01-01T00:00:00.000Z' }],
    family_members: [{ id: 'm1', family_id: FAMILY, given_name: 'Fenna' }, { id: 'm2', family_id: 'ander', given_name: 'Sem' }],
    involvements: [],
    consents: [],
    agenda_items: [{ id: 'a1', meeting_id: 'o1', family_id: FAMILY }],
    meetings: [{ id: 'o1', title: 'Zorgteam' }, { id: 'o2', title: 'Ander overleg' }],
    audit_log: [],
  };
}

describe('naïeve opslag (JSON + AES-256-GCM)', () => {
  it('leest terug wat hij schreef, zonder leesbare tekst in het bestand', () => {
    const file = path.join(tempDir(), 'naief.enc');
    const store = new NaiveJsonStore(file, 'paarse olifanten fietsen langs de Maas');
    store.save(sample());
    expect(fs.readFileSync(file).includes(Buffer.from('Oosterhuis'))).toBe(false);
    const again = new NaiveJsonStore(file, 'paarse olifanten fietsen langs de Maas');
    expect(again.load()).toEqual(sample());
  });

  it('weigert een bestand waarvan één byte is veranderd', () => {
    const file = path.join(tempDir(), 'naief.enc');
    const store = new NaiveJsonStore(file, 'paarse olifanten fietsen langs de Maas');
    store.save(sample());
    const bytes = fs.readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 1, bytes.length - 1);
    fs.writeFileSync(file, bytes);
    expect(() => store.load()).toThrow();
  });

  it('een autosave wijzigt de notitie, logt hem en schrijft alles opnieuw; het dossier bevat alleen dit gezin', () => {
    const file = path.join(tempDir(), 'naief.enc');
    const store = new NaiveJsonStore(file, 'paarse olifanten fietsen langs de Maas');
    const data = sample();
    store.save(data);
    naiveUpdateNote(store, data, FAMILY, 'Gesprek met school', new Date('2026-02-01T10:00:00Z'));
    const loaded = store.load();
    const dossier = naiveDossier(loaded, FAMILY);
    expect(dossier.family['note']).toBe('Gesprek met school');
    expect(dossier.members.map((m) => m['given_name'])).toEqual(['Fenna']);
    expect(dossier.meetings.map((m) => m['title'])).toEqual(['Zorgteam']);
    expect(loaded['audit_log']).toHaveLength(1);
  });
});

describe('sleutel van de benchregio-cache', () => {
  it('verandert wanneer een bron van de generator verandert', () => {
    const root = tempDir();
    const generator = path.join(root, 'electron/core/generator');
    fs.mkdirSync(generator, { recursive: true });
    fs.writeFileSync(path.join(generator, 'regionGenerator.ts'), 'export const a = 1;\n');
    const before = sourceHash(root);
    expect(sourceHash(root)).toBe(before);
    fs.writeFileSync(path.join(generator, 'regionGenerator.ts'), 'export const a = 2;\n');
    expect(sourceHash(root)).not.toBe(before);
    expect(sourceHash(tempDir())).toBe('nosource');
  });
});
