import { create } from 'zustand';
import type { AssessmentDetail, AssessmentSummary, InstrumentSummary, RequiredTopic } from '../../../shared/contract/assessmentChannels';
import type { Answer, AnswerSource, Judgement, KindcheckRecord, Observer, TrailEntry } from '../../../shared/instrument/assessmentRecords';
import { resettable } from '../../state/resetRegistry';

export type AssessmentView = 'overzicht' | 'taxatie' | 'vergelijking' | 'afdrukken';

interface AssessmentData {
  familyId: string | null;
  summaries: AssessmentSummary[];
  instruments: InstrumentSummary[];
  /** Open mandatory agenda topics of the family (all children). */
  familyTopics: RequiredTopic[];
  detail: AssessmentDetail | null;
  /** The previous assessment of the same child, for the side-by-side comparison. */
  previous: AssessmentDetail | null;
  view: AssessmentView;
  /** Who is speaking now: every answer given is attributed to this participant. */
  speaker: Observer;
  source: AnswerSource | null;
  /** The day the information dates from ('' = today). */
  answerDate: string;
  currentItemId: string | null;
  loadError: string | null;
}

export interface AssessmentState extends AssessmentData {
  setOverview(familyId: string, summaries: AssessmentSummary[], instruments: InstrumentSummary[], familyTopics: RequiredTopic[]): void;
  open(detail: AssessmentDetail): void;
  setPrevious(previous: AssessmentDetail | null): void;
  setView(view: AssessmentView): void;
  setSpeaker(speaker: Observer): void;
  setSource(source: AnswerSource | null): void;
  setAnswerDate(answerDate: string): void;
  setCurrentItem(itemId: string | null): void;
  putAnswer(answer: Answer): void;
  putKindcheck(kindcheck: KindcheckRecord): void;
  putTrailEntry(entry: TrailEntry): void;
  putJudgement(judgement: Judgement): void;
  putTopics(topics: RequiredTopic[]): void;
  setLoadError(message: string | null): void;
  reset(): void;
}

const initial = (): AssessmentData => ({
  familyId: null,
  summaries: [],
  instruments: [],
  familyTopics: [],
  detail: null,
  previous: null,
  view: 'overzicht',
  speaker: { name: '', discipline: '' },
  source: 'eigen_waarneming',
  answerDate: '',
  currentItemId: null,
  loadError: null,
});

const withDetail = (s: AssessmentData, change: (d: AssessmentDetail) => AssessmentDetail): Partial<AssessmentData> =>
  s.detail ? { detail: change(s.detail) } : {};

/** The risk assessment tab's state; wiped on lock like every other store. */
export const useAssessment = resettable(
  'assessment',
  create<AssessmentState>()((set) => ({
    ...initial(),
    setOverview: (familyId, summaries, instruments, familyTopics) =>
      set((s) => ({ familyId, summaries, instruments, familyTopics, loadError: null, ...(s.familyId !== familyId ? { detail: null, previous: null, view: 'overzicht' as const } : {}) })),
    open: (detail) => set({ detail, previous: null, view: 'taxatie', currentItemId: null, loadError: null }),
    setPrevious: (previous) => set({ previous }),
    setView: (view) => set({ view }),
    setSpeaker: (speaker) => set({ speaker }),
    setSource: (source) => set({ source }),
    setAnswerDate: (answerDate) => set({ answerDate }),
    setCurrentItem: (currentItemId) => set({ currentItemId }),
    putAnswer: (answer) =>
      set((s) => withDetail(s, (d) => ({ ...d, answers: [...d.answers.filter((a) => a.itemId !== answer.itemId), answer] }))),
    putKindcheck: (kindcheck) => set((s) => withDetail(s, (d) => ({ ...d, kindcheck }))),
    putTrailEntry: (entry) => set((s) => withDetail(s, (d) => ({ ...d, trail: [...d.trail, entry] }))),
    putJudgement: (judgement) => set((s) => withDetail(s, (d) => ({ ...d, judgement }))),
    putTopics: (openTopics) => set((s) => withDetail(s, (d) => ({ ...d, openTopics }))),
    setLoadError: (loadError) => set({ loadError }),
    reset: () => set(initial()),
  })),
);
