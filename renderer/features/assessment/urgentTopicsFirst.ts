import type { RequiredTopicKind } from '../../../shared/contract/assessmentChannels';

/** Care the child needs today goes above what can wait for the next meeting; otherwise the order stays. */
export function urgentTopicsFirst<T>(items: readonly T[], topicOf: (x: T) => RequiredTopicKind): T[] {
  return [...items.filter((x) => topicOf(x) === 'spoedzorg'), ...items.filter((x) => topicOf(x) !== 'spoedzorg')];
}
