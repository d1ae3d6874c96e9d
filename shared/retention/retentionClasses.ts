/**
 * Retention classes: how long a kind of record is kept after the moment that starts its clock.
 *
 * - jeugdhulp: the Jeugdwet (art. 7.3.8) requires keeping a jeugdhulp dossier for at least 20 years;
 *   the clock here starts when the help ended. That minimum is legal: an organisation may keep
 *   longer, never shorter.
 * - school records (leerlingdossier): 2 years after the child left school; absence (verzuim)
 *   records 5 years; a referral to special education (SBO/SO) 3 years. These are the periods the
 *   education privacy rules name for how long a school keeps such data; the law sets no minimum
 *   the app can enforce, so an organisation may set its own number of years (at least 1).
 */
export const RETENTION_CLASSES = ['jeugdhulp', 'school', 'school_verzuim', 'school_verwijzing_sbo_so'] as const;
export type RetentionClass = (typeof RETENTION_CLASSES)[number];

/** What starts the clock: the end of the help, or the day the child left school. */
export type RetentionTrigger = 'einde_hulp' | 'schoolverlating';

export interface RetentionClassRule {
  defaultYears: number;
  /** A minimum set by law; null where the law sets none. */
  legalMinimumYears: number | null;
  /** The law the minimum comes from, for the message that refuses a shorter period. */
  legalSource: string | null;
  trigger: RetentionTrigger;
}

export const RETENTION_RULES: Record<RetentionClass, RetentionClassRule> = {
  jeugdhulp: { defaultYears: 20, legalMinimumYears: 20, legalSource: 'Jeugdwet, art. 7.3.8', trigger: 'einde_hulp' },
  school: { defaultYears: 2, legalMinimumYears: null, legalSource: null, trigger: 'schoolverlating' },
  school_verzuim: { defaultYears: 5, legalMinimumYears: null, legalSource: null, trigger: 'schoolverlating' },
  school_verwijzing_sbo_so: { defaultYears: 3, legalMinimumYears: null, legalSource: null, trigger: 'schoolverlating' },
};

/** Dutch names, used in audit summaries and exports (the screen has its own translations). */
export const RETENTION_CLASS_NAMES: Record<RetentionClass, string> = {
  jeugdhulp: 'jeugdhulp',
  school: 'schooldossier',
  school_verzuim: 'verzuimgegevens',
  school_verwijzing_sbo_so: 'verwijzing speciaal (basis)onderwijs',
};

/** Longest period an organisation can choose; beyond this a typo is far likelier than a policy. */
export const MAX_RETENTION_YEARS = 115;

export type RetentionPeriods = Record<RetentionClass, number>;

export function defaultRetentionPeriods(): RetentionPeriods {
  return Object.fromEntries(RETENTION_CLASSES.map((c) => [c, RETENTION_RULES[c].defaultYears])) as RetentionPeriods;
}

/**
 * Checks an organisation's choice of years for one class. Returns a Dutch sentence saying why a
 * value is refused, or null when it is allowed.
 */
export function periodProblem(retentionClass: RetentionClass, years: number): string | null {
  const rule = RETENTION_RULES[retentionClass];
  const name = RETENTION_CLASS_NAMES[retentionClass];
  if (!Number.isInteger(years)) return `De bewaartermijn voor ${name} moet een heel aantal jaren zijn.`;
  if (rule.legalMinimumYears !== null && years < rule.legalMinimumYears) {
    return `De bewaartermijn voor ${name} mag niet korter zijn dan ${rule.legalMinimumYears} jaar: dat is het wettelijk minimum (${rule.legalSource}).`;
  }
  if (years < 1) return `De bewaartermijn voor ${name} moet minstens 1 jaar zijn.`;
  if (years > MAX_RETENTION_YEARS) return `De bewaartermijn voor ${name} kan hoogstens ${MAX_RETENTION_YEARS} jaar zijn.`;
  return null;
}
