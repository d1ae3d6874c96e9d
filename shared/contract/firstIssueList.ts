import { z } from 'zod';

/**
 * An array whose elements are checked one by one, stopping at the first element that does not fit.
 *
 * zod checks every element and collects every issue: a list of a hundred thousand wrong elements
 * becomes several hundred thousand issue objects before the answer is known, all for one refusal.
 * Files that come from outside (a handover package, a receipt) are answered with one sentence
 * anyway, so one issue is all that is needed. The length is bounded first: zod refuses an array
 * longer than `.max()` before it looks at any element.
 */
export function listUntilFirstIssue<T extends z.ZodType>(element: T, bounds: { min?: number; max: number }) {
  return z
    .array(z.unknown())
    .min(bounds.min ?? 0)
    .max(bounds.max)
    .transform((items, ctx): z.output<T>[] => {
      const out: z.output<T>[] = [];
      for (let i = 0; i < items.length; i += 1) {
        const checked = element.safeParse(items[i]);
        if (!checked.success) {
          const first = checked.error.issues[0];
          ctx.issues.push({ code: 'custom', message: first?.message ?? 'ongeldig', path: [i, ...(first?.path ?? [])], input: items[i] });
          return z.NEVER;
        }
        out.push(checked.data);
      }
      return out;
    });
}
