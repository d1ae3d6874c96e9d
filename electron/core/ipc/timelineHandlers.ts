import type { timelineChannels } from '../../../shared/contract/timelineChannels';
import { loadTimeline, recordTimelineExport, removeTimelineEvent, saveTimelineEvent, timelineSignalSummary } from '../timeline/timelineService';
import { handleStagnation } from '../timeline/stagnationService';
import { readWrite, type HandlerDeps } from './handlerDeps';
import type { HandlerTable } from './handlerTable';

type TimelineHandlers = Pick<HandlerTable, keyof typeof timelineChannels>;

/** Handlers of the family timeline; undo goes through the shared `history:undo`. */
export function createTimelineHandlers(deps: HandlerDeps): TimelineHandlers {
  const { now } = deps;
  const { read, write } = readWrite(deps);
  return {
    'timeline:list': ({ familyId }) => read((db) => loadTimeline(db, familyId, now())),
    'timeline:save': (request) => write((ctx) => saveTimelineEvent(ctx, request)),
    'timeline:handleStagnation': (request) => write((ctx) => handleStagnation(ctx, request)),
    'timeline:remove': ({ id }) => write((ctx) => ({ removed: removeTimelineEvent(ctx, id) })),
    'timeline:signals': ({ familyId, settings }) => read((db) => timelineSignalSummary(db, familyId, now(), settings)),
    'timeline:signalsForFamilies': ({ familyIds, settings }) =>
      read((db) => familyIds.map((familyId) => timelineSignalSummary(db, familyId, now(), settings))),
    'timeline:recordExport': ({ familyId, format, eventCount }) => write((ctx) => recordTimelineExport(ctx, familyId, format, eventCount)),
  };
}
