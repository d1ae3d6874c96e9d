import type { z } from 'zod';
import { CHANNELS, contract } from '../../../../shared/contract/channels';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  valueType?: z.ZodType;
  keyType?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  getter?: () => z.ZodType;
}

export function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The schemas directly inside this one (object fields not included: they come with their key). */
export function childSchemas(def: Def): z.ZodType[] {
  return [def.element, def.innerType, def.in, def.out, def.left, def.right, def.valueType, def.keyType, def.rest ?? undefined, ...(def.options ?? []), ...(def.items ?? [])].filter(
    (s): s is z.ZodType => s !== undefined,
  );
}

/** Every object key anywhere in a schema. */
export function objectKeys(schema: z.ZodType, into = new Set<string>(), seen = new Set<z.ZodType>()): Set<string> {
  if (seen.has(schema)) return into;
  seen.add(schema);
  const def = defOf(schema);
  if (def.type === 'object' && def.shape) {
    for (const [key, field] of Object.entries(def.shape)) {
      into.add(key);
      objectKeys(field, into, seen);
    }
  }
  if (def.type === 'lazy' && def.getter) objectKeys(def.getter(), into, seen);
  for (const child of childSchemas(def)) objectKeys(child, into, seen);
  return into;
}

/** Every key of every request schema of the contract, with the channels it appears in. */
export function requestFieldKeys(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const channel of CHANNELS) {
    for (const key of objectKeys(contract[channel].request)) out.set(key, [...(out.get(key) ?? []), channel]);
  }
  return out;
}
