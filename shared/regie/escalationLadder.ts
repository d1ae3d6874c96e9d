import type { EscalationStep, EscalationStepKind } from './regieRecords';

/**
 * The ladder vrijwillig → drang → dwang. Veilig Thuis advice and reports are recorded on the same
 * list but are not rungs: they do not change the level of compulsion by themselves.
 */
export const LADDER = ['vrijwillig', 'drang', 'dwang'] as const;
export type LadderLevel = (typeof LADDER)[number];

export function isLadderStep(step: EscalationStepKind): step is LadderLevel {
  return (LADDER as readonly string[]).includes(step);
}

/** The level the family is on now: the latest rung by date (then by when it was recorded). */
export function currentLevel(steps: readonly Pick<EscalationStep, 'step' | 'date' | 'recordedAt'>[]): LadderLevel {
  const rungs = steps
    .filter((s) => isLadderStep(s.step))
    .sort((a, b) => a.date.localeCompare(b.date) || a.recordedAt.localeCompare(b.recordedAt));
  const last = rungs[rungs.length - 1];
  return last && isLadderStep(last.step) ? last.step : 'vrijwillig';
}

/** The steps in the order they happened. */
export function orderedSteps<S extends Pick<EscalationStep, 'date' | 'recordedAt'>>(steps: readonly S[]): S[] {
  return [...steps].sort((a, b) => a.date.localeCompare(b.date) || a.recordedAt.localeCompare(b.recordedAt));
}
