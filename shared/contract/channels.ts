import { z } from 'zod';
import * as S from './schemas';
import { accessChannels } from './accessChannels';
import { assessmentChannels } from './assessmentChannels';
import { exportChannels } from './exportChannels';
import { exportLogChannels } from './exportLogChannels';
import { familyPlanChannels } from './familyPlanChannels';
import { handoverChannels } from './handoverChannels';
import { privacyChannels } from './privacyChannels';
import { reportChannels } from './reportChannels';
import { meetingModeChannels } from './meetingModeChannels';
import { summaryChannels } from './summaryChannels';
import { registerChannels } from './registerChannels';
import { regieChannels } from './regieChannels';
import { safetyAgreementChannels } from './safetyAgreementChannels';
import { timelineChannels } from './timelineChannels';

/**
 * The single source of truth for IPC: channel name → request schema → response schema.
 * Main registers exactly these, the preload exposes exactly these, the e2e bridge calls exactly these.
 */
export const vaultChannels = {
  'app:info': { request: S.Empty, response: S.AppInfo },

  'vault:status': { request: S.Empty, response: S.VaultStatus },
  'vault:recent': { request: S.Empty, response: z.array(S.RecentVault) },
  'vault:chooseCreatePath': { request: S.Empty, response: S.VaultTarget.nullable() },
  'vault:chooseOpenPath': { request: S.Empty, response: S.VaultTarget.nullable() },
  'vault:checkPassphrase': { request: z.object({ passphrase: S.Passphrase }), response: S.PassphraseStrength },
  'vault:create': {
    request: z.object({ token: S.VaultToken, passphrase: S.Passphrase, passphraseRepeat: S.Passphrase }),
    response: S.VaultStatus,
  },
  'vault:unlock': { request: z.object({ token: S.VaultToken, passphrase: S.Passphrase }), response: S.VaultStatus },
  'vault:openDemo': { request: S.Empty, response: S.VaultStatus },
  'vault:setOperator': { request: S.Operator, response: S.VaultStatus },
  'vault:lock': { request: z.object({ reason: S.LockReason }), response: S.VaultStatus },
  'vault:activity': { request: S.Empty, response: z.object({ lockAt: z.string().nullable() }) },
  'vault:changePassphrase': {
    request: z.object({ current: S.Passphrase, next: S.Passphrase, nextRepeat: S.Passphrase }),
    response: S.VaultStatus,
  },
  'vault:backup': { request: S.Empty, response: S.BackupInfo },
  'vault:listBackups': { request: S.Empty, response: z.array(S.BackupInfo) },
  'vault:verifyAudit': { request: S.Empty, response: S.AuditVerification },
  /** Restores one of this vault's backups (by its listed name) into a new file the user picks. */
  'vault:restoreBackup': {
    request: z.object({ backupFileName: z.string().min(1).max(255), passphrase: S.Passphrase }),
    response: z.object({ restored: z.boolean(), fileName: z.string().nullable() }),
  },

  'settings:get': { request: S.Empty, response: S.Settings },
  'settings:update': { request: S.Settings.partial(), response: S.Settings },
} as const;

/** Families (the list, a new family, its note) and the plain audit list. */
export const familyChannels = {
  'families:list': { request: S.FamilySearch, response: z.array(S.FamilySummary) },
  'families:create': { request: S.NewFamily, response: S.FamilyDetail },
  'families:get': { request: z.object({ id: S.Id }), response: S.FamilyDetail },
  'families:updateNote': { request: S.FamilyNoteUpdate, response: z.object({ updatedAt: z.string() }) },

  'audit:list': {
    request: z.object({ familyId: S.Id.nullable(), limit: z.number().int().min(1).max(1000) }),
    response: z.array(S.AuditEntry),
  },
} as const;

export const contract = { ...vaultChannels, ...familyChannels, ...registerChannels, ...timelineChannels, ...regieChannels, ...assessmentChannels, ...exportChannels, ...exportLogChannels, ...meetingModeChannels, ...summaryChannels, ...accessChannels, ...privacyChannels, ...familyPlanChannels, ...handoverChannels, ...reportChannels, ...safetyAgreementChannels } as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** Events pushed from main to the renderer (no request/response). */
export const events = {
  'vault:locked': z.object({ reason: S.LockReason }),
} as const;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];
