import { api } from '../../api';
import { messageOf } from '../../api/apiError';
import { i18n } from '../../i18n';
import { TIMELINE_MARKS } from './timelinePerformance';
import { useTimeline } from './timelineStore';

/** Loads (or reloads) a family's timeline into the store; a failure is shown on the tab. */
export async function reloadTimeline(familyId: string): Promise<void> {
  try {
    const content = await api.call('timeline:list', { familyId });
    performance.mark(TIMELINE_MARKS.data);
    useTimeline.getState().setContent(familyId, content);
  } catch (error) {
    useTimeline.getState().setLoadError(messageOf(error, i18n.t));
  }
}
