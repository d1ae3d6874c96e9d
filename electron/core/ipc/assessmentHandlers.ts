import type { assessmentChannels } from '../../../shared/contract/assessmentChannels';
import { calendarDayOf, formatCalendarDay } from '../../../shared/domain/calendarDate';
import { addTrailEntry, getAssessment, listAssessments, saveAnswer, saveJudgement, saveKindcheck, startAssessment } from '../assessment/assessmentService';
import { readFamilyConcern } from '../assessment/familyConcern';
import { importInstrument, listInstruments } from '../assessment/instrumentService';
import { openTopics, resolveTopic } from '../assessment/requiredTopics';
import { readWrite, type HandlerDeps } from './handlerDeps';
import type { HandlerTable } from './handlerTable';

type AssessmentHandlers = Pick<HandlerTable, keyof typeof assessmentChannels>;

/** Handlers of structured risk assessment over the open vault of `session`. */
export function createAssessmentHandlers(deps: HandlerDeps): AssessmentHandlers {
  const { read, write } = readWrite(deps);
  return {
    'assessment:instruments': () => read((db) => listInstruments(db)),
    'assessment:importInstrument': ({ json }) => write((ctx) => importInstrument(ctx, json)),
    'assessment:list': ({ familyId }) => read((db) => listAssessments(db, familyId)),
    'assessment:concern': ({ familyId }) => read((db) => ({ concern: readFamilyConcern(db, familyId), today: formatCalendarDay(calendarDayOf(deps.now())) })),
    'assessment:start': (request) => write((ctx) => startAssessment(ctx, request)),
    'assessment:get': ({ id }) => read((db) => getAssessment(db, id)),
    'assessment:saveAnswer': ({ assessmentId, answer }) => write((ctx) => saveAnswer(ctx, assessmentId, answer)),
    'assessment:saveKindcheck': ({ assessmentId, kindcheck }) => write((ctx) => saveKindcheck(ctx, assessmentId, kindcheck)),
    'assessment:addTrailEntry': ({ assessmentId, entry }) => write((ctx) => addTrailEntry(ctx, assessmentId, entry)),
    'assessment:saveJudgement': ({ assessmentId, judgement }) => write((ctx) => saveJudgement(ctx, assessmentId, judgement)),
    'assessment:requiredTopics': ({ familyId }) => read((db) => openTopics(db, familyId)),
    'assessment:resolveTopic': ({ id, meetingId, resolution }) => write((ctx) => resolveTopic(ctx, id, meetingId, resolution)),
  };
}
