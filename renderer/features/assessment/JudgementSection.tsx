import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RISK_LEVELS, type Judgement, type Observer, type ParticipantScale, type RiskLevel } from '../../../shared/instrument/assessmentRecords';
import type { Evaluation } from '../../../shared/instrument/evaluateAssessment';
import { needsLoweringReason } from '../../../shared/instrument/judgement';
import { calendarDayOf, formatCalendarDay } from '../../../shared/domain/calendarDate';
import { saveJudgement } from './assessmentActions';
import { LevelBadge } from './LevelBadge';
import { LoweringReasonDialog } from './LoweringReasonDialog';

/**
 * Section H: safety now and risk in the future. The computed levels are the starting point; the
 * meeting may raise them freely and lower them only with a written reason. Each participant's
 * 0–10 scale is kept on its own.
 */
export function JudgementSection({ evaluation, saved, speaker }: { evaluation: Evaluation; saved: Judgement | null; speaker: Observer }) {
  const { t } = useTranslation();
  const id = useId();
  const { computed } = evaluation;
  // Until the user picks a level (or one was saved) the selects follow the computed level.
  const [nowChoice, setNow] = useState<RiskLevel | null>(saved?.now ?? null);
  const [futureChoice, setFuture] = useState<RiskLevel | null>(saved?.future ?? null);
  const now = nowChoice ?? computed.now;
  const future = futureChoice ?? computed.future;
  const [reason, setReason] = useState(saved?.reason ?? '');
  const [scales, setScales] = useState<ParticipantScale[]>(saved?.scales ?? []);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const levelText = (l: RiskLevel) => t(`assessment.level.${l}`);

  const store = async (withReason: string) => {
    setAsking(false);
    const cleaned = scales.filter((s) => s.participant.name.trim() !== '').map((s) => ({ ...s, participant: { name: s.participant.name.trim(), discipline: s.participant.discipline.trim() } }));
    const message = await saveJudgement({ now, future, reason: withReason, scales: cleaned, date: formatCalendarDay(calendarDayOf(new Date())) });
    setError(message);
    setDone(message === null);
    if (message === null) setReason(withReason);
  };

  const submit = () => {
    setDone(false);
    if (needsLoweringReason(computed, { now, future }) && reason.trim() === '') setAsking(true);
    else void store(reason.trim());
  };

  const levelSelect = (label: string, value: RiskLevel, set: (l: RiskLevel) => void, computedLevel: RiskLevel, key: string) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${key}`}>
        {label}
      </label>
      <p className="field__hint" id={`${id}-${key}-hint`}>
        {t('assessment.judgement.computedHint', { level: levelText(computedLevel) })}
      </p>
      <select id={`${id}-${key}`} className="field__input" value={value} aria-describedby={`${id}-${key}-hint`} onChange={(e) => set(e.target.value as RiskLevel)}>
        {RISK_LEVELS.map((l) => (
          <option key={l} value={l}>
            {levelText(l)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="judgement">
      {evaluation.judgement ? (
        <p className="judgement__current">
          <LevelBadge label={t('assessment.judgement.now')} level={evaluation.effective.now} computed={computed.now} reason={evaluation.judgement.loweringReason} />
          <br />
          <LevelBadge label={t('assessment.judgement.future')} level={evaluation.effective.future} computed={computed.future} reason={evaluation.judgement.loweringReason} />
        </p>
      ) : (
        <p className="muted">{t('assessment.judgement.none', { now: levelText(computed.now), future: levelText(computed.future) })}</p>
      )}
      <div className="inline-fields no-print">
        {levelSelect(t('assessment.judgement.now'), now, setNow, computed.now, 'now')}
        {levelSelect(t('assessment.judgement.future'), future, setFuture, computed.future, 'future')}
      </div>

      <fieldset className="scales no-print">
        <legend>{t('assessment.judgement.scalesLegend')}</legend>
        <p className="field__hint">{t('assessment.judgement.scalesHint')}</p>
        {scales.length === 0 ? <p className="muted">{t('assessment.judgement.noScales')}</p> : null}
        <ul className="scale-list">
          {scales.map((s, index) => (
            <li key={index} className="inline-fields">
              <div className="field">
                <label className="field__label" htmlFor={`${id}-p-${index}`}>
                  {t('assessment.judgement.participant')}
                </label>
                <input
                  id={`${id}-p-${index}`}
                  className="field__input"
                  value={s.participant.name}
                  maxLength={160}
                  onChange={(e) => setScales(scales.map((x, i) => (i === index ? { ...x, participant: { ...x.participant, name: e.target.value } } : x)))}
                />
              </div>
              <div className="field">
                <label className="field__label" htmlFor={`${id}-d-${index}`}>
                  {t('assessment.discipline')}
                </label>
                <input
                  id={`${id}-d-${index}`}
                  className="field__input"
                  value={s.participant.discipline}
                  maxLength={120}
                  onChange={(e) => setScales(scales.map((x, i) => (i === index ? { ...x, participant: { ...x.participant, discipline: e.target.value } } : x)))}
                />
              </div>
              <div className="field">
                <label className="field__label" htmlFor={`${id}-s-${index}`}>
                  {t('assessment.judgement.scale')}
                </label>
                <input
                  id={`${id}-s-${index}`}
                  className="field__input field__input--short"
                  type="number"
                  min={0}
                  max={10}
                  step={1}
                  value={s.scale}
                  onChange={(e) => {
                    const n = Math.max(0, Math.min(10, Math.round(Number(e.target.value) || 0)));
                    setScales(scales.map((x, i) => (i === index ? { ...x, scale: n } : x)));
                  }}
                />
              </div>
              <button type="button" className="button button--small" onClick={() => setScales(scales.filter((_, i) => i !== index))}>
                {t('assessment.judgement.removeScale', { name: s.participant.name || t('assessment.unknownSpeaker') })}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="button button--small" onClick={() => setScales([...scales, { participant: { ...speaker }, scale: 5 }])}>
          {t('assessment.judgement.addScale')}
        </button>
      </fieldset>

      <div className="field no-print">
        <label className="field__label" htmlFor={`${id}-reason`}>
          {t('assessment.judgement.reasonField')}
        </label>
        <textarea id={`${id}-reason`} className="field__input field__textarea" rows={2} value={reason} maxLength={4000} onChange={(e) => setReason(e.target.value)} />
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <p className="save-status" role="status">
        {done ? t('assessment.judgement.saved') : ''}
      </p>
      <button type="button" className="button button--primary no-print" onClick={submit}>
        {t('assessment.judgement.save')}
      </button>
      <LoweringReasonDialog
        open={asking}
        computedText={`${levelText(computed.now)} / ${levelText(computed.future)}`}
        judgedText={`${levelText(now)} / ${levelText(future)}`}
        onConfirm={(r) => void store(r)}
        onCancel={() => setAsking(false)}
      />
    </div>
  );
}
