import type { Observer, ParticipantScale } from './assessmentRecords';
import { professionalKey } from './afwegingskader';
import { evaluateAssessment, type AssessmentState, type FlagCode } from './evaluateAssessment';
import { instrumentItems, type AnswerValue } from './instrumentSchema';
import type { LevelPair } from './judgement';

/**
 * Reassessment: what changed between the previous and the current assessment of the same child.
 * Items are matched by their code, so a newer instrument version compares as far as it overlaps;
 * items that exist in only one version are listed as such rather than silently dropped.
 */
export type AnswerChangeKind = 'nieuw_ja' | 'niet_meer_ja' | 'blinde_vlek_opgelost' | 'nieuwe_blinde_vlek' | 'gewijzigd' | 'alleen_vorige' | 'alleen_huidige';

export interface AnswerChange {
  itemId: string;
  sectionId: string;
  text: string;
  before: AnswerValue | null;
  after: AnswerValue | null;
  kind: AnswerChangeKind;
}

export interface ScaleChange {
  key: string;
  participant: Observer;
  before: number | null;
  after: number | null;
}

export interface AssessmentComparison {
  sameInstrumentVersion: boolean;
  changes: AnswerChange[];
  levels: { before: LevelPair; after: LevelPair };
  /** The levels as computed, and the written reason where a judgement lowered them (shown with the level). */
  computed: { before: LevelPair; after: LevelPair };
  loweringReasons: { before: string; after: string };
  flagsAdded: FlagCode[];
  flagsRemoved: FlagCode[];
  riskFactorCount: { before: number; after: number };
  blindSpotCount: { before: number; after: number };
  scales: ScaleChange[];
}

function changeKind(before: AnswerValue | null, after: AnswerValue | null): AnswerChangeKind | null {
  if (before === after) return null;
  if (after === 'ja') return 'nieuw_ja';
  if (before === 'ja') return 'niet_meer_ja';
  if (before === 'onbekend') return 'blinde_vlek_opgelost';
  if (after === 'onbekend') return 'nieuwe_blinde_vlek';
  return 'gewijzigd';
}

function scaleMap(scales: readonly ParticipantScale[] | undefined): Map<string, ParticipantScale> {
  return new Map((scales ?? []).map((s) => [professionalKey(s.participant), s]));
}

function reasonOf(e: ReturnType<typeof evaluateAssessment>): string {
  return e.judgement && !e.judgement.loweredWithoutReason && !e.judgement.outdated ? e.judgement.loweringReason : '';
}

export function compareAssessments(previous: AssessmentState, current: AssessmentState): AssessmentComparison {
  const before = evaluateAssessment(previous);
  const after = evaluateAssessment(current);
  const prevValues = new Map(previous.answers.map((a) => [a.itemId, a.value]));
  const currValues = new Map(current.answers.map((a) => [a.itemId, a.value]));
  const prevItems = instrumentItems(previous.instrument);
  const currItems = instrumentItems(current.instrument);
  const prevIds = new Set(prevItems.map((x) => x.item.id));
  const currIds = new Set(currItems.map((x) => x.item.id));

  const changes: AnswerChange[] = [];
  for (const { item, section } of currItems) {
    const b = prevValues.get(item.id) ?? null;
    const a = currValues.get(item.id) ?? null;
    if (!prevIds.has(item.id)) {
      changes.push({ itemId: item.id, sectionId: section.id, text: item.text, before: null, after: a, kind: 'alleen_huidige' });
      continue;
    }
    const kind = changeKind(b, a);
    if (kind) changes.push({ itemId: item.id, sectionId: section.id, text: item.text, before: b, after: a, kind });
  }
  for (const { item, section } of prevItems) {
    if (!currIds.has(item.id)) {
      changes.push({ itemId: item.id, sectionId: section.id, text: item.text, before: prevValues.get(item.id) ?? null, after: null, kind: 'alleen_vorige' });
    }
  }

  const beforeFlags = new Set(before.flags.map((f) => f.code));
  const afterFlags = new Set(after.flags.map((f) => f.code));
  const prevScales = scaleMap(previous.judgement?.scales);
  const currScales = scaleMap(current.judgement?.scales);
  const scales: ScaleChange[] = [];
  for (const key of new Set([...prevScales.keys(), ...currScales.keys()])) {
    const p = prevScales.get(key);
    const c = currScales.get(key);
    scales.push({ key, participant: (c ?? p)!.participant, before: p?.scale ?? null, after: c?.scale ?? null });
  }

  return {
    sameInstrumentVersion: previous.instrument.key === current.instrument.key && previous.instrument.version === current.instrument.version,
    changes,
    levels: { before: before.effective, after: after.effective },
    computed: { before: before.computed, after: after.computed },
    loweringReasons: { before: reasonOf(before), after: reasonOf(after) },
    flagsAdded: [...afterFlags].filter((f) => !beforeFlags.has(f)),
    flagsRemoved: [...beforeFlags].filter((f) => !afterFlags.has(f)),
    riskFactorCount: { before: before.riskFactorCount, after: after.riskFactorCount },
    blindSpotCount: { before: before.blindSpots.length, after: after.blindSpots.length },
    scales,
  };
}

export interface ScalePoint {
  assessmentIndex: number;
  date: string;
  scale: number;
}

export interface ScaleSeries {
  key: string;
  participant: Observer;
  points: ScalePoint[];
}

/** Each participant's scale over successive assessments (oldest first), for the small chart. */
export function scaleSeries(history: readonly { date: string; scales: readonly ParticipantScale[] }[]): ScaleSeries[] {
  const series = new Map<string, ScaleSeries>();
  history.forEach((h, assessmentIndex) => {
    for (const s of h.scales) {
      const key = professionalKey(s.participant);
      const entry = series.get(key) ?? { key, participant: s.participant, points: [] };
      entry.points.push({ assessmentIndex, date: h.date, scale: s.scale });
      series.set(key, entry);
    }
  });
  return [...series.values()];
}
