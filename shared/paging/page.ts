import { z } from 'zod';

/** At most this many rows per page: a screen shows twenty, a test or a report may ask for more. */
export const PAGE_LIMIT_MAX = 100;

/**
 * One page of a list that core computes (not a stored table), ordered the same way on every call:
 * an offset is enough, because nothing is inserted at the top while the user pages.
 */
export const PageRequest = z.object({
  offset: z.number().int().min(0).max(10_000_000),
  limit: z.number().int().min(1).max(PAGE_LIMIT_MAX),
});
export type PageRequest = z.infer<typeof PageRequest>;

export interface Page<T> {
  rows: T[];
  /** How many rows the whole ordered list has. */
  total: number;
  offset: number;
}

/** The rows from `offset`, at most `limit` of them; past the end an empty page with the right total. */
export function pageOf<T>(rows: readonly T[], { offset, limit }: PageRequest): Page<T> {
  return { rows: rows.slice(offset, offset + limit), total: rows.length, offset };
}
