/**
 * The kinds of handling the access log is filtered by (NEN 7513: viewed, changed, exported, printed,
 * destroyed) plus the session itself. Stored audit actions stay as they are; a category is derived
 * from the action word, the same way in core (as SQL) and in the renderer (as a Dutch label).
 */
export const AUDIT_CATEGORIES = ['bekeken', 'gewijzigd', 'geexporteerd', 'afgedrukt', 'vernietigd', 'sessie'] as const;
export type AuditCategory = (typeof AUDIT_CATEGORIES)[number];

/** How an action word is recognised: the whole word, or its first or last part. */
export type ActionPattern = { exact: string } | { prefix: string } | { suffix: string };

/**
 * Every category except `gewijzigd`, which is the rest: anything that is not a view, export, print,
 * destruction or session event changed something (`family.update`, `assessment.answer`, …). The
 * checks run in this order, so an action belongs to exactly one category.
 */
export const CATEGORY_PATTERNS: readonly (readonly [Exclude<AuditCategory, 'gewijzigd'>, readonly ActionPattern[]])[] = [
  ['bekeken', [{ exact: 'view' }]],
  ['afgedrukt', [{ exact: 'print' }]],
  // `timeline.export` predates the shared export log; it is an export all the same.
  ['geexporteerd', [{ exact: 'export' }, { suffix: '.export' }]],
  ['vernietigd', [{ exact: 'destroy' }, { prefix: 'destruction.' }, { suffix: '.destroy' }]],
  ['sessie', [{ prefix: 'session.' }, { prefix: 'vault.' }]],
];

function matches(action: string, pattern: ActionPattern): boolean {
  if ('exact' in pattern) return action === pattern.exact;
  if ('prefix' in pattern) return action.startsWith(pattern.prefix);
  return action.endsWith(pattern.suffix);
}

export function auditCategory(action: string): AuditCategory {
  for (const [category, patterns] of CATEGORY_PATTERNS) {
    if (patterns.some((p) => matches(action, p))) return category;
  }
  return 'gewijzigd';
}
