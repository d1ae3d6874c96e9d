import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkJsonShape, JsonShapeError, parseBoundedJson, type JsonShape } from '../../../../electron/core/handover/boundedJson';

/** The shape a parsed value really has, counted the way the scanner counts (keys as written in JSON). */
function measured(value: unknown): JsonShape {
  const arrays: Record<string, number> = {};
  const totals: Record<string, number> = {};
  let members = 0;
  let root = 0;
  const written = (key: string) => {
    const raw = JSON.stringify(key).slice(1, -1);
    return raw.length <= 64 ? raw : '';
  };
  const walk = (v: unknown, key: string | null): number => {
    if (Array.isArray(v)) {
      if (key === null) root = v.length;
      else {
        arrays[key] = Math.max(arrays[key] ?? 0, v.length);
        totals[key] = (totals[key] ?? 0) + v.length;
      }
      return 1 + Math.max(0, ...v.map((x) => walk(x, '')));
    }
    if (typeof v === 'object' && v !== null) {
      const entries = Object.entries(v);
      members = Math.max(members, entries.length);
      return 1 + Math.max(0, ...entries.map(([k, x]) => walk(x, written(k))));
    }
    return 0;
  };
  const depth = walk(value, null);
  return { root, arrays, totals, members, depth };
}

const tighter = (shape: JsonShape): JsonShape[] => {
  const out: JsonShape[] = [];
  if (shape.root > 0) out.push({ ...shape, root: shape.root - 1 });
  if (shape.members > 0) out.push({ ...shape, members: shape.members - 1 });
  if (shape.depth > 0) out.push({ ...shape, depth: shape.depth - 1 });
  for (const [key, n] of Object.entries(shape.arrays)) if (n > 0) out.push({ ...shape, arrays: { ...shape.arrays, [key]: n - 1 } });
  for (const [key, n] of Object.entries(shape.totals)) if (n > 0 && n > (shape.arrays[key] ?? 0)) out.push({ ...shape, totals: { ...shape.totals, [key]: n - 1 } });
  return out;
};

describe('counting JSON before it is parsed', () => {
  it('lets every JSON text through with the limits it exactly has, and stops it with any limit one lower', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const shape = measured(value);
        expect(() => checkJsonShape(text, shape)).not.toThrow();
        for (const tight of tighter(shape)) expect(() => checkJsonShape(text, tight)).toThrow(JsonShapeError);
      }),
      { numRuns: 400 },
    );
  });

  it('does not mistake brackets, commas and escaped quotes inside strings for structure', () => {
    const text = JSON.stringify({ items: ['[', ']', '{', '}', ',', '"', '\\', '\\"],[', 'a\\'] });
    expect(parseBoundedJson(text, { root: 0, arrays: { items: 9 }, totals: {}, members: 1, depth: 2 })).toEqual(JSON.parse(text));
    expect(() => checkJsonShape(text, { root: 0, arrays: { items: 8 }, totals: {}, members: 1, depth: 2 })).toThrow(JsonShapeError);
  });

  it('gives an array under a key it does not know no room at all', () => {
    expect(() => checkJsonShape('{"onbekend":[1]}', { root: 0, arrays: {}, totals: {}, members: 4, depth: 4 })).toThrow(JsonShapeError);
    expect(() => checkJsonShape('{"onbekend":[]}', { root: 0, arrays: {}, totals: {}, members: 4, depth: 4 })).not.toThrow();
  });

  it('stops at the limit without reading on: millions of empty objects take milliseconds', () => {
    const text = `[${'{},'.repeat(2_700_000)}{}]`;
    const started = performance.now();
    expect(() => checkJsonShape(text, { root: 500, arrays: {}, totals: {}, members: 32, depth: 10 })).toThrow(new JsonShapeError('(bovenste lijst)', 500));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
