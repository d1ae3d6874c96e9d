import { useTranslation } from 'react-i18next';
import { useMeetingMode } from '../../state/meetingModeStore';
import { afterRender, focusCaseHeading } from './meetingModeActions';

/**
 * Projectorweergave: one switch. On, the screen becomes the projector view (BeamerView): only the
 * case in focus, with other families' names and items of medical organisations under professional
 * secrecy left out (released or not: a release names its recipients, a screen shows everyone).
 * Its exit (or Escape) switches back and shows them again.
 */
export function ProjectorToggle() {
  const { t } = useTranslation();
  const projector = useMeetingMode((s) => s.projector);
  const setProjector = useMeetingMode((s) => s.setProjector);
  const toggle = () => {
    setProjector(!projector);
    if (!projector) afterRender(focusCaseHeading);
  };
  return (
    <div className={`mm-projector${projector ? ' mm-projector--on' : ''}`}>
      <button id="mm-projector-toggle" type="button" className={`button button--small${projector ? ' button--primary' : ''}`} aria-pressed={projector} onClick={toggle}>
        {t('meetingMode.projector.toggle')}
      </button>
      <p className={projector ? 'mm-projector__state' : 'visually-hidden'} role="status">
        {projector ? t('meetingMode.projector.on') : t('meetingMode.projector.off')}
      </p>
    </div>
  );
}
