import type { Channel } from '../../../shared/contract/channels';
import type { AppInfo } from '../../../shared/contract/schemas';
import { listAudit } from '../audit/auditChain';
import { createFamily, getFamily, listFamilies, updateFamilyNote } from '../families/familyRepository';
import { assessPassphrase } from '../passphrase/passphraseStrength';
import type { Timers } from '../session/idleTimer';
import { readRecentVaults } from '../session/recentVaults';
import { VaultSession } from '../session/VaultSession';
import type { RekeyStep } from '../vault/changePassphrase';
import { sqlcipherVersion } from '../vault/sqlcipher';
import { VAULT_EXTENSION } from '../vault/vaultFile';
import { UndoLog } from '../recordStore/undoLog';
import type { WriteContext } from '../recordStore/writeContext';
import type { HandlerTable } from './handlerTable';
import { createAccessHandlers, withFamilyViewLogging } from './accessHandlers';
import { createAssessmentHandlers } from './assessmentHandlers';
import { createExportHandlers } from './exportHandlers';
import { createMeetingModeHandlers } from './meetingModeHandlers';
import { createPrivacyHandlers } from './privacyHandlers';
import { createSummaryHandlers } from './summaryHandlers';
import { createRegisterHandlers } from './registerHandlers';
import { createRegieHandlers } from './regieHandlers';
import { createTimelineHandlers } from './timelineHandlers';
import type { HostServices } from './hostServices';

export interface CoreOptions {
  now?: () => Date;
  buildInfo?: { version: string; buildTime: string; commit: string };
  /** Timer functions for the idle lock; tests pass fakes. */
  timers?: Timers;
  /** Native better-sqlite3-multiple-ciphers build for the host's ABI (Electron). */
  nativeBinding?: string;
  /** Test hook: observe each step of a passphrase change. */
  onRekeyStep?: (step: RekeyStep) => void;
  /** Receives failures of the automatic backup on lock (the lock itself always succeeds). */
  onBackupError?: (error: unknown) => void;
}

/** Calls that do not count as user activity for the idle lock. */
const PASSIVE_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['vault:status', 'app:info']);

function withExtension(p: string | null): string | null {
  if (p === null) return null;
  return p.endsWith(VAULT_EXTENSION) ? p : `${p}${VAULT_EXTENSION}`;
}

/**
 * The handler table for every contract channel, over one VaultSession. Hosts (Electron main, the
 * e2e bridge, tests) route validated requests here through `dispatch`.
 */
export function createHandlers(host: HostServices, options: CoreOptions = {}): { handlers: HandlerTable; session: VaultSession } {
  const now = options.now ?? (() => new Date());
  const undo = new UndoLog<WriteContext>();
  const session = new VaultSession({
    userDataDir: host.userDataDir,
    notifyLocked: (reason) => {
      // The undo log holds vault content: it goes with the lock.
      undo.clear();
      host.notifyLocked(reason);
    },
    now,
    ...(options.timers === undefined ? {} : { timers: options.timers }),
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
    ...(options.onRekeyStep === undefined ? {} : { onRekeyStep: options.onRekeyStep }),
    ...(options.onBackupError === undefined ? {} : { onBackupError: options.onBackupError }),
  });
  const build = options.buildInfo ?? { version: '0.0.0-dev', buildTime: 'onbekend', commit: 'onbekend' };

  const table: HandlerTable = {
    'app:info': (): AppInfo => ({
      name: 'Casustafel',
      version: build.version,
      buildTime: build.buildTime,
      commit: build.commit,
      electron: host.runtime.electron,
      chrome: host.runtime.chrome,
      node: host.runtime.node,
      platform: host.runtime.platform,
      sqlcipher: sqlcipherVersion(options.nativeBinding),
    }),

    'vault:status': () => session.status(),
    'vault:recent': () => readRecentVaults(host.userDataDir),
    'vault:chooseCreatePath': async () => withExtension(await host.chooseCreatePath()),
    'vault:chooseOpenPath': () => host.chooseOpenPath(),
    'vault:checkPassphrase': ({ passphrase }) => assessPassphrase(passphrase),
    'vault:create': ({ path, passphrase, passphraseRepeat }) => session.create(path, passphrase, passphraseRepeat),
    'vault:unlock': ({ path, passphrase }) => session.unlock(path, passphrase),
    'vault:openDemo': () => session.openDemo(),
    'vault:setOperator': (operator) => session.setOperator(operator),
    'vault:lock': ({ reason }) => {
      session.lock(reason);
      return session.status();
    },
    'vault:activity': () => {
      const at = session.lockAt();
      return { lockAt: at === null ? null : at.toISOString() };
    },
    'vault:changePassphrase': ({ current, next, nextRepeat }) => session.changePassphrase(current, next, nextRepeat),
    'vault:backup': () => session.backupNow(),
    'vault:listBackups': () => session.listBackups(),
    'vault:verifyAudit': () => session.verifyAudit(),
    'vault:restoreBackup': async ({ backupFileName, passphrase }) => {
      session.requireOperator();
      const target = withExtension(await host.chooseCreatePath());
      if (target === null) return { restored: false, fileName: null };
      return { restored: true, fileName: session.restoreBackupInto(backupFileName, passphrase, target) };
    },

    'settings:get': () => session.settings(),
    'settings:update': (patch) => session.updateSettings(patch),

    'families:list': ({ query }) => session.withRead((db) => listFamilies(db, query)),
    'families:create': ({ displayName, anonymous }) =>
      session.withWrite((db, operator) => createFamily(db, operator, { displayName, anonymous }, now())),
    'families:get': ({ id }) => session.withRead((db) => getFamily(db, id)),
    'families:updateNote': ({ id, note }) => session.withWrite((db, operator) => updateFamilyNote(db, operator, id, note, now())),

    'audit:list': ({ familyId, limit }) => session.withRead((db) => listAudit(db, familyId, limit)),

    ...createRegisterHandlers(session, now, undo),
    ...createTimelineHandlers(session, now, undo),
    ...createRegieHandlers(session, now, undo),
    ...createAssessmentHandlers(session, now, undo),
    ...createExportHandlers(session, host),
    ...createMeetingModeHandlers(session, now, undo),
    ...createSummaryHandlers(session, now, host),
    ...createAccessHandlers(session, now),
    ...createPrivacyHandlers(session, host, now, undo),
  };

  return { handlers: withActivity(withFamilyViewLogging(table, session, now), session), session };
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
