import type { DestroyResult } from '../../../shared/contract/privacyChannels';

type T = (key: string, options?: Record<string, unknown>) => string;

/** The sentence that tells the user what happened, backups included. */
export function destroyOutcome(result: DestroyResult, t: T): string {
  const backups = t(result.freshBackup ? 'privacy.destroy.backupsDone' : 'privacy.destroy.backupsFailed', { count: result.backupsRemoved });
  const done = t('privacy.destroy.done', { count: result.destroyed.length, refs: result.destroyed.map((d) => d.familyRef).join(', '), backups });
  return result.fileScrubbed ? done : `${done} ${t('privacy.destroy.notScrubbed')}`;
}
