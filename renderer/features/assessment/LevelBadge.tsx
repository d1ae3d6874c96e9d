import { useTranslation } from 'react-i18next';
import type { RiskLevel } from '../../../shared/instrument/assessmentRecords';

/**
 * A risk level as shown everywhere: the level that counts, and when a judgement lowered the
 * computed level, that fact and the written reason right next to it.
 */
export function LevelBadge({ level, computed, reason, label }: { level: RiskLevel; computed: RiskLevel; reason: string; label?: string }) {
  const { t } = useTranslation();
  const lowered = reason.trim() !== '' && level !== computed;
  return (
    <span className="level">
      {label ? <span className="level__label">{label}: </span> : null}
      <span className={`level__value level__value--${level}`}>{t(`assessment.level.${level}`)}</span>
      {lowered ? (
        <span className="level__lowered">
          {' '}
          {t('assessment.loweredFrom', { level: t(`assessment.level.${computed}`) })} <q dir="auto">{reason}</q>
        </span>
      ) : null}
    </span>
  );
}
