import { z } from 'zod';
import { CalendarDayString, RecordId } from '../domain/records';

/**
 * Stagnation (help does not start: waiting list, the family refuses, no suitable provider) is only
 * handled once the alternative that was considered is on record: who takes it up, what it is, and
 * when. Without it a stagnation would disappear from view while the child still waits.
 */
export const StagnationHandlingInput = z.object({
  eventId: RecordId,
  /** Who takes the alternative up (a person, role or organisation), in words. */
  who: z.string().trim().max(200, 'maximaal 200 tekens'),
  /** The alternative considered: another provider, bridging help, drang, … */
  what: z.string().trim().max(2000, 'maximaal 2000 tekens'),
  /** When: the day it starts or was agreed, `YYYY-MM-DD`; empty when not yet known. */
  when: z.union([CalendarDayString, z.literal('')]),
});
export type StagnationHandlingInput = z.infer<typeof StagnationHandlingInput>;

export const StagnationHandling = z.object({
  id: RecordId,
  familyId: RecordId,
  eventId: RecordId,
  who: z.string(),
  what: z.string(),
  when: CalendarDayString,
  /** The day it was marked handled. */
  handledOn: CalendarDayString,
  recordedBy: z.string(),
});
export type StagnationHandling = z.infer<typeof StagnationHandling>;

export const ALTERNATIVE_PARTS = ['wie', 'wat', 'wanneer'] as const;
export type AlternativePart = (typeof ALTERNATIVE_PARTS)[number];

/** What of the alternative is still missing, in the order the refusal names it. */
export function missingAlternative(input: Pick<StagnationHandlingInput, 'who' | 'what' | 'when'>): AlternativePart[] {
  const missing: AlternativePart[] = [];
  if (input.who.trim() === '') missing.push('wie');
  if (input.what.trim() === '') missing.push('wat');
  if (input.when.trim() === '') missing.push('wanneer');
  return missing;
}

const PART_WORDS: Record<AlternativePart, string> = {
  wie: 'wie het alternatief oppakt',
  wat: 'welk alternatief is overwogen',
  wanneer: 'wanneer',
};

/** The Dutch refusal naming what is missing, or null when the stagnation may be marked handled. */
export function handlingRefusal(missing: readonly AlternativePart[]): string | null {
  if (missing.length === 0) return null;
  const words = missing.map((p) => PART_WORDS[p]);
  const list = words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} en ${words.at(-1)!}`;
  return `De stagnatie kan pas als afgehandeld worden gemarkeerd als het overwogen alternatief is vastgelegd. Nog nodig: ${list}.`;
}
