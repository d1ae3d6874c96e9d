import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafetyAgreementsOverview, SafetyAgreementView } from '../../../shared/contract/safetyAgreementChannels';
import { parseCalendarDay } from '../../../shared/domain/calendarDate';
import { DEFAULT_TERM_DAYS, MAX_TERM_DAYS } from '../../../shared/safetyAgreements/safetyAgreementRecords';
import { daysBetween } from '../../../shared/retention/retentionDate';
import { useLoad, type Loaded } from '../../api/useLoad';
import { useSubmit } from '../../api/useSubmit';
import { useSaveStatus } from '../../autosave/saveStatusStore';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { DataTable } from '../../components/DataTable';
import { FormFooter, TextInput } from '../../components/FormFields';
import { formatDate } from '../../format/dateTime';
import { parseDutchDate } from '../../format/dutchDate';
import { useDirectory } from '../../state/directoryStore';
import { useDirectoryLoaded } from '../../state/loadDirectory';
import { PlanOwnerSelect, planOwnerIds } from '../familyPlan/PlanOwnerSelect';
import { loadSafetyAgreements, removeSafetyAgreement, saveSafetyAgreement } from './safetyAgreementsActions';
import './safetyAgreements.css';
import { unreadableDateText } from '../../format/typedDate';
import { DateField } from '../../components/DateField';

/**
 * The family's safety agreements, reloaded after each write here, after any save elsewhere (an
 * answer in the risk assessment can put a child at acuut) and after an undo.
 */
export function useSafetyAgreements(familyId: string): Loaded<SafetyAgreementsOverview> & { reload: () => void } {
  const [version, setVersion] = useState(0);
  const revision = useSaveStatus((s) => s.revision);
  const savedAt = useSaveStatus((s) => (s.status.kind === 'saved' ? s.status.at : null));
  const loaded = useLoad(() => loadSafetyAgreements(familyId), [familyId, version, revision, savedAt]);
  return { ...loaded, reload: () => setVersion((v) => v + 1) };
}

/** "Fenna", "Fenna en Daan": children in one phrase, in the UI's language. */
export function nameList(names: readonly string[], and: string): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

/**
 * Veiligheidsafspraken at the top of the dossier and of meeting mode's case: what keeps each child
 * at acuut safe now, with the agreements' due days. A child at acuut without one gets a prominent
 * alert with a way to add them. Nothing shows for a family without agreements and without a child
 * at acuut.
 */
export function SafetyAgreementsPanel({ familyId, overview }: { familyId: string; overview: Loaded<SafetyAgreementsOverview> & { reload: () => void } }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const titleId = useId();
  const { data, error, reload } = overview;
  if (error) return <ErrorAlert>{error}</ErrorAlert>;
  if (!data || data.familyId !== familyId) return null;
  if (data.agreements.length === 0 && data.acuteChildren.length === 0) return null;
  const missing = data.acuteUncovered.map((c) => c.childName);

  return (
    <section className={`panel safety-agreements${missing.length > 0 ? ' safety-agreements--missing' : ''}`} aria-labelledby={titleId}>
      <h2 id={titleId}>{t('safetyAgreements.title')}</h2>
      {missing.length > 0 ? (
        <div className="message message--error" role="alert">
          <p>{t('safetyAgreements.missing', { count: missing.length, names: nameList(missing, t('safetyAgreements.and')) })}</p>
        </div>
      ) : (
        <p className="muted">{t('safetyAgreements.intro')}</p>
      )}
      <AgreementList overview={data} onChanged={reload} />
      {adding ? (
        <AgreementForm overview={data} onDone={() => setAdding(false)} onSaved={reload} />
      ) : (
        <p>
          <button type="button" className={`button${missing.length > 0 ? ' button--primary' : ''}`} onClick={() => setAdding(true)}>
            {t('safetyAgreements.add')}
          </button>
        </p>
      )}
    </section>
  );
}

function dueText(a: SafetyAgreementView, today: string, t: ReturnType<typeof useTranslation>['t'], language: string): string {
  const date = formatDate(a.dueDate, language);
  const from = parseCalendarDay(today);
  const due = parseCalendarDay(a.dueDate);
  if (a.status !== 'open' || from === null || due === null) return date;
  const days = daysBetween(from, due);
  if (days === 0) return t('safetyAgreements.due.today', { date });
  return days > 0 ? t('safetyAgreements.due.ahead', { date, count: days }) : t('safetyAgreements.due.late', { date, count: -days });
}

function AgreementList({ overview, onChanged }: { overview: SafetyAgreementsOverview; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const change = useSubmit();
  const save = (a: SafetyAgreementView, status: 'open' | 'gedaan') => {
    const { owner: _owner, childNames: _names, doneOn: _done, dueDate: _due, createdAt: _created, ...fields } = a;
    return change.settle(() => saveSafetyAgreement({ ...fields, status }, onChanged));
  };
  return (
    <>
      <DataTable
        caption={t('safetyAgreements.title')}
        captionHidden
        columns={[
          { header: t('safetyAgreements.columns.children'), cellDir: 'auto' },
          { header: t('safetyAgreements.columns.what'), cellDir: 'auto' },
          { header: t('safetyAgreements.columns.owner'), cellDir: 'auto' },
          { header: t('safetyAgreements.columns.due') },
          { header: t('safetyAgreements.columns.parents'), cellDir: 'auto' },
          { header: t('safetyAgreements.columns.status') },
          { header: t('safetyAgreements.columns.actions') },
        ]}
        rows={overview.agreements.map((a) => ({
          key: a.id,
          className: a.status === 'gedaan' ? 'safety-agreements__done' : undefined,
          cells: [
            nameList(a.childNames, t('safetyAgreements.and')),
            a.what,
            a.owner,
            dueText(a, overview.today, t, i18n.language),
            [a.parentsAgreedOn === null ? t('safetyAgreements.parents.notAgreed') : t('safetyAgreements.parents.agreed', { date: formatDate(a.parentsAgreedOn, i18n.language) }), a.parentsAgreement]
              .filter((s) => s.trim() !== '')
              .join(': '),
            t(`safetyAgreements.status.${a.status}`),
            <span key="actions" className="safety-agreements__buttons">
              <button
                type="button"
                className="button button--small"
                disabled={change.busy}
                aria-label={t(a.status === 'open' ? 'safetyAgreements.markDone' : 'safetyAgreements.reopen', { what: a.what })}
                onClick={() => void save(a, a.status === 'open' ? 'gedaan' : 'open')}
              >
                {t(a.status === 'open' ? 'safetyAgreements.status.gedaan' : 'safetyAgreements.status.open')}
              </button>{' '}
              <button
                type="button"
                className="button button--small"
                disabled={change.busy}
                aria-label={t('safetyAgreements.remove', { what: a.what })}
                onClick={() => void change.settle(() => removeSafetyAgreement(a.id, onChanged))}
              >
                ×
              </button>
            </span>,
          ],
        }))}
        empty={t('safetyAgreements.none')}
      />
      {change.error ? <ErrorAlert>{change.error}</ErrorAlert> : null}
    </>
  );
}

function AgreementForm({ overview, onDone, onSaved }: { overview: SafetyAgreementsOverview; onDone: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const directory = useDirectory((s) => s.content);
  useDirectoryLoaded();
  const acute = new Set(overview.acuteChildren.map((c) => c.childId));
  const [childIds, setChildIds] = useState<string[]>(() => overview.acuteUncovered.map((c) => c.childId));
  const [what, setWhat] = useState('');
  const [owner, setOwner] = useState('');
  const [days, setDays] = useState(String(DEFAULT_TERM_DAYS));
  const [parentsAgreement, setParentsAgreement] = useState('');
  const [parentsOn, setParentsOn] = useState('');
  const [saved, setSaved] = useState(false);
  const form = useSubmit();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const legendId = useId();
  const childrenErrorId = useId();
  useEffect(() => headingRef.current?.focus(), []);

  const submit = form.onSubmit(async () => {
    setSaved(false);
    const n = /^\d{1,2}$/.test(days.trim()) ? Number(days.trim()) : Number.NaN;
    const parentsDay = parentsOn.trim() === '' ? null : parseDutchDate(parentsOn);
    if (
      form.rejects({
        children: childIds.length === 0 ? t('safetyAgreements.form.childrenRequired') : null,
        what: what.trim() === '' ? t('safetyAgreements.form.whatRequired') : null,
        owner: owner === '' ? t('safetyAgreements.form.ownerRequired') : null,
        days: Number.isNaN(n) || n > MAX_TERM_DAYS ? t('safetyAgreements.form.daysInvalid') : null,
        parentsOn: parentsOn.trim() !== '' && parentsDay === null ? unreadableDateText(parentsOn.trim()) : null,
      })
    )
      return;
    if (directory === null) return;
    const ok = await form.settle(() =>
      saveSafetyAgreement(
        {
          familyId: overview.familyId,
          childIds,
          what,
          ...planOwnerIds(owner, directory),
          withinDays: n,
          status: 'open',
          parentsAgreement,
          parentsAgreedOn: parentsDay,
        },
        onSaved,
      ),
    );
    if (ok) {
      setSaved(true);
      onDone();
    }
  });

  return (
    <form className="safety-agreements__form" onSubmit={submit} noValidate>
      <h3 ref={headingRef} tabIndex={-1}>
        {t('safetyAgreements.form.title')}
      </h3>
      <fieldset className="field" aria-describedby={form.fieldErrors.children ? childrenErrorId : undefined}>
        <legend id={legendId} className="field__label">
          {t('safetyAgreements.form.children')}
        </legend>
        {overview.children.map((c) => (
          <div key={c.id} className="checkbox">
            <input
              id={`${legendId}-${c.id}`}
              type="checkbox"
              checked={childIds.includes(c.id)}
              onChange={(e) => setChildIds((ids) => (e.target.checked ? [...ids, c.id] : ids.filter((x) => x !== c.id)))}
            />
            <label htmlFor={`${legendId}-${c.id}`} dir="auto">
              {c.name}
              {acute.has(c.id) ? ` (${t('safetyAgreements.form.acute')})` : ''}
            </label>
          </div>
        ))}
        {form.fieldErrors.children ? (
          <p id={childrenErrorId} className="field__error">
            {form.fieldErrors.children}
          </p>
        ) : null}
      </fieldset>
      <TextInput label={t('safetyAgreements.form.what')} value={what} onChange={setWhat} error={form.fieldErrors.what} multiline maxLength={2000} />
      {directory ? <PlanOwnerSelect value={owner} onChange={setOwner} network={overview.network} directory={directory} error={form.fieldErrors.owner} /> : null}
      <TextInput label={t('safetyAgreements.form.days')} hint={t('safetyAgreements.form.daysHint')} value={days} onChange={setDays} error={form.fieldErrors.days} inputMode="numeric" maxLength={2} />
      <TextInput label={t('safetyAgreements.form.parentsAgreement')} value={parentsAgreement} onChange={setParentsAgreement} multiline maxLength={2000} />
      <DateField label={t('safetyAgreements.form.parentsAgreedOn')} hint={t('safetyAgreements.form.dateHint')} value={parentsOn} onChange={setParentsOn} error={form.fieldErrors.parentsOn} />
      <FormFooter label={t('safetyAgreements.form.submit')} error={form.error} busy={form.busy} primary />
      <p>
        <button type="button" className="link-button" onClick={onDone}>
          {t('safetyAgreements.form.cancel')}
        </button>
      </p>
      {saved ? <StatusMessage tone="success">{t('safetyAgreements.form.saved')}</StatusMessage> : null}
    </form>
  );
}
