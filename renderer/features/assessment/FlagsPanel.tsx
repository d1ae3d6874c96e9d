import { useTranslation } from 'react-i18next';
import type { RequiredTopic } from '../../../shared/contract/assessmentChannels';
import type { Evaluation } from '../../../shared/instrument/evaluateAssessment';
import type { Instrument } from '../../../shared/instrument/instrumentSchema';
import { instrumentItems } from '../../../shared/instrument/instrumentSchema';
import { urgentTopicsFirst } from './urgentTopicsFirst';

/**
 * What the rules say, always in view during the conversation: urgent care today, the melden-norm, the Kindcheck
 * warning, risk accumulation, the blind spots with who finds out, the open mandatory agenda items
 * and the next steps.
 */
export function FlagsPanel({
  evaluation,
  instrument,
  topics,
  onJump,
}: {
  evaluation: Evaluation;
  instrument: Instrument;
  topics: readonly RequiredTopic[];
  onJump(itemId: string): void;
}) {
  const { t } = useTranslation();
  const textOf = new Map(instrumentItems(instrument).map((x) => [x.item.id, x.item.text]));
  const critical = evaluation.flags.filter((f) => f.severity === 'kritiek');
  const warnings = evaluation.flags.filter((f) => f.severity === 'waarschuwing');
  const advice = evaluation.flags.filter((f) => f.severity === 'advies' && f.code !== 'blinde_vlekken');

  return (
    <section className="panel flags" aria-labelledby="assessment-flags-title">
      <h3 id="assessment-flags-title">{t('assessment.flags.title')}</h3>
      <div aria-live="polite">
        {critical.length + warnings.length + advice.length === 0 ? <p className="muted">{t('assessment.flags.none')}</p> : null}
        {critical.map((f) => (
          <div key={f.code} className="flag flag--kritiek">
            <strong>{t(`assessment.flag.${f.code}.title`)}</strong>
            <p>{t(`assessment.flag.${f.code}.body`, { items: f.about.join(', ') })}</p>
          </div>
        ))}
        {warnings.map((f) => (
          <div key={f.code} className="flag flag--waarschuwing" role={f.code === 'kindcheck' ? 'alert' : undefined}>
            <strong>{t(`assessment.flag.${f.code}.title`)}</strong>
            <p>{t(`assessment.flag.${f.code}.body`, { items: f.about.join(', ') })}</p>
          </div>
        ))}
        {advice.map((f) => (
          <div key={f.code} className="flag flag--advies">
            <strong>{t(`assessment.flag.${f.code}.title`)}</strong>
            <p>{t(`assessment.flag.${f.code}.body`, { items: f.about.join(', '), count: evaluation.riskFactorCount })}</p>
          </div>
        ))}
      </div>

      {topics.length > 0 ? (
        <div className="flags__topics">
          <h4>{t('assessment.topics.title')}</h4>
          <ul>
            {urgentTopicsFirst(topics, (x) => x.topic).map((topic) => (
              <li key={topic.id}>
                <strong>{t(`assessment.topics.${topic.topic}`, { child: topic.childName })}</strong>
                <span className="muted"> {t(topic.topic === 'spoedzorg' ? 'assessment.topics.openToday' : 'assessment.topics.open')}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <h4>{t('assessment.blindSpots.title', { count: evaluation.blindSpots.length })}</h4>
      {evaluation.blindSpots.length === 0 ? (
        <p className="muted">{t('assessment.blindSpots.none')}</p>
      ) : (
        <ul className="blind-spots">
          {evaluation.blindSpots.map((b) => (
            <li key={b.itemId}>
              <button type="button" className="link-button" onClick={() => onJump(b.itemId)}>
                {b.itemId}: {textOf.get(b.itemId) ?? b.text}
              </button>
              <span className="muted"> — {t('assessment.blindSpots.owner', { owner: b.suggestedOwner || t('assessment.blindSpots.ownerUnknown') })}</span>
            </li>
          ))}
        </ul>
      )}

      <h4>{t('assessment.steps.title')}</h4>
      {evaluation.nextSteps.length === 0 ? (
        <p className="muted">{t('assessment.steps.none')}</p>
      ) : (
        <ol className="next-steps">
          {evaluation.nextSteps.map((step) => (
            <li key={step}>{t(`assessment.step.${step}`)}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
