import type { z } from 'zod';
import { AppError } from '../../../shared/contract/errors';
import { HANDOVER_FORMAT_VERSION, HANDOVER_LIMITS, HandoverFamilies, HandoverManifest, HandoverReceipt, type HandoverFamily } from '../../../shared/contract/handoverChannels';
import type { ReadableDb } from '../vault/connection';
import { checkJsonShape, JsonShapeError, type JsonShape } from './boundedJson';
import { openSealed, sha256Hex, type SealOptions } from './sealedFile';

/**
 * Reading a package or a receipt, before anything is written: the seal (every truncation and
 * flipped byte), the passphrase, what kind of file it is and its format version, then its JSON —
 * counted before it is parsed (boundedJson) and checked by schemas that stop at the first element
 * that does not fit — and the manifest against the items' checksum.
 *
 * Nothing here writes: the worker (readHandoverFileOffThread) runs this away from the window.
 */
export const PACKAGE_KIND = 'overdracht';
export const RECEIPT_KIND = 'ontvangstbevestiging';

export interface OpenedPackage {
  manifest: HandoverManifest;
  families: HandoverFamily[];
  checksum: string;
}

/** The families as the exporter writes them: the package's limits, and ten nesting levels at most. */
export const FAMILIES_SHAPE: JsonShape = {
  root: HANDOVER_LIMITS.families,
  arrays: { members: HANDOVER_LIMITS.membersPerFamily, items: HANDOVER_LIMITS.itemsPerFamily, memberRefs: HANDOVER_LIMITS.memberRefsPerItem },
  totals: { items: HANDOVER_LIMITS.itemsPerPackage, memberRefs: HANDOVER_LIMITS.memberRefsPerPackage },
  members: 32,
  depth: 10,
};
const MANIFEST_SHAPE: JsonShape = { root: 0, arrays: { families: HANDOVER_LIMITS.families }, totals: {}, members: 32, depth: 4 };
const RECEIPT_SHAPE: JsonShape = { root: 0, arrays: {}, totals: {}, members: 32, depth: 2 };

function refused(detail: string): AppError {
  return new AppError('package_refused', detail);
}

/** What went over a limit, in words: "meer dan 500 gezinnen". */
export function overLimitWords(error: JsonShapeError): string {
  return error.key.startsWith('(bovenste lijst)') && error.limit > 0
    ? `meer dan ${error.limit} gezinnen`
    : error.key.startsWith('items')
      ? `meer dan ${error.limit} onderdelen${error.key.endsWith('(samen)') ? '' : ' bij één gezin'}`
      : error.key.startsWith('members')
        ? `meer dan ${error.limit} gezinsleden bij één gezin`
        : 'een opbouw die een overdracht van Casustafel nooit heeft';
}

/** The one sentence for a file beyond what a package of ours can hold. */
export function tooLargeSentence(error: JsonShapeError): string {
  return `Dit bestand bevat ${overLimitWords(error)}: zo'n overdracht maakt Casustafel niet. Er is niets ingelezen; vraag de afzender het bestand opnieuw te maken.`;
}

/** Counted, parsed, checked: an AppError for everything that is not what the schema says. */
function parseChecked<T extends z.ZodType>(json: string, shape: JsonShape, schema: T): z.output<T> {
  try {
    checkJsonShape(json, shape);
  } catch (error) {
    if (error instanceof JsonShapeError) throw refused(tooLargeSentence(error));
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(json) as unknown;
  } catch {
    throw new AppError('package_damaged');
  }
  const checked = schema.safeParse(value);
  if (!checked.success) throw new AppError('package_damaged');
  return checked.data;
}

/** What kind of sealed Casustafel file this is, and its format version; refuses anything else. */
export function readKind(db: ReadableDb): { kind: string; formatVersion: number } {
  let row: { kind: string; format_version: number } | undefined;
  try {
    row = db.prepare('SELECT kind, format_version FROM casustafel').get() as typeof row;
  } catch {
    row = undefined;
  }
  if (row === undefined) throw refused('Dit bestand is geen overdrachtsbestand van Casustafel.');
  return { kind: row.kind, formatVersion: row.format_version };
}

export function openPackage(bytes: Uint8Array, passphrase: string, options: SealOptions = {}): OpenedPackage {
  const { value, checksum } = openSealed(
    bytes,
    passphrase,
    (db) => {
      const { kind, formatVersion } = readKind(db);
      if (kind === RECEIPT_KIND) throw refused('Dit is een ontvangstbevestiging, geen overdracht. Lees hem in bij de overdracht waar hij bij hoort (Ontvangstbevestiging inlezen).');
      if (kind !== PACKAGE_KIND) throw refused('Dit bestand is geen overdrachtsbestand van Casustafel.');
      if (formatVersion > HANDOVER_FORMAT_VERSION) throw new AppError('package_too_new');
      const manifestRow = db.prepare('SELECT json FROM manifest').get() as { json: unknown } | undefined;
      const familiesRow = db.prepare('SELECT json FROM families').get() as { json: unknown } | undefined;
      if (typeof manifestRow?.json !== 'string' || typeof familiesRow?.json !== 'string') throw new AppError('package_damaged');
      return { manifestJson: manifestRow.json, familiesJson: familiesRow.json };
    },
    options,
  );
  const manifest = parseChecked(value.manifestJson, MANIFEST_SHAPE, HandoverManifest);
  if (manifest.formatVersion > HANDOVER_FORMAT_VERSION) throw new AppError('package_too_new');
  // The manifest vouches for the items: a changed item inside a validly encrypted package is refused.
  if (sha256Hex(Buffer.from(value.familiesJson, 'utf8')) !== manifest.itemsChecksum) throw new AppError('package_damaged');
  const families = parseChecked(value.familiesJson, FAMILIES_SHAPE, HandoverFamilies);
  const listed = manifest.families.map((f) => `${f.position}:${f.items}`).join(',');
  const present = families.map((f) => `${f.position}:${f.items.length}`).join(',');
  if (listed !== present) throw new AppError('package_damaged');
  return { manifest, families, checksum };
}

export function openReceipt(bytes: Uint8Array, passphrase: string, options: SealOptions = {}): HandoverReceipt {
  const { value } = openSealed(
    bytes,
    passphrase,
    (db) => {
      const { kind, formatVersion } = readKind(db);
      if (kind === PACKAGE_KIND) throw refused('Dit is een overdrachtspakket, geen ontvangstbevestiging. Een pakket lees je in bij Overdracht ontvangen.');
      if (kind !== RECEIPT_KIND) throw refused('Dit bestand is geen ontvangstbevestiging van Casustafel.');
      if (formatVersion > HANDOVER_FORMAT_VERSION) throw new AppError('package_too_new');
      const row = db.prepare('SELECT json FROM receipt').get() as { json: unknown } | undefined;
      if (typeof row?.json !== 'string') throw new AppError('package_damaged');
      return row.json;
    },
    options,
  );
  return parseChecked(value, RECEIPT_SHAPE, HandoverReceipt);
}
