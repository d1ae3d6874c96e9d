import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { professionalKey, questionsToRecord, type ProfessionalTrail } from '../../../shared/instrument/afwegingskader';
import { type AfwegingQuestion, type Observer } from '../../../shared/instrument/assessmentRecords';
import { calendarDayOf, formatCalendarDay } from '../../../shared/domain/calendarDate';
import { formatDate } from '../../format/dateTime';
import { parseDutchDate } from '../../format/dutchDate';
import { addTrailEntry } from './assessmentActions';
import { unreadableDateText } from '../../format/typedDate';

/**
 * Section G: the afwegingskader per professional. Each trail shows the Meldcode's two decisions
 * (is reporting needed, is help also possible), the five questions in order with answer, reasoning,
 * who and when, the questions answered together with Veilig Thuis after a report, and the term and
 * casemanager agreed on question 4. The form records the next step for a professional.
 */
export function AfwegingSection({ trails, speaker }: { trails: readonly ProfessionalTrail[]; speaker: Observer }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  // Follows the speaker until the user types another professional here.
  const [edited, setPerson] = useState<Observer | null>(null);
  const person = edited ?? speaker;
  const trail = trails.find((tr) => tr.key === professionalKey(person));
  const { questions, suggested, finished } = questionsToRecord(trail);
  const [question, setQuestion] = useState<AfwegingQuestion | null>(null);
  const [answer, setAnswer] = useState<'ja' | 'nee' | null>(null);
  const [reasoning, setReasoning] = useState('');
  const [monitoring, setMonitoring] = useState('');
  const [term, setTerm] = useState('');
  const [casemanager, setCasemanager] = useState('');
  const [error, setError] = useState<string | null>(null);
  const chosen = question !== null && questions.includes(question) ? question : suggested;
  const agreesHelp = chosen === 4 && answer === 'ja';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (person.name.trim() === '') return setError(t('assessment.afweging.needName'));
    if (answer === null) return setError(t('assessment.afweging.needAnswer'));
    if (reasoning.trim() === '') return setError(t('assessment.afweging.needReasoning'));
    const termDay = agreesHelp ? parseDutchDate(term) : null;
    if (agreesHelp && termDay === null) return setError(term.trim() === '' ? t('assessment.afweging.needTerm') : unreadableDateText(term.trim()));
    if (agreesHelp && casemanager.trim() === '') return setError(t('assessment.afweging.needCasemanager'));
    const message = await addTrailEntry({
      professional: { name: person.name.trim(), discipline: person.discipline.trim() },
      question: chosen,
      answer,
      reasoning,
      monitoring: chosen === 5 ? monitoring : '',
      term: termDay,
      casemanager: agreesHelp ? casemanager.trim() : '',
      date: formatCalendarDay(calendarDayOf(new Date())),
    });
    setError(message);
    if (message === null) {
      setQuestion(null);
      setAnswer(null);
      setReasoning('');
      setMonitoring('');
      setTerm('');
      setCasemanager('');
    }
  };

  return (
    <div className="afweging">
      {trails.length === 0 ? <p className="muted">{t('assessment.afweging.empty')}</p> : null}
      {trails.map((tr) => (
        <article key={tr.key} className="trail">
          <h4 dir="auto">
            {tr.professional.name} {tr.professional.discipline ? `(${tr.professional.discipline})` : ''}
          </h4>
          <p className={`trail__outcome trail__outcome--${tr.outcome}`}>
            {t(`assessment.afweging.outcome.${tr.outcome}`)}
            {tr.meldReason ? ` — ${t(`assessment.afweging.meldReason.${tr.meldReason}`)}` : ''}
          </p>
          <dl className="trail__decisions">
            <dt>{t('assessment.afweging.decision1')}</dt>
            <dd>{t(`assessment.afweging.reportDecision.${tr.reportDecision}`)}</dd>
            <dt>{t('assessment.afweging.decision2')}</dt>
            <dd>{t(`assessment.afweging.helpDecision.${tr.helpDecision}`)}</dd>
          </dl>
          <ol className="trail__steps">
            {tr.steps.map(({ question: q, entry, withVeiligThuis }) => (
              <li key={q} className={entry ? 'trail__step' : 'trail__step trail__step--open'}>
                <span className="trail__question">{t(`assessment.afweging.q${q}`)}</span>{' '}
                {withVeiligThuis ? <span className="muted">{t('assessment.afweging.withVeiligThuis')} </span> : null}
                {entry ? (
                  <>
                    <strong>{t(`assessment.answer.${entry.answer}`)}</strong>
                    <span className="trail__reasoning" dir="auto">
                      {' '}
                      — {entry.reasoning || t('assessment.afweging.noReasoning')}
                    </span>
                    {entry.term !== null || entry.casemanager !== '' ? (
                      <span className="trail__reasoning" dir="auto">
                        {' '}
                        {t('assessment.afweging.agreedShown', {
                          term: entry.term === null ? t('assessment.afweging.notAgreed') : formatDate(entry.term, i18n.language),
                          casemanager: entry.casemanager || t('assessment.afweging.notAgreed'),
                        })}
                      </span>
                    ) : null}
                    {entry.monitoring ? (
                      <span className="trail__reasoning" dir="auto">
                        {' '}
                        {t('assessment.afweging.monitoringShown', { text: entry.monitoring })}
                      </span>
                    ) : null}
                    <span className="muted"> ({t('assessment.afweging.who', { who: entry.recordedBy, date: formatDate(entry.date, i18n.language) })})</span>
                  </>
                ) : (
                  <span className="muted">{tr.nextQuestion === q ? t('assessment.afweging.next') : '—'}</span>
                )}
              </li>
            ))}
          </ol>
          {tr.problems.length > 0 ? (
            <ul className="trail__problems">
              {tr.problems.map((p) => (
                <li key={`${p.code}-${p.question}`}>{t(`assessment.afweging.problem.${p.code}`, { question: p.question })}</li>
              ))}
            </ul>
          ) : null}
        </article>
      ))}

      <form className="afweging__form no-print" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
        <h4 id={`${id}-title`}>{t('assessment.afweging.formTitle')}</h4>
        <div className="inline-fields">
          <div className="field">
            <label className="field__label" htmlFor={`${id}-name`}>
              {t('assessment.afweging.professional')}
            </label>
            <input id={`${id}-name`} className="field__input" value={person.name} maxLength={160} onChange={(e) => setPerson({ ...person, name: e.target.value })} />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-discipline`}>
              {t('assessment.discipline')}
            </label>
            <input id={`${id}-discipline`} className="field__input" value={person.discipline} maxLength={120} onChange={(e) => setPerson({ ...person, discipline: e.target.value })} />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-question`}>
              {t('assessment.afweging.question')}
            </label>
            <select
              id={`${id}-question`}
              className="field__input"
              value={chosen}
              aria-describedby={finished ? `${id}-finished` : undefined}
              onChange={(e) => setQuestion(Number(e.target.value) as AfwegingQuestion)}
            >
              {questions.map((q) => (
                <option key={q} value={q}>
                  {t('assessment.afweging.questionNumber', { number: q })}
                </option>
              ))}
            </select>
          </div>
        </div>
        {finished ? (
          <p className="field__hint" id={`${id}-finished`}>
            {t('assessment.afweging.finished', { name: person.name.trim() || t('assessment.afweging.thisProfessional') })}
          </p>
        ) : null}
        <fieldset className="choice-row">
          <legend>{t(`assessment.afweging.q${chosen}`)}</legend>
          {(['ja', 'nee'] as const).map((v) => (
            <label key={v} className="choice">
              <input type="radio" name={`${id}-answer`} checked={answer === v} onChange={() => setAnswer(v)} /> {t(`assessment.answer.${v}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-reasoning`}>
            {t('assessment.afweging.reasoning')}
          </label>
          <textarea id={`${id}-reasoning`} className="field__input field__textarea" rows={2} value={reasoning} maxLength={4000} onChange={(e) => setReasoning(e.target.value)} />
        </div>
        {agreesHelp ? (
          <div className="inline-fields">
            <div className="field">
              <label className="field__label" htmlFor={`${id}-term`}>
                {t('assessment.afweging.term')}
              </label>
              <p className="field__hint" id={`${id}-term-hint`}>
                {t('assessment.afweging.termHint')}
              </p>
              <input id={`${id}-term`} className="field__input" value={term} inputMode="numeric" autoComplete="off" aria-describedby={`${id}-term-hint`} onChange={(e) => setTerm(e.target.value)} />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-casemanager`}>
                {t('assessment.afweging.casemanager')}
              </label>
              <p className="field__hint" id={`${id}-casemanager-hint`}>
                {t('assessment.afweging.casemanagerHint')}
              </p>
              <input
                id={`${id}-casemanager`}
                className="field__input"
                value={casemanager}
                maxLength={160}
                dir="auto"
                autoComplete="off"
                aria-describedby={`${id}-casemanager-hint`}
                onChange={(e) => setCasemanager(e.target.value)}
              />
            </div>
          </div>
        ) : null}
        {chosen === 5 ? (
          <div className="field">
            <label className="field__label" htmlFor={`${id}-monitoring`}>
              {t('assessment.afweging.monitoring')}
            </label>
            <p className="field__hint" id={`${id}-monitoring-hint`}>
              {t('assessment.afweging.monitoringHint')}
            </p>
            <textarea
              id={`${id}-monitoring`}
              className="field__input field__textarea"
              rows={2}
              value={monitoring}
              maxLength={4000}
              aria-describedby={`${id}-monitoring-hint`}
              onChange={(e) => setMonitoring(e.target.value)}
            />
          </div>
        ) : null}
        {error ? (
          <p className="field__error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button">
          {t('assessment.afweging.save')}
        </button>
      </form>
    </div>
  );
}
