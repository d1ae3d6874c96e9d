import { mayHaveBasis, proposedBasis } from '../../../shared/timeline/proposedBasis';
import { FieldShell, fieldDescribedBy } from '../../components/FieldShell';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineContent } from '../../../shared/contract/timelineChannels';
import {
  CONSENT_STATUSES,
  HELP_REQUESTERS,
  LEGAL_BASES,
  MANDATES,
  REFERRAL_STATUSES,
  STAGNATION_REASONS,
  TIMELINE_EVENT_TYPES,
  type TimelineEventType,
} from '../../../shared/domain/vocabulary';
import { parseFuzzyDateInput, toFuzzyDateInput } from '../../../shared/timeline/fuzzyDateInput';
import { TimelineEventInput, type TimelineEvent } from '../../../shared/timeline/timelineEvent';
import { AutosaveSelect, AutosaveText, TEXT_SAVE_DELAY_MS, type Choice } from '../../autosave/AutosaveFields';
import { runSave } from '../../autosave/runSave';
import { useAutosave } from '../../autosave/useAutosave';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { reloadTimeline } from './loadTimeline';
import { eventTitle, formatFuzzyDate, type Names } from './timelineLabels';
import { fieldsFor, fromChoice, fromChoiceOf, inputOf, normalise } from './eventDraft';
import { useTimeline } from './timelineStore';
import { removeTimelineEvent, saveTimelineEvent } from './timelineActions';

function Select({ label, value, choices, onChange, hint }: { label: string; value: string; choices: readonly Choice[]; onChange(v: string): void; hint?: string }) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <select id={id} className="field__input" value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={hint ? `${id}-hint` : undefined}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Text({ label, value, onChange, hint, error, multiline = false }: { label: string; value: string; onChange(v: string): void; hint?: string; error?: string | null; multiline?: boolean }) {
  const id = useId();
  const describedBy = fieldDescribedBy(id, hint, error);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {multiline ? (
        <textarea id={id} className="field__input field__textarea" rows={3} dir="auto" value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy} maxLength={4000} />
      ) : (
        <input id={id} className="field__input" type="text" dir="auto" autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy} aria-invalid={error ? true : undefined} />
      )}
    </FieldShell>
  );
}

function useChoices(content: TimelineContent) {
  const { t } = useTranslation();
  const orgs: Choice[] = content.organisations.map((o) => ({ value: o.id, label: o.name }));
  const requests: Choice[] = HELP_REQUESTERS.map((r) => ({ value: fromChoiceOf({ organisationId: null, requestedBy: r }), label: t(`timeline.requestedBy.${r}`) }));
  const vocab = (list: readonly string[], key: string): Choice[] => list.map((v) => ({ value: v, label: t(`timeline.${key}.${v}`) }));
  return {
    types: vocab(TIMELINE_EVENT_TYPES, 'types'),
    orgs,
    requests,
    status: vocab(REFERRAL_STATUSES, 'referralStatus'),
    stagnation: vocab(STAGNATION_REASONS, 'stagnationReason'),
    consent: vocab(CONSENT_STATUSES, 'consentStatus'),
    escalation: vocab(MANDATES, 'escalationStep'),
    legal: vocab(LEGAL_BASES, 'legalBasis'),
  };
}

function ChildBoxes({ content, value, onChange }: { content: TimelineContent; value: readonly string[]; onChange(ids: string[]): void }) {
  const { t } = useTranslation();
  const id = useId();
  if (content.children.length === 0) return null;
  return (
    <fieldset className="field tl-children" aria-describedby={`${id}-hint`}>
      <legend className="field__label">{t('timeline.form.children')}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {t('timeline.form.childrenHint')}
      </p>
      {content.children.map((c) => (
        <div className="checkbox" key={c.id}>
          <input
            id={`${id}-${c.id}`}
            type="checkbox"
            checked={value.includes(c.id)}
            onChange={(e) => onChange(e.target.checked ? [...value, c.id] : value.filter((x) => x !== c.id))}
          />
          <label htmlFor={`${id}-${c.id}`} dir="auto">
            {c.name}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

const blank = (familyId: string, organisationId: string | null): TimelineEventInput => ({
  familyId,
  type: 'signaal',
  date: '',
  organisationId,
  toOrganisationId: null,
  referralStatus: null,
  statusDate: null,
  reason: '',
  stagnationReason: null,
  consentStatus: null,
  escalationStep: null,
  noticedBy: '',
  summary: '',
  legalBasis: 'noodzakelijk_betrokkenen',
  memberIds: [],
});

/** Adding an event is one deliberate step (the required fields come together); editing autosaves. */
export function AddEventForm({ familyId, content, names }: { familyId: string; content: TimelineContent; names: Names }) {
  const { t } = useTranslation();
  const choices = useChoices(content);
  const [draft, setDraft] = useState<TimelineEventInput>(() => blank(familyId, null));
  const [dateText, setDateText] = useState('');
  const [dateError, setDateError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const f = fieldsFor(draft.type);
  const typeOf = (organisationId: string | null) => content.organisations.find((o) => o.id === organisationId)?.type ?? null;
  // The proposed basis follows where the event comes from (shared/timeline/proposedBasis); choosing another source or kind proposes again.
  const withProposal = (d: TimelineEventInput): TimelineEventInput => ({ ...d, legalBasis: proposedBasis(typeOf(d.organisationId), d.type) });
  const set = (patch: Partial<TimelineEventInput>) =>
    setDraft((d) => ('type' in patch || 'organisationId' in patch || 'requestedBy' in patch ? withProposal({ ...d, ...patch }) : { ...d, ...patch }));
  const legalChoices = choices.legal.filter((c) => mayHaveBasis(typeOf(draft.organisationId), c.value as TimelineEventInput['legalBasis']));
  const none: Choice = { value: '', label: t('timeline.form.choose') };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    const date = parseFuzzyDateInput(dateText);
    setDateError(date === null ? t('timeline.form.dateInvalid', { value: dateText.trim() }) : null);
    if (date === null) return;
    const parsed = TimelineEventInput.safeParse(normalise({ ...draft, date }));
    if (!parsed.success) {
      setError(parsed.error.issues.map((i) => i.message).join('; '));
      return;
    }
    let saved: TimelineEvent | null = null;
    const message = await runSave(async () => {
      saved = await saveTimelineEvent(parsed.data);
    });
    setError(message);
    if (message === null && saved) {
      useTimeline.getState().replaceEvent(saved);
      setAdded(t('timeline.form.added', { what: eventTitle(saved, names, t) }));
      // The next event often comes from the organisation the case went to.
      setDraft((d) => withProposal({ ...blank(familyId, d.toOrganisationId ?? d.organisationId), type: d.type, memberIds: d.memberIds }));
      setDateText('');
    }
  };

  return (
    <section className="panel" aria-labelledby="tl-add-title">
      <h2 id="tl-add-title">{t('timeline.form.addTitle')}</h2>
      <form className="form tl-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="tl-form__grid">
          <Select label={t('timeline.form.type')} value={draft.type} choices={choices.types} onChange={(v) => set({ type: v as TimelineEventType })} />
          <Text label={t('timeline.form.date')} hint={t('timeline.form.dateHint')} value={dateText} onChange={setDateText} error={dateError} />
          <Select
            label={t('timeline.form.from')}
            hint={t(f.requestedBy ? 'timeline.form.fromHintSignal' : 'timeline.form.fromHint')}
            value={f.requestedBy ? fromChoiceOf(draft) : (draft.organisationId ?? '')}
            choices={[none, ...(f.requestedBy ? choices.requests : []), ...choices.orgs]}
            onChange={(v) => set(fromChoice(v))}
          />
          {f.to ? (
            <Select
              label={t('timeline.form.to')}
              value={draft.toOrganisationId ?? ''}
              choices={[{ value: '', label: t('timeline.form.none') }, ...choices.orgs]}
              onChange={(v) => set({ toOrganisationId: v || null })}
            />
          ) : null}
          {f.status ? (
            <Select label={t('timeline.form.status')} value={draft.referralStatus ?? 'verstuurd'} choices={choices.status} onChange={(v) => set({ referralStatus: v as TimelineEventInput['referralStatus'] })} />
          ) : null}
          {f.stagnation ? (
            <Select
              label={t('timeline.form.stagnationReason')}
              value={draft.stagnationReason ?? 'wachtlijst'}
              choices={choices.stagnation}
              onChange={(v) => set({ stagnationReason: v as TimelineEventInput['stagnationReason'] })}
            />
          ) : null}
          {f.consent ? (
            <Select label={t('timeline.form.consentStatus')} value={draft.consentStatus ?? 'gegeven'} choices={choices.consent} onChange={(v) => set({ consentStatus: v as TimelineEventInput['consentStatus'] })} />
          ) : null}
          {f.escalation ? (
            <Select label={t('timeline.form.escalationStep')} value={draft.escalationStep ?? 'drang'} choices={choices.escalation} onChange={(v) => set({ escalationStep: v as TimelineEventInput['escalationStep'] })} />
          ) : null}
          {f.noticedBy ? <Text label={t('timeline.form.noticedBy')} value={draft.noticedBy} onChange={(v) => set({ noticedBy: v })} /> : null}
          <Select
            label={t('timeline.form.legalBasis')}
            hint={mayHaveBasis(typeOf(draft.organisationId), 'noodzakelijk_betrokkenen') ? undefined : t('timeline.form.legalBasisNoHelp')}
            value={draft.legalBasis}
            choices={legalChoices}
            onChange={(v) => set({ legalBasis: v as TimelineEventInput['legalBasis'] })}
          />
        </div>
        {f.reason ? <Text label={t('timeline.form.reason')} value={draft.reason} onChange={(v) => set({ reason: v })} /> : null}
        <ChildBoxes content={content} value={draft.memberIds} onChange={(ids) => set({ memberIds: ids })} />
        <Text label={t('timeline.form.summary')} value={draft.summary} onChange={(v) => set({ summary: v })} multiline />
        {error ? <ErrorAlert>{error}</ErrorAlert> : null}
        {added ? <StatusMessage tone="success">{added}</StatusMessage> : null}
        <div className="button-row">
          <button type="submit" className="button button--primary">
            {t('timeline.form.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The approximate date of a typed event, saved while typing once it reads as a date. */
function AutosaveFuzzyDate({ label, value, onSave }: { label: string; value: string; onSave(date: string): Promise<unknown> }) {
  const { t } = useTranslation();
  const id = useId();
  const field = useAutosave(
    toFuzzyDateInput(value),
    (text) => onSave(parseFuzzyDateInput(text) ?? value),
    TEXT_SAVE_DELAY_MS * 2,
    (text) => (parseFuzzyDateInput(text) === null ? t('timeline.form.dateInvalid', { value: text.trim() }) : null),
  );
  return (
    <div className={`field${field.error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('timeline.form.dateHint')}
      </p>
      <input
        id={id}
        className="field__input"
        type="text"
        autoComplete="off"
        value={field.draft}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={`${id}-hint${field.error ? ` ${id}-error` : ''}`}
        onChange={(e) => field.change(e.target.value)}
        onBlur={() => void field.flush()}
      />
      {field.error ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {field.error}
        </p>
      ) : null}
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Saves one changed field of a typed event, based on the latest stored version of it. */
async function saveField(id: string, patch: Partial<TimelineEventInput>): Promise<void> {
  const current = useTimeline.getState().content?.events.find((e) => e.id === id);
  if (!current) return;
  const saved = await saveTimelineEvent(normalise({ ...inputOf(current), ...patch }));
  useTimeline.getState().replaceEvent(saved);
}

/** Details of one event; a typed event is edited in place (autosave), a derived one is read-only. */
export function EventDetails({ event, content, names, onClose }: { event: TimelineEvent; content: TimelineContent; names: Names; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const choices = useChoices(content);
  const [removed, setRemoved] = useState<string | null>(null);
  const f = fieldsFor(event.type);
  const editable = event.source === 'handmatig';
  const titleId = useId();

  const remove = async () => {
    const message = await runSave(() => removeTimelineEvent({ id: event.id }));
    if (message === null) {
      setRemoved(t('timeline.form.removed'));
      useTimeline.getState().open(null);
      await reloadTimeline(event.familyId);
    } else setRemoved(message);
  };

  return (
    <section className="panel tl-details" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {t('timeline.form.editTitle')}: {eventTitle(event, names, t)}
      </h2>
      <dl className="facts">
        <Fact label={t('timeline.form.date')}>{formatFuzzyDate(event.date, t, i18n.language)}</Fact>
        <Fact label={t('timeline.form.recordedBy')}>{event.recordedBy}</Fact>
        <Fact label={t('timeline.form.source')}>{t(`timeline.source.${event.source}`)}</Fact>
      </dl>
      {!editable ? (
        <p>{t('timeline.form.derivedNote', { source: t(`timeline.source.${event.source}`) })}</p>
      ) : (
        <div className="tl-form__grid" key={event.id}>
          <AutosaveSelect label={t('timeline.form.type')} value={event.type} choices={choices.types} onSave={(v) => saveField(event.id, { type: v as TimelineEventType })} />
          <AutosaveFuzzyDate label={t('timeline.form.date')} value={event.date} onSave={(date) => saveField(event.id, { date })} />
          <AutosaveSelect
            label={t('timeline.form.from')}
            value={fromChoiceOf(event)}
            choices={[...(f.requestedBy ? choices.requests : []), ...choices.orgs]}
            onSave={(v) => saveField(event.id, fromChoice(v))}
          />
          {f.to ? (
            <AutosaveSelect
              label={t('timeline.form.to')}
              value={event.toOrganisationId ?? ''}
              choices={[{ value: '', label: t('timeline.form.none') }, ...choices.orgs]}
              onSave={(v) => saveField(event.id, { toOrganisationId: v || null })}
            />
          ) : null}
          {f.status ? (
            <AutosaveSelect
              label={t('timeline.form.status')}
              value={event.referralStatus ?? 'verstuurd'}
              choices={choices.status}
              onSave={(v) => saveField(event.id, { referralStatus: v as TimelineEvent['referralStatus'], statusDate: useTimeline.getState().content?.today ?? null })}
            />
          ) : null}
          {f.stagnation ? (
            <AutosaveSelect label={t('timeline.form.stagnationReason')} value={event.stagnationReason ?? 'wachtlijst'} choices={choices.stagnation} onSave={(v) => saveField(event.id, { stagnationReason: v as TimelineEvent['stagnationReason'] })} />
          ) : null}
          {f.consent ? (
            <AutosaveSelect label={t('timeline.form.consentStatus')} value={event.consentStatus ?? 'gegeven'} choices={choices.consent} onSave={(v) => saveField(event.id, { consentStatus: v as TimelineEvent['consentStatus'] })} />
          ) : null}
          {f.escalation ? (
            <AutosaveSelect label={t('timeline.form.escalationStep')} value={event.escalationStep ?? 'drang'} choices={choices.escalation} onSave={(v) => saveField(event.id, { escalationStep: v as TimelineEvent['escalationStep'] })} />
          ) : null}
          {f.noticedBy ? <AutosaveText label={t('timeline.form.noticedBy')} value={event.noticedBy} onSave={(v) => saveField(event.id, { noticedBy: v })} /> : null}
          <AutosaveSelect label={t('timeline.form.legalBasis')} value={event.legalBasis} choices={choices.legal} onSave={(v) => saveField(event.id, { legalBasis: v as TimelineEvent['legalBasis'] })} />
          {f.reason ? <AutosaveText label={t('timeline.form.reason')} value={event.reason} onSave={(v) => saveField(event.id, { reason: v })} /> : null}
          <AutosaveText label={t('timeline.form.summary')} value={event.summary} multiline rows={3} onSave={(v) => saveField(event.id, { summary: v })} />
        </div>
      )}
      {removed ? <StatusMessage>{removed}</StatusMessage> : null}
      <div className="button-row">
        {editable ? (
          <button type="button" className="button" onClick={() => void remove()}>
            {t('timeline.form.remove')}
          </button>
        ) : null}
        <button type="button" className="button" onClick={onClose}>
          {t('timeline.form.close')}
        </button>
      </div>
    </section>
  );
}
