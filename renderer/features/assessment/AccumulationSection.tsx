import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../shared/instrument/evaluateAssessment';

/** Section F: computed, advisory. More than the instrument's threshold of risk factors at once. */
export function AccumulationSection({ evaluation, threshold }: { evaluation: Evaluation; threshold: number }) {
  const { t } = useTranslation();
  return (
    <div>
      <p>
        <strong>{t('assessment.accumulation.count', { count: evaluation.riskFactorCount, threshold })}</strong>{' '}
        {evaluation.riskFactors.length > 0 ? <span className="muted">({evaluation.riskFactors.join(', ')})</span> : null}
      </p>
      <p className={evaluation.accumulation ? 'flag flag--advies' : 'muted'}>
        {evaluation.accumulation ? t('assessment.accumulation.yes') : t('assessment.accumulation.no')}
      </p>
    </div>
  );
}
