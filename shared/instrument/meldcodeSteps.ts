import { z } from 'zod';
import { compareCalendarDays, parseCalendarDay, type CalendarDay } from '../domain/calendarDate';
import { CalendarDayString, RecordId } from '../domain/records';
import { professionalKey } from './afwegingskader';
import { Observer } from './assessmentRecords';

/**
 * The Meldcode's steps before the afwegingskader, per professional: (1) the signals are mapped —
 * the assessment itself, with the Kindcheck —, (2) consult a colleague and, if needed, Veilig Thuis
 * for advice (which can be anonymous), (3) talk with the parent and, where possible, the child: who
 * leads the conversation, when, and what came out. Each professional at the table walks these
 * steps for themselves; step 2 is done by a consultation with a colleague or an advice of Veilig
 * Thuis, step 3 by the conversation.
 */
const text = (max: number) => z.string().trim().max(max, `maximaal ${max} tekens`);

export const MELDCODE_STEP_KINDS = ['collegiaal_consult', 'advies_veilig_thuis', 'gesprek_ouder_kind'] as const;
export type MeldcodeStepKind = (typeof MELDCODE_STEP_KINDS)[number];

export const MeldcodeStepInput = z.object({
  id: RecordId.optional(),
  familyId: RecordId,
  professional: Observer,
  step: z.enum(MELDCODE_STEP_KINDS),
  date: CalendarDayString,
  /** Only for advice from Veilig Thuis: asked without naming the family. */
  anonymous: z.boolean(),
  /** The colleague consulted, the Veilig Thuis adviser, or who took part in the conversation ("moeder en Sanne"). */
  withWhom: text(200),
  /** The conversation: who leads it. */
  ledBy: text(160),
  /** What came out of it. */
  outcome: text(4000),
});
export type MeldcodeStepInput = z.infer<typeof MeldcodeStepInput>;

export const MeldcodeStep = MeldcodeStepInput.extend({ id: RecordId });
export type MeldcodeStep = z.infer<typeof MeldcodeStep>;

export type MeldcodeStepProblem = 'professional' | 'outcome' | 'led_by' | 'anonymous_only_advice' | 'date_in_future';

export function meldcodeStepProblems(s: MeldcodeStepInput, today: CalendarDay): MeldcodeStepProblem[] {
  const problems: MeldcodeStepProblem[] = [];
  if (s.professional.name.trim() === '' || s.professional.discipline.trim() === '') problems.push('professional');
  if (s.outcome.trim() === '') problems.push('outcome');
  if (s.step === 'gesprek_ouder_kind' && s.ledBy.trim() === '') problems.push('led_by');
  if (s.step !== 'advies_veilig_thuis' && s.anonymous) problems.push('anonymous_only_advice');
  const day = parseCalendarDay(s.date);
  if (day !== null && compareCalendarDays(day, today) > 0) problems.push('date_in_future');
  return problems;
}

/** Why the Meldcode's steps are asked for now: the outcomes of the assessment that call for them. */
export type MeldcodeTrigger = 'meldnorm' | 'kindcheck' | 'stapeling';

export function meldcodeTriggers(e: { meldNorm: boolean; kindcheckPositive: boolean; accumulation: boolean }): MeldcodeTrigger[] {
  const out: MeldcodeTrigger[] = [];
  if (e.meldNorm) out.push('meldnorm');
  if (e.kindcheckPositive) out.push('kindcheck');
  if (e.accumulation) out.push('stapeling');
  return out;
}

/** Step 2 (consultation) and step 3 (conversation) of the Meldcode. */
export type MeldcodeStage = 'overleg' | 'gesprek';

export interface ProfessionalMeldcode<S> {
  key: string;
  professional: Observer;
  /** This professional's steps, oldest first. */
  steps: S[];
  missing: MeldcodeStage[];
}

/**
 * Per professional (everyone with a step, and everyone in the afwegingskader trail) what they
 * recorded and which of steps 2 and 3 are still missing, in the order the professionals appear.
 */
export function meldcodeProgress<S extends Pick<MeldcodeStepInput, 'professional' | 'step' | 'date'>>(
  steps: readonly S[],
  trailProfessionals: readonly Observer[],
): ProfessionalMeldcode<S>[] {
  const byKey = new Map<string, ProfessionalMeldcode<S>>();
  const add = (p: Observer) => {
    const key = professionalKey(p);
    if (!byKey.has(key)) byKey.set(key, { key, professional: p, steps: [], missing: [] });
    return byKey.get(key)!;
  };
  for (const s of [...steps].sort((a, b) => a.date.localeCompare(b.date))) add(s.professional).steps.push(s);
  for (const p of trailProfessionals) add(p);
  for (const entry of byKey.values()) {
    if (!entry.steps.some((s) => s.step === 'collegiaal_consult' || s.step === 'advies_veilig_thuis')) entry.missing.push('overleg');
    if (!entry.steps.some((s) => s.step === 'gesprek_ouder_kind')) entry.missing.push('gesprek');
  }
  return [...byKey.values()];
}

/** Show the prompt: the assessment calls for the Meldcode and nobody, or not everybody, has walked steps 2 and 3. */
export function meldcodePromptNeeded(triggers: readonly MeldcodeTrigger[], progress: readonly ProfessionalMeldcode<unknown>[]): boolean {
  if (triggers.length === 0) return false;
  return progress.length === 0 || progress.some((p) => p.missing.length > 0);
}
