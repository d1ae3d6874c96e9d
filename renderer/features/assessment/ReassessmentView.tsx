import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentDetail, AssessmentSummary } from '../../../shared/contract/assessmentChannels';
import { compareAssessments, scaleSeries } from '../../../shared/instrument/compareAssessments';
import type { AssessmentState } from '../../../shared/instrument/evaluateAssessment';
import { formatDate } from '../../format/dateTime';
import { usePrintLog } from '../access/printLog';
import { useAssessment } from './assessmentStore';
import { LevelBadge } from './LevelBadge';
import { ScaleChart } from './ScaleChart';

const stateOf = (d: AssessmentDetail): AssessmentState => ({ instrument: d.instrument, answers: d.answers, kindcheck: d.kindcheck, trail: d.trail, judgement: d.judgement });

/** Reassessment: the previous and current assessment side by side, what changed, and scales over time. */
export function ReassessmentView({ previous, current, history }: { previous: AssessmentDetail; current: AssessmentDetail; history: readonly AssessmentSummary[] }) {
  const { t, i18n } = useTranslation();
  const setView = useAssessment((s) => s.setView);
  usePrintLog(current.assessment.familyId, 'herbeoordeling');
  const comparison = useMemo(() => compareAssessments(stateOf(previous), stateOf(current)), [previous, current]);
  const childHistory = useMemo(
    () => history.filter((h) => h.childId === current.assessment.childId).slice().sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    [history, current.assessment.childId],
  );
  const series = useMemo(() => scaleSeries(childHistory.map((h) => ({ date: h.assessedOn, scales: h.scales }))), [childHistory]);
  const valueText = (v: string | null) => (v === null ? t('assessment.compare.noAnswer') : t(`assessment.answer.${v}`));

  return (
    <div className="reassessment">
      <p className="no-print">
        <button type="button" className="link-button" onClick={() => setView('taxatie')}>
          {t('assessment.compare.back')}
        </button>
      </p>
      <h3>{t('assessment.compare.title', { child: current.assessment.childName })}</h3>
      {!comparison.sameInstrumentVersion ? <p className="flag flag--advies">{t('assessment.compare.otherVersion')}</p> : null}
      <table className="table">
        <caption>{t('assessment.compare.summaryCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assessment.compare.what')}</th>
            <th scope="col">{t('assessment.compare.previous', { date: formatDate(previous.assessment.assessedOn, i18n.language) })}</th>
            <th scope="col">{t('assessment.compare.current', { date: formatDate(current.assessment.assessedOn, i18n.language) })}</th>
          </tr>
        </thead>
        <tbody>
          {(['now', 'future'] as const).map((dimension) => (
            <tr key={dimension}>
              <th scope="row">{t(`assessment.judgement.${dimension}`)}</th>
              {(['before', 'after'] as const).map((when) => (
                <td key={when}>
                  <LevelBadge
                    level={comparison.levels[when][dimension]}
                    computed={comparison.computed[when][dimension]}
                    reason={comparison.loweringReasons[when]}
                  />
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t('assessment.compare.riskFactors')}</th>
            <td>{comparison.riskFactorCount.before}</td>
            <td>{comparison.riskFactorCount.after}</td>
          </tr>
          <tr>
            <th scope="row">{t('assessment.compare.blindSpots')}</th>
            <td>{comparison.blindSpotCount.before}</td>
            <td>{comparison.blindSpotCount.after}</td>
          </tr>
          {comparison.scales.map((s) => (
            <tr key={s.key}>
              <th scope="row" dir="auto">
                {t('assessment.compare.scaleOf', { name: s.participant.name })}
              </th>
              <td>{s.before ?? '—'}</td>
              <td>{s.after ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {comparison.flagsAdded.length + comparison.flagsRemoved.length > 0 ? (
        <ul>
          {comparison.flagsAdded.map((f) => (
            <li key={`+${f}`}>{t('assessment.compare.flagAdded', { flag: t(`assessment.flag.${f}.title`) })}</li>
          ))}
          {comparison.flagsRemoved.map((f) => (
            <li key={`-${f}`}>{t('assessment.compare.flagRemoved', { flag: t(`assessment.flag.${f}.title`) })}</li>
          ))}
        </ul>
      ) : null}

      <h4>{t('assessment.compare.changesTitle', { count: comparison.changes.length })}</h4>
      {comparison.changes.length === 0 ? (
        <p className="muted">{t('assessment.compare.noChanges')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('assessment.compare.changesTitle', { count: comparison.changes.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('assessment.compare.question')}</th>
              <th scope="col">{t('assessment.compare.before')}</th>
              <th scope="col">{t('assessment.compare.after')}</th>
              <th scope="col">{t('assessment.compare.change')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.changes.map((c) => (
              <tr key={c.itemId}>
                <th scope="row" dir="auto">
                  {c.itemId}. {c.text}
                </th>
                <td>{valueText(c.before)}</td>
                <td>{valueText(c.after)}</td>
                <td>{t(`assessment.compare.kind.${c.kind}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h4>{t('assessment.compare.chartTitle')}</h4>
      <ScaleChart series={series} dates={childHistory.map((h) => h.assessedOn)} />
    </div>
  );
}
