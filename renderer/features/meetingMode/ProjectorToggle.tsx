import { useTranslation } from 'react-i18next';
import { useMeetingMode } from '../../state/meetingModeStore';

/**
 * Projectorweergave: one switch, clearly shown as on. It only hides: other families' names and
 * items of medical organisations under professional secrecy (released or not: a release names its
 * recipients, a screen shows everyone). Switching back shows them.
 */
export function ProjectorToggle() {
  const { t } = useTranslation();
  const projector = useMeetingMode((s) => s.projector);
  const setProjector = useMeetingMode((s) => s.setProjector);
  return (
    <div className={`mm-projector${projector ? ' mm-projector--on' : ''}`}>
      <button type="button" className={`button${projector ? ' button--primary' : ''}`} aria-pressed={projector} onClick={() => setProjector(!projector)}>
        {t('meetingMode.projector.toggle')}
      </button>
      <p className="mm-projector__state" role="status">
        {projector ? t('meetingMode.projector.on') : t('meetingMode.projector.off')}
      </p>
    </div>
  );
}
