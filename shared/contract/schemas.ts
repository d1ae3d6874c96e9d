import { z } from 'zod';

/** Free text typed by a user: trimmed, bounded, never empty where required. */
const text = (max: number) => z.string().trim().min(1).max(max);

export const Empty = z.undefined();

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  buildTime: z.string(),
  commit: z.string(),
  electron: z.string(),
  chrome: z.string(),
  node: z.string(),
  platform: z.string(),
  sqlcipher: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const Operator = z.object({
  name: text(120),
  organisation: text(160),
  role: text(120),
  /** "Namens": the colleague or team the operator works for (NEN 7513 "on whose behalf"); empty = themselves. */
  onBehalfOf: z.string().trim().max(200).optional(),
});
export type Operator = z.infer<typeof Operator>;

/**
 * The renderer never hands main a vault path: main gives it an opaque token for each file the user
 * picked in a dialog, found in the recent list or has open, and takes only those tokens back. The
 * path travels the other way for display only.
 */
export const VaultToken = z.string().min(1).max(100);

export const VaultTarget = z.object({
  token: VaultToken,
  /** For display only; main never reads a path from the renderer. */
  path: z.string(),
  fileName: z.string(),
});
export type VaultTarget = z.infer<typeof VaultTarget>;

export const VaultStatus = z.object({
  state: z.enum(['locked', 'needs_operator', 'unlocked']),
  path: z.string().nullable(),
  fileName: z.string().nullable(),
  /** The token of the open vault, to unlock the same file again after a lock. */
  token: VaultToken.nullable(),
  operator: Operator.nullable(),
  autoLockMinutes: z.number().int().min(1).max(240),
  isDemo: z.boolean(),
});
export type VaultStatus = z.infer<typeof VaultStatus>;

export const Passphrase = z.string().min(1).max(1024);

export const PassphraseStrength = z.object({
  score: z.number().int().min(0).max(4),
  acceptable: z.boolean(),
  warning: z.string(),
  suggestions: z.array(z.string()),
  crackTimeDisplay: z.string(),
});
export type PassphraseStrength = z.infer<typeof PassphraseStrength>;

export const RecentVault = VaultTarget.extend({
  lastOpenedAt: z.string(),
  exists: z.boolean(),
});
export type RecentVault = z.infer<typeof RecentVault>;

export const BackupInfo = z.object({
  path: z.string(),
  fileName: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const AuditVerification = z.object({
  ok: z.boolean(),
  entries: z.number().int().nonnegative(),
  problems: z.array(z.string()),
});
export type AuditVerification = z.infer<typeof AuditVerification>;

export const AuditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  operatorName: z.string(),
  operatorOrganisation: z.string(),
  operatorRole: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  familyId: z.string().nullable(),
  summary: z.string(),
  /** On whose behalf the operator acted; '' when they acted for themselves (and in entries before version 7). */
  onBehalfOf: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const Id = z.string().uuid();

export const FamilySummary = z.object({
  id: Id,
  displayName: z.string(),
  anonymous: z.boolean(),
  memberCount: z.number().int().nonnegative(),
  updatedAt: z.string(),
});
export type FamilySummary = z.infer<typeof FamilySummary>;

export const MemberRole = z.enum(['kind', 'ouder', 'verzorger', 'huisgenoot', 'verwacht_kind']);
export type MemberRole = z.infer<typeof MemberRole>;

export const FamilyMember = z.object({
  id: Id,
  role: MemberRole,
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.string().nullable(),
});
export type FamilyMember = z.infer<typeof FamilyMember>;

export const FamilyDetail = z.object({
  id: Id,
  displayName: z.string(),
  anonymous: z.boolean(),
  note: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  members: z.array(FamilyMember),
});
export type FamilyDetail = z.infer<typeof FamilyDetail>;

export const NewFamily = z.object({
  displayName: text(200),
  anonymous: z.boolean(),
});

export const FamilyNoteUpdate = z.object({
  id: Id,
  note: z.string().max(100_000),
});

export const FamilySearch = z.object({ query: z.string().max(200) });

export const Settings = z.object({
  autoLockMinutes: z.number().int().min(1).max(240),
  backupKeep: z.number().int().min(1).max(100),
  /** The digest on unlock names families with a high or acute concern not discussed for this many weeks. */
  notDiscussedWeeks: z.number().int().min(1).max(52),
  /** Reports show counts from 1 up to this as "< n" (see shared/reporting/suppression). */
  reportMinimumCount: z.number().int().min(3).max(50),
  /** Before closing, each child must have been seen and spoken at most this many weeks ago. */
  contactWeeks: z.number().int().min(1).max(52),
  /** The digest names families at verhoogd not discussed for this many weeks (longer than for hoog). */
  raisedConcernWeeks: z.number().int().min(1).max(104),
});
export type Settings = z.infer<typeof Settings>;

export const LockReason = z.enum(['user', 'idle', 'suspend', 'screen_lock', 'close']);
export type LockReason = z.infer<typeof LockReason>;
