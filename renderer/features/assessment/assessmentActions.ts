import type { Answer, JudgementInput, KindcheckRecord, TrailEntry } from '../../../shared/instrument/assessmentRecords';
import { api } from '../../api';
import { messageOf } from '../../api/apiError';
import { runSave } from '../../autosave/runSave';
import { i18n } from '../../i18n';
import { useAssessment } from './assessmentStore';
import type { RequestOf } from '../../../shared/contract/channels';

/**
 * Calls behind the risk assessment tab. Answers are shown at once (the evaluation runs in the
 * renderer on the same pure rules as core) and saved straight away; the app's save status says
 * "Opgeslagen" or why not. Core answers with the open mandatory agenda topics after each save.
 */
export async function loadOverview(familyId: string): Promise<void> {
  try {
    const [summaries, instruments, topics] = await Promise.all([
      api.call('assessment:list', { familyId }),
      api.call('assessment:instruments'),
      api.call('assessment:requiredTopics', { familyId }),
    ]);
    useAssessment.getState().setOverview(familyId, summaries, instruments, topics);
  } catch (error) {
    useAssessment.getState().setLoadError(messageOf(error, i18n.t));
  }
}

export async function openAssessment(id: string): Promise<void> {
  try {
    useAssessment.getState().open(await api.call('assessment:get', { id }));
  } catch (error) {
    useAssessment.getState().setLoadError(messageOf(error, i18n.t));
  }
}

/**
 * Back to the family's overview, read again: answers given in the assessment may have raised or
 * lapsed required topics (urgent care today among them) and changed the levels shown there.
 */
export async function showOverview(): Promise<void> {
  const { familyId } = useAssessment.getState();
  useAssessment.getState().setView('overzicht');
  if (familyId) await loadOverview(familyId);
}

/** Reloads the open assessment (after an undo) without leaving the view the user is in. */
export async function refreshAssessment(): Promise<void> {
  const { detail, view, familyId } = useAssessment.getState();
  if (familyId) await loadOverview(familyId);
  if (!detail) return;
  try {
    const fresh = await api.call('assessment:get', { id: detail.assessment.id });
    useAssessment.getState().open(fresh);
    useAssessment.getState().setView(view);
  } catch {
    // Undone start: the assessment no longer exists, so back to the overview.
    useAssessment.getState().setView('overzicht');
  }
}

export async function startAssessment(familyId: string, childId: string, instrumentId: string | null): Promise<string | null> {
  let message: string | null = null;
  message = await runSave(async () => {
    const detail = await api.call('assessment:start', { familyId, childId, instrumentId, meetingId: null });
    useAssessment.getState().open(detail);
  });
  await loadOverview(familyId);
  return message;
}

/** Shows the answer at once and saves it; for callers that report through runSave themselves. */
export async function persistAnswer(answer: Answer): Promise<void> {
  const { detail, putAnswer } = useAssessment.getState();
  if (!detail) return;
  putAnswer(answer);
  const saved = await api.call('assessment:saveAnswer', { assessmentId: detail.assessment.id, answer });
  useAssessment.getState().putTopics(saved.openTopics);
}

export function saveAnswer(answer: Answer): Promise<string | null> {
  return runSave(() => persistAnswer(answer));
}

export function saveKindcheck(kindcheck: KindcheckRecord): Promise<string | null> {
  const { detail, putKindcheck, putTopics } = useAssessment.getState();
  if (!detail) return Promise.resolve(null);
  putKindcheck(kindcheck);
  return runSave(async () => {
    const saved = await api.call('assessment:saveKindcheck', { assessmentId: detail.assessment.id, kindcheck });
    putTopics(saved.openTopics);
  });
}

export function addTrailEntry(entry: Omit<TrailEntry, 'id' | 'recordedBy'>): Promise<string | null> {
  const { detail } = useAssessment.getState();
  if (!detail) return Promise.resolve(null);
  return runSave(async () => {
    const saved = await api.call('assessment:addTrailEntry', { assessmentId: detail.assessment.id, entry });
    useAssessment.getState().putTrailEntry(saved.entry);
    useAssessment.getState().putTopics(saved.openTopics);
  });
}

export async function saveJudgement(judgement: JudgementInput): Promise<string | null> {
  const { detail } = useAssessment.getState();
  if (!detail) return null;
  const message = await runSave(async () => {
    const saved = await api.call('assessment:saveJudgement', { assessmentId: detail.assessment.id, judgement });
    useAssessment.getState().putJudgement(saved.judgement);
    useAssessment.getState().putTopics(saved.openTopics);
  });
  const familyId = useAssessment.getState().familyId;
  if (message === null && familyId) await loadOverview(familyId);
  return message;
}

export async function openComparison(): Promise<string | null> {
  const { detail } = useAssessment.getState();
  if (!detail?.assessment.previousId) return null;
  try {
    const previous = await api.call('assessment:get', { id: detail.assessment.previousId });
    useAssessment.getState().setPrevious(previous);
    useAssessment.getState().setView('vergelijking');
    return null;
  } catch (error) {
    return messageOf(error, i18n.t);
  }
}

export async function resolveTopic(id: string, resolution: string): Promise<string | null> {
  const { detail } = useAssessment.getState();
  return runSave(async () => {
    await api.call('assessment:resolveTopic', { id, meetingId: null, resolution });
    if (detail) useAssessment.getState().putTopics(detail.openTopics.filter((t) => t.id !== id));
  });
}

/** Reads an instrument file the user picked and imports it; returns the Dutch problems if refused. */
export async function importInstrument(json: string, familyId: string): Promise<{ ok: true; name: string; version: number } | { ok: false; message: string }> {
  try {
    const summary = await api.call('assessment:importInstrument', { json });
    await loadOverview(familyId);
    return { ok: true, name: summary.name, version: summary.version };
  } catch (error) {
    return { ok: false, message: messageOf(error, i18n.t) };
  }
}

// The calls this feature's screens make, each named for what it does; components reach the API only through here.
export const fetchRequiredTopics = (request: RequestOf<'assessment:requiredTopics'>) => api.call('assessment:requiredTopics', request);

/** The Meldcode's steps 2 and 3 of everyone at the table for this family. */
export const listMeldcodeSteps = (familyId: string) => api.call('meldcode:list', { familyId });

/** Records one step through the save status; resolves with the failure message, or null. */
export const saveMeldcodeStep = (request: RequestOf<'meldcode:save'>) => runSave(() => api.call('meldcode:save', request));
