import { z } from 'zod';
import { RecordId } from '../domain/records';
import { ORGANISATION_TYPES } from '../domain/vocabulary';
import { TimelineEvent, TimelineEventInput } from '../timeline/timelineEvent';
import { StagnationHandling, StagnationHandlingInput } from '../timeline/stagnationHandling';
import { SignalWarning, TimelineSignals } from '../timeline/timelineSignals';

/**
 * Channels of the shared family timeline. `timeline:list` returns everything the Tijdlijn
 * tab draws (typed and derived events, the organisations and children to label lanes, and core's
 * today); the signal channels serve the dossier header and the follow-up dashboard.
 */
export const TimelineContent = z.object({
  events: z.array(TimelineEvent),
  /** `medical`: the organisation works under medical secrecy (isUnderMedicalSecrecy, by type or mark), decided by core. */
  organisations: z.array(z.object({ id: RecordId, name: z.string(), type: z.enum(ORGANISATION_TYPES), medical: z.boolean() })),
  children: z.array(z.object({ id: RecordId, name: z.string() })),
  /** The alternatives recorded when a stagnation was handled. */
  stagnationHandlings: z.array(StagnationHandling),
  /** `YYYY-MM-DD` by core's clock: open periods are counted up to here. */
  today: z.string(),
});
export type TimelineContent = z.infer<typeof TimelineContent>;

export const SignalSettings = z
  .object({
    pingPongWindowDays: z.number().int().min(1).max(3650),
    stagnationDays: z.number().int().min(1).max(365),
    avoidanceThreshold: z.number().int().min(1).max(50),
    avoidanceWindowDays: z.number().int().min(1).max(3650),
  })
  .partial();

export const TimelineSignalSummary = z.object({ familyId: RecordId, signals: TimelineSignals, warnings: z.array(SignalWarning) });
export type TimelineSignalSummary = z.infer<typeof TimelineSignalSummary>;

export const timelineChannels = {
  'timeline:list': { request: z.object({ familyId: RecordId }), response: TimelineContent },
  'timeline:save': { request: TimelineEventInput, response: TimelineEvent },
  /** Refused (in Dutch, naming what is missing) until the considered alternative has who, what and when. */
  'timeline:handleStagnation': { request: StagnationHandlingInput, response: StagnationHandling },
  'timeline:remove': { request: z.object({ id: RecordId }), response: z.object({ removed: z.boolean() }) },
  'timeline:signals': { request: z.object({ familyId: RecordId, settings: SignalSettings.optional() }), response: TimelineSignalSummary },
  'timeline:signalsForFamilies': {
    request: z.object({ familyIds: z.array(RecordId).max(500), settings: SignalSettings.optional() }),
    response: z.array(TimelineSignalSummary),
  },
  /** An image of the timeline leaves the vault: recorded in the audit log before the file is offered. */
  'timeline:recordExport': {
    request: z.object({ familyId: RecordId, format: z.enum(['svg', 'png']), eventCount: z.number().int().nonnegative() }),
    response: z.object({ fileName: z.string() }),
  },
} as const;
