import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentDetail } from '../../../shared/contract/assessmentChannels';
import { ANSWER_SOURCES, type AnswerSource } from '../../../shared/instrument/assessmentRecords';
import { evaluateAssessment } from '../../../shared/instrument/evaluateAssessment';
import type { InstrumentSection } from '../../../shared/instrument/instrumentSchema';
import { formatDate } from '../../format/dateTime';
import { messageOf } from '../../api/apiError';
import { printWithLog, usePrintLog } from '../access/printLog';
import { useSession } from '../../state/sessionStore';
import { AccumulationSection } from './AccumulationSection';
import { AfwegingSection } from './AfwegingSection';
import { openComparison, showOverview } from './assessmentActions';
import { useAssessment } from './assessmentStore';
import { FlagsPanel } from './FlagsPanel';
import { JudgementSection } from './JudgementSection';
import { KindcheckSection } from './KindcheckSection';
import { nextMatching } from './keyboardScheme';
import { LevelBadge } from './LevelBadge';
import { MeldcodeStepsSection } from './MeldcodeStepsSection';
import { QuestionSections } from './QuestionSections';

/**
 * One assessment during the meeting: who is speaking, the keyboard scheme, progress per section,
 * the instrument's sections in order, and the flags panel beside them.
 */
export function AssessmentWorkspace({ detail }: { detail: AssessmentDetail }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const speaker = useAssessment((s) => s.speaker);
  const source = useAssessment((s) => s.source);
  const setSpeaker = useAssessment((s) => s.setSpeaker);
  const setSource = useAssessment((s) => s.setSource);
  const answerDate = useAssessment((s) => s.answerDate);
  const setAnswerDate = useAssessment((s) => s.setAnswerDate);
  const currentItemId = useAssessment((s) => s.currentItemId);
  const operator = useSession((s) => s.status?.operator ?? null);
  const jumpRef = useRef<((itemId: string) => void) | null>(null);
  const [compareError, setCompareError] = useState<string | null>(null);
  // Printing is logged: the button logs before printing, Ctrl+P is caught by the hook.
  usePrintLog(detail.assessment.familyId, 'risicotaxatie');

  // Until someone else speaks, answers are attributed to the person at the keyboard.
  useEffect(() => {
    if (operator && useAssessment.getState().speaker.name === '') setSpeaker({ name: operator.name, discipline: operator.organisation });
  }, [operator, setSpeaker]);

  const evaluation = useMemo(
    () => evaluateAssessment({ instrument: detail.instrument, answers: detail.answers, kindcheck: detail.kindcheck, trail: detail.trail, judgement: detail.judgement }),
    [detail],
  );
  const order = useMemo(() => detail.instrument.sections.flatMap((s) => s.items.map((i) => i.id)), [detail.instrument]);
  const jump = (itemId: string | null) => {
    if (itemId !== null) jumpRef.current?.(itemId);
  };
  const loweringReason = evaluation.judgement && !evaluation.judgement.loweredWithoutReason ? evaluation.judgement.loweringReason : '';

  const renderPart = (section: InstrumentSection) => {
    switch (section.role) {
      case 'kindcheck':
        return <KindcheckSection key={detail.assessment.id} kindcheck={detail.kindcheck} />;
      case 'stapeling':
        return <AccumulationSection evaluation={evaluation} threshold={detail.instrument.rules.accumulationThreshold} />;
      case 'afwegingskader':
        // The Meldcode's steps 2 and 3 come before the afwegingskader's question 1.
        return (
          <>
            <MeldcodeStepsSection familyId={detail.assessment.familyId} evaluation={evaluation} speaker={speaker} />
            <AfwegingSection trails={evaluation.trails} speaker={speaker} />
          </>
        );
      case 'oordeel':
        return <JudgementSection key={detail.assessment.id} evaluation={evaluation} saved={detail.judgement} speaker={speaker} />;
      default:
        return null;
    }
  };

  return (
    <div className="assessment">
      <p className="no-print">
        <button type="button" className="link-button" onClick={() => void showOverview()}>
          {t('assessment.backToOverview')}
        </button>
      </p>
      <header className="assessment__header">
        <h3 className="assessment__title" dir="auto">
          {t('assessment.title', { child: detail.assessment.childName })}
        </h3>
        <p className="muted">
          {t('assessment.meta', {
            instrument: detail.instrument.name,
            version: detail.instrument.version,
            date: formatDate(detail.assessment.assessedOn, i18n.language),
          })}
        </p>
        <p className="assessment__levels">
          <LevelBadge label={t('assessment.judgement.now')} level={evaluation.effective.now} computed={evaluation.computed.now} reason={loweringReason} />
          <br />
          <LevelBadge label={t('assessment.judgement.future')} level={evaluation.effective.future} computed={evaluation.computed.future} reason={loweringReason} />
        </p>
        <div className="button-row no-print">
          {detail.assessment.previousId ? (
            <button
              type="button"
              className="button"
              onClick={async () => {
                setCompareError(await openComparison());
              }}
            >
              {t('assessment.compareButton')}
            </button>
          ) : null}
          <button
            type="button"
            className="button"
            onClick={() => {
              setCompareError(null);
              printWithLog(detail.assessment.familyId, 'risicotaxatie').catch((e: unknown) => setCompareError(messageOf(e, t)));
            }}
          >
            {t('assessment.print')}
          </button>
        </div>
        {compareError ? (
          <p className="field__error" role="alert">
            {compareError}
          </p>
        ) : null}
      </header>

      <section className="panel speaker no-print" aria-labelledby={`${id}-speaker`}>
        <h3 id={`${id}-speaker`}>{t('assessment.speaker.title')}</h3>
        <div className="inline-fields">
          <div className="field">
            <label className="field__label" htmlFor={`${id}-name`}>
              {t('assessment.speaker.name')}
            </label>
            <input id={`${id}-name`} className="field__input" value={speaker.name} maxLength={160} onChange={(e) => setSpeaker({ ...speaker, name: e.target.value })} />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-discipline`}>
              {t('assessment.discipline')}
            </label>
            <input id={`${id}-discipline`} className="field__input" value={speaker.discipline} maxLength={120} onChange={(e) => setSpeaker({ ...speaker, discipline: e.target.value })} />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-source`}>
              {t('assessment.speaker.source')}
            </label>
            <select id={`${id}-source`} className="field__input" value={source ?? ''} onChange={(e) => setSource(e.target.value === '' ? null : (e.target.value as AnswerSource))}>
              <option value="">{t('assessment.speaker.noSource')}</option>
              {ANSWER_SOURCES.map((s) => (
                <option key={s} value={s}>
                  {t(`assessment.source.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-date`}>
              {t('assessment.speaker.date')}
            </label>
            <input id={`${id}-date`} type="date" className="field__input" value={answerDate} onChange={(e) => setAnswerDate(e.target.value)} aria-describedby={`${id}-date-hint`} />
            <p className="field__hint" id={`${id}-date-hint`}>
              {t('assessment.speaker.dateHint')}
            </p>
          </div>
        </div>
        <p className="keyboard-help" id={`${id}-keys`}>
          {t('assessment.keys.intro')} <kbd>J</kbd> {t('assessment.answer.ja')} · <kbd>N</kbd> {t('assessment.answer.nee')} · <kbd>O</kbd> {t('assessment.answer.onbekend')} ·{' '}
          <kbd>X</kbd> {t('assessment.answer.nvt')} · <kbd>↑</kbd>/<kbd>↓</kbd> {t('assessment.keys.move')} · <kbd>T</kbd> {t('assessment.keys.note')} · <kbd>U</kbd>{' '}
          {t('assessment.keys.unanswered')} · <kbd>B</kbd> {t('assessment.keys.blindSpot')}. {t('assessment.keys.typing')}
        </p>
      </section>

      <nav className="section-nav no-print" aria-label={t('assessment.sectionsNav')}>
        <ul>
          {detail.instrument.sections.map((section) => {
            const progress = evaluation.progress.find((p) => p.sectionId === section.id);
            return (
              <li key={section.id}>
                <a href={`#assessment-section-${section.id}`} className="section-nav__link">
                  {section.id}. {section.title}
                  {progress ? (
                    <>
                      {' '}
                      <span className="section-nav__count">{t('assessment.progress', { answered: progress.answered, total: progress.total })}</span>
                      <progress className="section-nav__bar" max={progress.total} value={progress.answered} aria-hidden="true" />
                    </>
                  ) : null}
                </a>
              </li>
            );
          })}
        </ul>
        <div className="button-row">
          <button
            type="button"
            className="button button--small"
            disabled={evaluation.unanswered.length === 0}
            onClick={() => jump(nextMatching(order, currentItemId, (x) => evaluation.unanswered.includes(x)))}
          >
            {t('assessment.jumpUnanswered', { count: evaluation.unanswered.length })}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={evaluation.blindSpots.length === 0}
            onClick={() => jump(nextMatching(order, currentItemId, (x) => evaluation.blindSpots.some((b) => b.itemId === x)))}
          >
            {t('assessment.jumpBlindSpot', { count: evaluation.blindSpots.length })}
          </button>
        </div>
      </nav>

      <div className="assessment__layout">
        <div className="assessment__main">
          <QuestionSections instrument={detail.instrument} answers={detail.answers} evaluation={evaluation} renderPart={renderPart} jumpRef={jumpRef} />
        </div>
        {/* The panel scrolls on its own when the flags are long: focusable, so the keyboard can scroll it too. */}
        <aside className="assessment__aside" aria-label={t('assessment.flags.title')} tabIndex={0}>
          <FlagsPanel evaluation={evaluation} instrument={detail.instrument} topics={detail.openTopics} onJump={jump} />
        </aside>
      </div>
    </div>
  );
}
