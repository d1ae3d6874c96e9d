import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { messageOf } from '../api/apiError';
import { ErrorAlert } from '../components/Alert';
import { ScreenHeading } from '../components/ScreenHeading';
import { flushNoteAutosave, scheduleNoteSave } from '../families/noteAutosave';
import { formatDate, formatTime } from '../format/dateTime';
import { useAudit } from '../state/auditStore';
import { useFamilies } from '../state/familiesStore';
import { useNavigation } from '../state/navigationStore';
import { AuditTable } from './AuditTable';

export function FamilyScreen() {
  const { t, i18n } = useTranslation();
  const familyId = useNavigation((s) => s.familyId);
  const go = useNavigation((s) => s.go);
  const detail = useFamilies((s) => s.detail);
  const noteDraft = useFamilies((s) => s.noteDraft);
  const noteSave = useFamilies((s) => s.noteSave);
  const setDetail = useFamilies((s) => s.setDetail);
  const setNoteDraft = useFamilies((s) => s.setNoteDraft);
  const entries = useAudit((s) => s.entries);
  const setEntries = useAudit((s) => s.setEntries);
  const [error, setError] = useState<string | null>(null);
  const noteId = useId();

  useEffect(() => {
    if (!familyId) return undefined;
    let cancelled = false;
    if (useFamilies.getState().detail?.id !== familyId) {
      api
        .call('families:get', { id: familyId })
        .then((family) => {
          if (!cancelled) setDetail(family);
        })
        .catch((e: unknown) => {
          if (!cancelled) setError(messageOf(e, t));
        });
    }
    return () => {
      cancelled = true;
    };
  }, [familyId, setDetail, t]);

  // The family's log follows every save, so the user sees their own change recorded.
  const savedAt = noteSave.kind === 'saved' ? noteSave.at : null;
  useEffect(() => {
    if (!familyId) return undefined;
    let cancelled = false;
    api
      .call('audit:list', { familyId, limit: 50 })
      .then((list) => {
        if (!cancelled) setEntries(list, familyId);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [familyId, savedAt, setEntries]);

  const back = async () => {
    await flushNoteAutosave();
    go('families');
  };

  if (!detail || detail.id !== familyId) {
    return (
      <div className="screen">
        {error ? <ErrorAlert>{error}</ErrorAlert> : null}
        <button type="button" className="button" onClick={back}>
          {t('family.back')}
        </button>
      </div>
    );
  }

  const saveText =
    noteSave.kind === 'saved'
      ? t('family.savedAt', { time: formatTime(noteSave.at, i18n.language) })
      : noteSave.kind === 'dirty'
        ? t('family.unsaved')
        : noteSave.kind === 'failed'
          ? `${t('family.notSaved')} ${noteSave.message}`
          : '';

  return (
    <div className="screen">
      <p>
        <button type="button" className="link-button" onClick={back}>
          {t('family.back')}
        </button>
      </p>
      <ScreenHeading>{detail.displayName}</ScreenHeading>
      <p className="muted">
        {t('family.created', { date: formatDate(detail.createdAt, i18n.language) })}
        {detail.anonymous ? <> · {t('families.anonymousBadge')}</> : null}
      </p>
      <div className="two-columns">
        <section className="panel" aria-labelledby="family-note-title">
          <h2 id="family-note-title">{t('family.note')}</h2>
          <div className="field">
            <label className="visually-hidden" htmlFor={noteId}>
              {t('family.note')}
            </label>
            <p className="field__hint" id={`${noteId}-hint`}>
              {t('family.noteHint')}
            </p>
            <textarea
              id={noteId}
              className="field__input field__textarea"
              value={noteDraft}
              aria-describedby={`${noteId}-hint ${noteId}-status`}
              onChange={(e) => {
                setNoteDraft(e.target.value);
                scheduleNoteSave(detail.id, e.target.value);
              }}
              rows={12}
              maxLength={100_000}
            />
            <p
              className={`save-status${noteSave.kind === 'failed' ? ' save-status--failed' : ''}`}
              id={`${noteId}-status`}
              role={noteSave.kind === 'failed' ? 'alert' : 'status'}
            >
              {saveText}
            </p>
          </div>
        </section>
        <section className="panel" aria-labelledby="family-members-title">
          <h2 id="family-members-title">{t('family.members')}</h2>
          {detail.members.length === 0 ? (
            <p>{t('family.noMembers')}</p>
          ) : (
            <ul className="member-list">
              {detail.members.map((member) => (
                <li key={member.id}>
                  <strong>
                    {member.givenName} {member.familyName}
                  </strong>{' '}
                  <span className="muted">
                    ({t(`family.role.${member.role}`)}
                    {member.birthDate ? `, ${t('family.born', { date: formatDate(member.birthDate, i18n.language) })}` : ''})
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section className="panel" aria-labelledby="family-log-title">
        <h2 id="family-log-title">{t('family.log')}</h2>
        <AuditTable entries={entries} caption={t('family.log')} />
      </section>
    </div>
  );
}
