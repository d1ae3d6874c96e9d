import type { RetentionItem } from '../../../shared/contract/privacyChannels';
import { RETENTION_RULES } from '../../../shared/retention/retentionClasses';

/** Where the clock started, in words; a school record without a leaving date says that, not "help still running". */
export function triggerSourceKey(item: Pick<RetentionItem, 'retentionClass' | 'triggerSource'>): string {
  if (item.triggerSource === 'geen' && RETENTION_RULES[item.retentionClass].trigger === 'schoolverlating') return 'privacy.triggerSources.geenSchool';
  return `privacy.triggerSources.${item.triggerSource}`;
}
