import { randomUUID } from 'node:crypto';
import type { InstrumentSummary } from '../../../shared/contract/assessmentChannels';
import { AppError } from '../../../shared/contract/errors';
import { importInstrumentJson } from '../../../shared/instrument/importInstrument';
import { Instrument, instrumentItems } from '../../../shared/instrument/instrumentSchema';
import { audit, inTransaction, stamp, type WriteContext } from '../recordStore/writeContext';
import type { ReadableDb } from '../vault/connection';

interface InstrumentRow {
  id: string;
  key: string;
  version: number;
  name: string;
  definition: string;
  built_in: number;
  created_at: string;
}

function summaryOf(row: InstrumentRow, instrument: Instrument): InstrumentSummary {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    version: row.version,
    organisation: instrument.organisation,
    builtIn: row.built_in === 1,
    itemCount: instrumentItems(instrument).length,
    createdAt: row.created_at,
  };
}

/** Stored definitions were validated on the way in; parsing again applies defaults and guards the type. */
const parsed = new WeakMap<ReadableDb, Map<string, Instrument>>();

export function loadInstrument(db: ReadableDb, id: string): Instrument {
  const cache = parsed.get(db) ?? new Map<string, Instrument>();
  parsed.set(db, cache);
  const hit = cache.get(id);
  if (hit) return hit;
  const row = db.prepare('SELECT definition FROM instruments WHERE id = ?').get(id) as { definition: string } | undefined;
  if (!row) throw new AppError('not_found');
  const instrument = Instrument.parse(JSON.parse(row.definition));
  cache.set(id, instrument);
  return instrument;
}

export function listInstruments(db: ReadableDb): InstrumentSummary[] {
  const rows = db.prepare('SELECT * FROM instruments ORDER BY built_in DESC, name COLLATE NOCASE, version DESC').all() as InstrumentRow[];
  return rows.map((row) => summaryOf(row, loadInstrument(db, row.id)));
}

/** The newest version of the built-in instrument: what a new assessment uses unless told otherwise. */
export function defaultInstrumentId(db: ReadableDb): string {
  const row = db.prepare('SELECT id FROM instruments WHERE built_in = 1 ORDER BY version DESC LIMIT 1').get() as { id: string } | undefined;
  if (!row) throw new AppError('not_found', 'Er is geen standaardinstrument in deze kluis.');
  return row.id;
}

/** Imports an organisation's own instrument; nothing is stored unless all of it is valid. */
export function importInstrument(ctx: WriteContext, json: string): InstrumentSummary {
  const result = importInstrumentJson(json);
  if (!result.ok) throw new AppError('invalid_request', `Het instrument is niet ingelezen: ${result.errors.join('; ')}.`);
  const instrument = result.instrument;
  return inTransaction(ctx, () => {
    const exists = ctx.db.prepare('SELECT 1 FROM instruments WHERE key = ? AND version = ?').get(instrument.key, instrument.version);
    if (exists) {
      throw new AppError(
        'invalid_request',
        `Versie ${instrument.version} van instrument "${instrument.key}" bestaat al. Een versie verandert nooit: geef het bestand een hoger versienummer.`,
      );
    }
    const { when, by } = stamp(ctx);
    const row: InstrumentRow = {
      id: randomUUID(),
      key: instrument.key,
      version: instrument.version,
      name: instrument.name,
      definition: JSON.stringify(instrument),
      built_in: 0,
      created_at: when,
    };
    ctx.db
      .prepare('INSERT INTO instruments (id, key, version, name, definition, built_in, created_at, created_by) VALUES (@id, @key, @version, @name, @definition, @built_in, @created_at, @by)')
      .run({ ...row, by });
    audit(ctx, {
      action: 'instrument.import',
      entity: 'instrument',
      entityId: row.id,
      familyId: null,
      summary: `Instrument "${instrument.name}" versie ${instrument.version} ingelezen`,
    });
    return summaryOf(row, instrument);
  });
}
