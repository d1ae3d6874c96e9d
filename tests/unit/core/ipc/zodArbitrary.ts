import fc from 'fast-check';
import type { z } from 'zod';

/**
 * Payloads for a zod schema, for fuzzing the contract: values of the schema's shape (enums from
 * its options, lengths and ranges from its checks, ids from a pool of rows that exist), with at
 * every node a small chance of something hostile in its place — the wrong type, a huge or poisoned
 * string, NaN, a prototype key, a value structured clone can carry but JSON cannot.
 */
interface Check {
  check: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  length?: number;
  value?: number | bigint;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

interface Def {
  type: string;
  checks?: { _zod: { def: Check } }[];
  format?: string;
  pattern?: RegExp;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  left?: z.ZodType;
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): Check[] => (def.checks ?? []).map((c) => c._zod.def);

export interface FuzzContext {
  /** Ids of rows in the vault under test: a uuid field picks one of these most of the time. */
  ids: readonly string[];
}

const POISON_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\u202e\u2066',
  '../../../../etc/passwd',
  'C:\\Windows\\system32',
  '=HYPERLINK("http://voorbeeld.invalid")',
  '__proto__',
  'constructor',
  "'; DROP TABLE families; --",
  '\ud800',
  'é'.repeat(5000),
  'x'.repeat(200_000),
];
const POISON_NUMBERS = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, -1, 2 ** 53 + 2, 1e308, 0.5];

/** Something that is never quite what a field expects. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...POISON_STRINGS),
  fc.constantFrom(...POISON_NUMBERS),
  fc.constantFrom(null, undefined, true, [], {}, [null], 10n ** 30n),
  fc.constant(Object.create(null) as unknown),
  fc.constant(JSON.parse('{"__proto__":{"admin":true},"constructor":{"prototype":{}}}') as unknown),
  fc.constant(new Date(Number.NaN)),
  fc.constant(new Uint8Array(16)),
  fc.constant(new Map([['a', 1]])),
  fc.anything({ maxDepth: 2 }),
);

function stringFor(def: Def, ctx: FuzzContext): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const format = def.format ?? checks.find((c) => c.check === 'string_format')?.format;
  const pattern = def.pattern ?? checks.find((c) => c.check === 'string_format' && c.pattern)?.pattern;
  if (format === 'uuid' || format === 'guid') return ctx.ids.length > 0 ? fc.oneof({ arbitrary: fc.constantFrom(...ctx.ids), weight: 4 }, { arbitrary: fc.uuid(), weight: 1 }) : fc.uuid();
  if (format === 'datetime') return fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
  if (format === 'date') return fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  if (format === 'email') return fc.emailAddress();
  if (pattern !== undefined) return fc.stringMatching(pattern, { size: 'small' });
  const min = Number(checks.find((c) => c.check === 'min_length')?.minimum ?? checks.find((c) => c.check === 'length_equals')?.length ?? 0);
  const max = Number(checks.find((c) => c.check === 'max_length')?.maximum ?? checks.find((c) => c.check === 'length_equals')?.length ?? 40);
  return fc.oneof(
    fc.string({ minLength: min, maxLength: Math.max(min, Math.min(max, 40)) }),
    fc.constantFrom('Gezin Bakker', 'Noor', 'OBS De Regenboog', '2026-03-02', 'lange zin van gewone woorden voor de kluis'),
  );
}

function numberFor(def: Def): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const isInt = def.format === 'safeint' || def.format === 'int32' || checks.some((c) => c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32'));
  const low = checks.find((c) => c.check === 'greater_than');
  const high = checks.find((c) => c.check === 'less_than');
  const min = low === undefined ? -1000 : Number(low.value) + (low.inclusive ? 0 : isInt ? 1 : 0.001);
  const max = high === undefined ? 100_000 : Number(high.value) - (high.inclusive ? 0 : isInt ? 1 : 0.001);
  if (min > max) return fc.constant(min);
  return isInt ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true });
}

/** `spoil`: whether nodes below may be replaced by something hostile. */
function shaped(schema: z.ZodType, ctx: FuzzContext, depth: number, spoil: boolean): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (s: z.ZodType) => (spoil ? valueFor(s, ctx, depth + 1) : shaped(s, ctx, depth + 1, false));
  switch (def.type) {
    case 'string':
      return stringFor(def, ctx);
    case 'number':
      return numberFor(def);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
      return fc.constant(undefined);
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { x: 'x' }));
    case 'object': {
      const shape = def.shape ?? {};
      const fields = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, inner(s)]));
      const requiredKeys = Object.entries(shape)
        .filter(([, s]) => defOf(s).type !== 'optional')
        .map(([k]) => k);
      return fc.record(fields, { requiredKeys });
    }
    case 'array': {
      const checks = checksOf(def);
      const min = Number(checks.find((c) => c.check === 'min_length')?.minimum ?? 0);
      const max = Number(checks.find((c) => c.check === 'max_length')?.maximum ?? 4);
      return fc.array(inner(def.element!), { minLength: Math.min(min, 4), maxLength: Math.max(Math.min(min, 4), Math.min(max, 4)) });
    }
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.option(inner(def.innerType!), { nil: undefined });
    case 'nullable':
      return fc.option(inner(def.innerType!), { nil: null });
    case 'readonly':
    case 'catch':
    case 'nonoptional':
    case 'success':
      return inner(def.innerType!);
    case 'pipe':
      return inner(def.in!);
    case 'union':
      return fc.oneof(...(def.options ?? []).map(inner));
    case 'intersection':
      return inner(def.left!);
    case 'record':
      return fc.dictionary(stringFor(defOf(def.keyType!), ctx), inner(def.valueType!), { maxKeys: 3 });
    case 'tuple':
      return fc.tuple(...(def.items ?? []).map(inner));
    case 'lazy':
      return depth > 6 ? fc.constant(null) : inner(def.getter!());
    case 'date':
      return fc.date();
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A value of the schema's shape, or (one node in twelve) something hostile in its place. */
export function valueFor(schema: z.ZodType, ctx: FuzzContext, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: shaped(schema, ctx, depth, true), weight: 11 }, { arbitrary: hostile, weight: 1 });
}

/** Payloads for one channel: half of the schema's shape, the rest spoilt somewhere, or junk. */
export function payloadFor(schema: z.ZodType, ctx: FuzzContext): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: shaped(schema, ctx, 0, false), weight: 5 },
    { arbitrary: valueFor(schema, ctx), weight: 4 },
    { arbitrary: fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true }), weight: 1 },
  );
}
