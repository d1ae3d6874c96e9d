import type { Channel } from '../../../shared/contract/channels';
import type { Timers } from '../session/idleTimer';
import { VaultSession } from '../session/VaultSession';
import type { RewriteStep } from '../vault/rewriteVaultFile';
import { UndoLog } from '../recordStore/undoLog';
import type { WriteContext } from '../recordStore/writeContext';
import type { HandlerTable } from './handlerTable';
import type { BuildInfo, HandlerDeps } from './handlerDeps';
import { createAccessHandlers, withFamilyViewLogging } from './accessHandlers';
import { createAssessmentHandlers } from './assessmentHandlers';
import { createExportHandlers } from './exportHandlers';
import { createFamilyHandlers } from './familyHandlers';
import { createFamilyPlanHandlers } from './familyPlanHandlers';
import { createHandoverHandlers } from './handoverHandlers';
import { createMeetingModeHandlers } from './meetingModeHandlers';
import { createPrivacyHandlers } from './privacyHandlers';
import { createSummaryHandlers } from './summaryHandlers';
import { createRegisterHandlers } from './registerHandlers';
import { createRegieHandlers } from './regieHandlers';
import { createReportHandlers } from './reportHandlers';
import { createSafetyAgreementHandlers } from './safetyAgreementHandlers';
import { createTimelineHandlers } from './timelineHandlers';
import { createVaultHandlers } from './vaultHandlers';
import type { HostServices } from './hostServices';

export interface CoreOptions {
  now?: () => Date;
  buildInfo?: BuildInfo;
  /** Timer functions for the idle lock; tests pass fakes. */
  timers?: Timers;
  /** Native better-sqlite3-multiple-ciphers build for the host's ABI (Electron). */
  nativeBinding?: string;
  /** Test hook: observe each step of a passphrase change. */
  onRekeyStep?: (step: RewriteStep) => void;
  /** Receives failures of the automatic backup on lock (the lock itself always succeeds). */
  onBackupError?: (error: unknown) => void;
  /** When the backup that follows a lock runs; by default on the next turn of the event loop. */
  deferBackup?: (task: () => void) => void;
}

/** Calls that do not count as user activity for the idle lock. */
const PASSIVE_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['vault:status', 'app:info']);

/**
 * The handler table for every contract channel, over one VaultSession. Hosts (Electron main, the
 * e2e bridge, tests) route validated requests here through `dispatch`.
 */
export function createHandlers(host: HostServices, options: CoreOptions = {}): { handlers: HandlerTable; session: VaultSession } {
  const now = options.now ?? (() => new Date());
  const undo = new UndoLog<WriteContext>();
  const lockListeners: (() => void)[] = [];
  const session = new VaultSession({
    userDataDir: host.userDataDir,
    notifyLocked: (reason) => {
      // The undo log holds vault content: it goes with the lock.
      undo.clear();
      for (const forget of lockListeners) forget();
      host.notifyLocked(reason);
    },
    now,
    ...(options.timers === undefined ? {} : { timers: options.timers }),
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
    ...(options.onRekeyStep === undefined ? {} : { onRekeyStep: options.onRekeyStep }),
    ...(options.onBackupError === undefined ? {} : { onBackupError: options.onBackupError }),
    ...(options.deferBackup === undefined ? {} : { deferBackup: options.deferBackup }),
  });
  const deps: HandlerDeps = {
    session,
    host,
    now,
    undo,
    build: options.buildInfo ?? { version: '0.0.0-dev', buildTime: 'onbekend', commit: 'onbekend' },
    nativeBinding: options.nativeBinding,
    onLock: (forget) => void lockListeners.push(forget),
  };

  // Composition only: each feature's channels come from its own file, all with the same deps.
  const table: HandlerTable = {
    ...createVaultHandlers(deps),
    ...createFamilyHandlers(deps),
    ...createRegisterHandlers(deps),
    ...createTimelineHandlers(deps),
    ...createRegieHandlers(deps),
    ...createAssessmentHandlers(deps),
    ...createExportHandlers(deps),
    ...createMeetingModeHandlers(deps),
    ...createSummaryHandlers(deps),
    ...createAccessHandlers(deps),
    ...createPrivacyHandlers(deps),
    ...createFamilyPlanHandlers(deps),
    ...createHandoverHandlers(deps),
    ...createReportHandlers(deps),
    ...createSafetyAgreementHandlers(deps),
  };

  return { handlers: withActivity(withFamilyViewLogging(table, deps), session), session };
}

/** Wraps every handler so a call counts as activity for the idle lock (before it runs). */
function withActivity(table: HandlerTable, session: VaultSession): HandlerTable {
  const wrapped: Record<string, (request: never) => unknown> = {};
  for (const [channel, handler] of Object.entries(table) as [Channel, (request: never) => unknown][]) {
    wrapped[channel] = PASSIVE_CHANNELS.has(channel)
      ? handler
      : (request: never) => {
          session.touch();
          return handler(request);
        };
  }
  return wrapped as unknown as HandlerTable;
}
