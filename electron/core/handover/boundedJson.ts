/**
 * JSON from a file that came from outside, parsed only once its shape is known to be small enough.
 *
 * `JSON.parse` builds the whole value before anyone can look at it: eight megabytes of `{},` are
 * millions of objects before a schema could say "too many". So one pass over the text counts first,
 * without building anything: every array's length against the limit for the key it sits under (an
 * array under any other key may hold nothing), the same keys' totals over the whole document, the
 * members of every object and the nesting depth. It stops at the first count over its limit. Only
 * then does `JSON.parse` run, on a text whose number of values is bounded.
 *
 * The pass reads the structure as JSON does (strings with their escapes skipped whole); it does not
 * check the syntax, which `JSON.parse` does right after. Keys are compared as written, without
 * unescaping: a key spelled with escapes matches nothing, and its arrays get the limit zero.
 */
export interface JsonShape {
  /** Most elements the top-level array may hold; 0 when the top level is an object. */
  root: number;
  /** Most elements an array under this key may hold. */
  arrays: Readonly<Record<string, number>>;
  /** Most elements all arrays under this key may hold together in the whole document. */
  totals: Readonly<Record<string, number>>;
  /** Most members one object may have. */
  members: number;
  /** Deepest nesting of objects and arrays. */
  depth: number;
}

/** What went over its limit: the key (or "(bovenste lijst)") and the limit. */
export class JsonShapeError extends Error {
  constructor(
    readonly key: string,
    readonly limit: number,
  ) {
    super(`JSON shape over its limit at ${key} (${limit})`);
    this.name = 'JsonShapeError';
  }
}

interface Frame {
  array: boolean;
  key: string;
  limit: number;
  count: number;
  /** Objects: the next string is a key. Arrays: no element seen yet. */
  expecting: boolean;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const ROOT = '(bovenste lijst)';
/** Keys longer than any of ours are not kept (they match nothing anyway). */
const LONGEST_KEY = 64;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Throws JsonShapeError at the first count over its limit; returns when the whole text fits. */
export function checkJsonShape(text: string, shape: JsonShape): void {
  const stack: Frame[] = [];
  const totals = new Map<string, number>();
  let key = '';

  const count = (frame: Frame): void => {
    frame.count += 1;
    if (frame.count > frame.limit) throw new JsonShapeError(frame.array ? frame.key : `${frame.key} (velden)`, frame.limit);
    if (!frame.array) return;
    const totalLimit = shape.totals[frame.key];
    if (totalLimit === undefined) return;
    const total = (totals.get(frame.key) ?? 0) + 1;
    if (total > totalLimit) throw new JsonShapeError(`${frame.key} (samen)`, totalLimit);
    totals.set(frame.key, total);
  };
  /** A value starts: the first element of an array is counted here, the rest at their commas. */
  const valueStarts = (): void => {
    const top = stack[stack.length - 1];
    if (top !== undefined && top.array && top.expecting) {
      top.expecting = false;
      count(top);
    }
  };
  const open = (array: boolean): void => {
    valueStarts();
    const parent = stack[stack.length - 1];
    const name = parent === undefined ? ROOT : parent.array ? '' : key;
    const limit = array ? (parent === undefined ? shape.root : Object.hasOwn(shape.arrays, name) ? shape.arrays[name]! : 0) : shape.members;
    stack.push({ array, key: name, limit, count: 0, expecting: true });
    if (stack.length > shape.depth) throw new JsonShapeError('(diepte)', shape.depth);
  };

  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let end = i + 1;
      for (;;) {
        end = text.indexOf('"', end);
        if (end === -1) return; // unterminated: JSON.parse refuses it
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes += 1;
        if (slashes % 2 === 0) break;
        end += 1;
      }
      const top = stack[stack.length - 1];
      if (top !== undefined && !top.array && top.expecting) {
        top.expecting = false;
        count(top);
        key = end - i - 1 <= LONGEST_KEY ? text.slice(i + 1, end) : '';
      } else {
        valueStarts();
      }
      i = end;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      open(c === OPEN_ARRAY);
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      stack.pop();
    } else if (c === COMMA) {
      const top = stack[stack.length - 1];
      if (top === undefined) continue;
      if (top.array) count(top);
      else top.expecting = true;
    } else if (c !== COLON && !isSpace(c)) {
      valueStarts();
    }
  }
}

/** Checks the shape, then parses; a text over a limit is never parsed. */
export function parseBoundedJson(text: string, shape: JsonShape): unknown {
  checkJsonShape(text, shape);
  return JSON.parse(text) as unknown;
}
