import type { timelineChannels } from '../../../shared/contract/timelineChannels';
import type { WriteContext, WriteUndoLog } from '../recordStore/writeContext';
import type { VaultSession } from '../session/VaultSession';
import { loadTimeline, recordTimelineExport, removeTimelineEvent, saveTimelineEvent, timelineSignalSummary } from '../timeline/timelineService';
import type { HandlerTable } from './handlerTable';

type TimelineHandlers = Pick<HandlerTable, keyof typeof timelineChannels>;

/** Handlers of the family timeline; undo goes through the shared `history:undo`. */
export function createTimelineHandlers(session: VaultSession, now: () => Date, undo: WriteUndoLog): TimelineHandlers {
  const write = <T>(work: (ctx: WriteContext) => T): T => session.withWrite((db, operator) => work({ db, operator, at: now(), undo }));
  return {
    'timeline:list': ({ familyId }) => session.withRead((db) => loadTimeline(db, familyId, now())),
    'timeline:save': (request) => write((ctx) => saveTimelineEvent(ctx, request)),
    'timeline:remove': ({ id }) => write((ctx) => ({ removed: removeTimelineEvent(ctx, id) })),
    'timeline:signals': ({ familyId, settings }) => session.withRead((db) => timelineSignalSummary(db, familyId, now(), settings)),
    'timeline:signalsForFamilies': ({ familyIds, settings }) =>
      session.withRead((db) => familyIds.map((familyId) => timelineSignalSummary(db, familyId, now(), settings))),
    'timeline:recordExport': ({ familyId, format, eventCount }) => write((ctx) => recordTimelineExport(ctx, familyId, format, eventCount)),
  };
}
