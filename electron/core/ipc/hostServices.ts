import type { LockReason } from '../../../shared/contract/schemas';

/**
 * What core needs from its host (Electron main, the e2e bridge, tests). Core never imports
 * `electron`; the host passes in these few capabilities instead.
 */
export interface HostServices {
  /** Versions of the runtime the handlers report in `app:info`. */
  runtime: { electron: string; chrome: string; node: string; platform: string };
  /** Folder for app data that is not vault content: the recent-vault list, the demo vault, backups. */
  userDataDir: string;
  /** A native "save as" dialog for a new vault; null when the user cancels. */
  chooseCreatePath(): Promise<string | null>;
  /** A native "open" dialog for an existing vault; null when the user cancels. */
  chooseOpenPath(): Promise<string | null>;
  /**
   * Asks the user where to save an export (native dialog, `suggestedName` offered) and writes
   * `data` there. Returns the chosen path, or null when the user cancels. The only way vault
   * content reaches disk unencrypted.
   */
  /**
   * Asks where to save an export and writes it. `stillUnlocked` is asked after the dialog closes:
   * the vault may have auto-locked while the dialog was open, and then nothing may be written.
   */
  saveExportFile(suggestedName: string, data: Uint8Array, stillUnlocked: () => boolean): Promise<string | null>;
  /**
   * Asks once for a folder to write several exports into (per-recipient summaries); null when the
   * user cancels. Core keeps the path and hands the renderer only an opaque token for it.
   */
  chooseExportFolder(): Promise<string | null>;
  /** A native "open" dialog for a warme-overdracht package or its receipt; null when cancelled. */
  chooseHandoverFile(kind: 'pakket' | 'ontvangstbevestiging'): Promise<string | null>;
  /** Push "the vault was locked" to the renderer so it wipes every store. */
  notifyLocked(reason: LockReason): void;
  /**
   * A system notification (Electron's main-process `Notification`), for what falls due while the
   * app runs. Title and body never carry a name. Hosts without notifications (CLI, tests) leave it out.
   */
  showNotification?(title: string, body: string): void;
}
