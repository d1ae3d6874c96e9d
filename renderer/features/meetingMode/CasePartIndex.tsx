import { useTranslation } from 'react-i18next';
import { focusPart } from './casePartFocus';
import { CASE_PARTS, partKey } from './meetingKeys';

/** The parts of the case in focus as a row of jumps (also Alt+1…6): the pane scrolls there and focus lands on the part's heading. */
export function CasePartIndex() {
  const { t } = useTranslation();
  return (
    <nav className="mm-parts" aria-label={t('meetingMode.parts.label')}>
      <ul className="mm-parts__list">
        {CASE_PARTS.map((part, i) => (
          <li key={part}>
            <button type="button" className="mm-parts__link" aria-keyshortcuts={partKey(part)} onClick={() => focusPart(part)}>
              <span className="mm-parts__number" aria-hidden="true">
                {i + 1}
              </span>
              {t(`meetingMode.parts.${part}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
