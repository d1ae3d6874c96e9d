import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdMember } from '../../../shared/domain/records';
import { formatDate } from '../../format/dateTime';
import { importInstrument, openAssessment, resolveTopic, startAssessment } from './assessmentActions';
import { useAssessment } from './assessmentStore';
import { LevelBadge } from './LevelBadge';
import { urgentTopicsFirst } from './urgentTopicsFirst';

/**
 * The tab's start: per child the latest assessment (with the level that counts), starting a first
 * assessment or a reassessment, the family's open mandatory agenda items, and importing an
 * organisation's own instrument.
 */
export function AssessmentOverview({ familyId, members }: { familyId: string; members: readonly HouseholdMember[] }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const summaries = useAssessment((s) => s.summaries);
  const instruments = useAssessment((s) => s.instruments);
  // A new assessment uses the newest version of an instrument; older versions stay for the assessments made with them.
  const current = instruments.filter((i) => !instruments.some((o) => o.key === i.key && o.version > i.version));
  const topics = useAssessment((s) => s.familyTopics);
  const [instrumentId, setInstrumentId] = useState<string>('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [resolution, setResolution] = useState<Record<string, string>>({});
  const children = members.filter((m) => m.role === 'kind' || m.role === 'verwacht_kind');

  const start = async (childId: string) => {
    const error = await startAssessment(familyId, childId, instrumentId === '' ? null : instrumentId);
    setMessage(error ? { error: true, text: error } : null);
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await importInstrument(await file.text(), familyId);
    setMessage(result.ok ? { error: false, text: t('assessment.import.done', { name: result.name, version: result.version }) } : { error: true, text: result.message });
  };

  return (
    <div className="assessment-overview">
      <p>{t('assessment.overview.intro')}</p>
      {message ? (
        <p className={message.error ? 'message message--error' : 'message message--success'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}

      {topics.length > 0 ? (
        <section className="panel flag flag--waarschuwing" aria-labelledby={`${id}-topics`}>
          <h3 id={`${id}-topics`}>{t('assessment.topics.title')}</h3>
          <ul className="topic-list">
            {urgentTopicsFirst(topics, (x) => x.topic).map((topic) => (
              <li key={topic.id}>
                <strong>{t(`assessment.topics.${topic.topic}`, { child: topic.childName })}</strong>{' '}
                <span className="muted">{t('assessment.topics.since', { date: formatDate(topic.createdAt, i18n.language) })}</span>
                <div className="inline-fields">
                  <div className="field">
                    <label className="field__label" htmlFor={`${id}-res-${topic.id}`}>
                      {t(topic.topic === 'spoedzorg' ? 'assessment.topics.arranged' : 'assessment.topics.resolution')}
                    </label>
                    <input
                      id={`${id}-res-${topic.id}`}
                      className="field__input"
                      value={resolution[topic.id] ?? ''}
                      maxLength={4000}
                      onChange={(e) => setResolution({ ...resolution, [topic.id]: e.target.value })}
                    />
                  </div>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={(resolution[topic.id] ?? '').trim() === ''}
                    onClick={async () => {
                      const error = await resolveTopic(topic.id, resolution[topic.id] ?? '');
                      setMessage(error ? { error: true, text: error } : null);
                      if (!error) useAssessment.getState().setOverview(familyId, summaries, instruments, topics.filter((x) => x.id !== topic.id));
                    }}
                  >
                    {t('assessment.topics.resolve')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {current.length > 1 ? (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-instrument`}>
            {t('assessment.overview.instrument')}
          </label>
          <select id={`${id}-instrument`} className="field__input" value={instrumentId} onChange={(e) => setInstrumentId(e.target.value)}>
            <option value="">{t('assessment.overview.defaultInstrument')}</option>
            {current.map((i) => (
              <option key={i.id} value={i.id}>
                {t('assessment.overview.instrumentOption', { name: i.name, version: i.version })}
              </option>
            ))}
          </select>
        </div>
      ) : null}

      {children.length === 0 ? (
        <p className="muted">{t('assessment.overview.noChildren')}</p>
      ) : (
        <ul className="child-assessments">
          {children.map((child) => {
            const mine = summaries.filter((s) => s.childId === child.id);
            const latest = mine[0];
            const name = `${child.givenName} ${child.familyName}`.trim();
            return (
              <li key={child.id} className="panel">
                <h3 dir="auto">{name}</h3>
                {latest ? (
                  <>
                    <p className="muted">
                      {t('assessment.overview.latest', {
                        date: formatDate(latest.assessedOn, i18n.language),
                        instrument: latest.instrumentName,
                        version: latest.instrumentVersion,
                        count: mine.length,
                      })}
                    </p>
                    <p>
                      <LevelBadge label={t('assessment.judgement.now')} level={latest.effective.now} computed={latest.computed.now} reason={latest.loweringReason} />
                      <br />
                      <LevelBadge label={t('assessment.judgement.future')} level={latest.effective.future} computed={latest.computed.future} reason={latest.loweringReason} />
                    </p>
                  </>
                ) : (
                  <p className="muted">{t('assessment.overview.none')}</p>
                )}
                <div className="button-row">
                  {latest ? (
                    <button type="button" className="button" onClick={() => void openAssessment(latest.id)}>
                      {t('assessment.overview.open', { name })}
                    </button>
                  ) : null}
                  <button type="button" className="button button--primary" onClick={() => void start(child.id)}>
                    {latest ? t('assessment.overview.reassess', { name }) : t('assessment.overview.start', { name })}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}

      <details className="instrument-import">
        <summary>{t('assessment.import.title')}</summary>
        <p>{t('assessment.import.intro')}</p>
        <ul>
          {instruments.map((i) => (
            <li key={i.id}>
              {t('assessment.overview.instrumentOption', { name: i.name, version: i.version })} — {t('assessment.import.items', { count: i.itemCount })}
              {i.builtIn ? ` (${t('assessment.import.builtIn')})` : ''}
            </li>
          ))}
        </ul>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-file`}>
            {t('assessment.import.file')}
          </label>
          <input id={`${id}-file`} type="file" accept=".json,application/json" className="field__input" onChange={(e) => void onFile(e.target.files?.[0])} />
        </div>
      </details>
    </div>
  );
}
