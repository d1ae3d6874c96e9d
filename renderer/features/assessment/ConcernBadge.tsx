import { useTranslation } from 'react-i18next';
import type { RiskLevel } from '../../../shared/instrument/assessmentRecords';

/**
 * The family's concern on a row: the level in words (never colour alone) and the child or children
 * it belongs to, so "acuut" is never read as the whole family's state without saying about whom.
 */
export function ConcernBadge({ level, childNames }: { level: RiskLevel | null; childNames: readonly string[] }) {
  const { t } = useTranslation();
  if (level === null) return <span className="muted">{t('assessment.concern.none')}</span>;
  return (
    <span className="level concern-badge">
      <span className="visually-hidden">{t('assessment.concern.label')}: </span>
      <span className={`level__value level__value--${level}`}>{t(`assessment.level.${level}`)}</span>
      {childNames.length > 0 ? (
        <span className="concern-badge__children" dir="auto">
          {' '}
          {t('assessment.concern.children', { names: childNames.join(', ') })}
        </span>
      ) : null}
    </span>
  );
}
