import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../api/useSubmit';
import type { ConflictOfDuties } from '../../../shared/domain/records';
import { ErrorAlert } from '../../components/Alert';
import { formatDate } from '../../format/dateTime';
import { parseDutchDate, toDutchDateInput } from '../../format/dutchDate';
import { useDirectory } from '../../state/directoryStore';
import { writeThenReload } from './dossierWrites';
import { addConflictOfDuties, endConflictOfDuties } from './dossierActions';
import { ShortButton } from '../../components/ShortButton';
import { conflictActiveOn } from '../../../shared/exports/conflictOfDutiesValidity';
import { unreadableDateText } from '../../format/typedDate';

function todayStored(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function todayInput(): string {
  return toDutchDateInput(todayStored());
}

/**
 * Sharing without consent because the child's safety requires it (conflict van plichten): the
 * summaries send the family to the organisations named here, and nowhere else, so the record says
 * for whom, who decided it and why. Records are added, never edited; a decision may hold until a day
 * and can be ended (who, why), after which it stays in the list as ended.
 */
export function ConflictOfDutiesSection({ familyId, records, involvedOrganisationIds }: { familyId: string; records: readonly ConflictOfDuties[]; involvedOrganisationIds: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const directory = useDirectory((s) => s.content);
  const organisations = directory?.organisations ?? [];
  const orgName = (id: string) => organisations.find((o) => o.id === id)?.name ?? t('involvement.unknownOrganisation');
  const [organisationIds, setOrganisationIds] = useState<string[]>([]);
  const [decidedBy, setDecidedBy] = useState('');
  const [reasons, setReasons] = useState('');
  const [date, setDate] = useState(todayInput);
  const [validUntil, setValidUntil] = useState('');
  const [ending, setEnding] = useState<string | null>(null);
  const { busy, error, setError, run, onSubmit } = useSubmit();
  const today = todayStored();
  const validity = (r: ConflictOfDuties) => {
    if (r.endedOn !== null) return t('consent.conflict.validityEnded', { date: formatDate(r.endedOn, i18n.language), by: r.endedBy, reason: r.endReason });
    if (r.validUntil === null) return t('consent.conflict.validityOpen');
    return t(r.validUntil < today ? 'consent.conflict.validityExpired' : 'consent.conflict.validityUntil', { date: formatDate(r.validUntil, i18n.language) });
  };
  const shown = [...organisations].sort((a, b) => Number(involvedOrganisationIds.includes(b.id)) - Number(involvedOrganisationIds.includes(a.id)) || a.name.localeCompare(b.name, 'nl'));
  const toggle = (id: string, on: boolean) => setOrganisationIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));

  const submit = onSubmit(async () => {
    const day = parseDutchDate(date);
    if (organisationIds.length === 0) return setError(t('consent.conflict.organisationsRequired'));
    if (decidedBy.trim().length < 3) return setError(t('consent.conflict.decidedByRequired'));
    if (reasons.trim().length < 20) return setError(t('consent.conflict.reasonsRequired'));
    if (day === null) return setError(unreadableDateText(date.trim()));
    const until = validUntil.trim() === '' ? null : parseDutchDate(validUntil);
    if (until === null && validUntil.trim() !== '') return setError(unreadableDateText(validUntil.trim()));
    if (until !== null && until < day) return setError(t('consent.conflict.endBeforeStart'));
    await run(
      () => writeThenReload(familyId, () => addConflictOfDuties({ familyId, organisationIds, decidedBy, reasons, date: day, validUntil: until })),
      () => {
        setOrganisationIds([]);
        setDecidedBy('');
        setReasons('');
        setValidUntil('');
      },
    );
  });

  return (
    <section className="panel" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{t('consent.conflict.title')}</h2>
      <p className="muted">{t('consent.conflict.intro')}</p>
      {records.length === 0 ? (
        <p>{t('consent.conflict.none')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0}>
          <table className="table">
            <caption className="table__caption">{t('consent.conflict.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consent.date')}</th>
                <th scope="col">{t('consent.conflict.organisations')}</th>
                <th scope="col">{t('consent.conflict.decidedBy')}</th>
                <th scope="col">{t('consent.conflict.reasons')}</th>
                <th scope="col">{t('consent.conflict.validity')}</th>
                <th scope="col">{t('consent.recordedBy')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('consent.conflict.end')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {[...records].reverse().map((r) => (
                <tr key={r.id}>
                  <td className="table__nowrap">{formatDate(r.date, i18n.language)}</td>
                  <td dir="auto">{r.organisationIds.map(orgName).join(', ')}</td>
                  <td dir="auto">{r.decidedBy}</td>
                  <td dir="auto">{r.reasons}</td>
                  <td dir="auto">{validity(r)}</td>
                  <td dir="auto">{r.recordedBy}</td>
                  <td>
                    {r.endedOn === null && (conflictActiveOn(r, today) || r.date > today) ? (
                      <ShortButton text={t('consent.conflict.end')} forName={`${formatDate(r.date, i18n.language)}, ${r.organisationIds.map(orgName).join(', ')}`} onClick={() => setEnding(r.id)} />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {ending !== null ? (
        <EndDecisionForm
          familyId={familyId}
          decision={records.find((r) => r.id === ending) ?? null}
          label={(r) => `${formatDate(r.date, i18n.language)}, ${r.organisationIds.map(orgName).join(', ')}`}
          onDone={() => setEnding(null)}
        />
      ) : null}
      <form onSubmit={submit} noValidate aria-labelledby="conflict-add-title">
        <h3 id="conflict-add-title">{t('consent.conflict.addTitle')}</h3>
        <fieldset className="subgroup">
          <legend>{t('consent.conflict.organisations')}</legend>
          {shown.map((o) => (
            <div className="checkbox" key={o.id}>
              <input id={`conflict-org-${o.id}`} type="checkbox" checked={organisationIds.includes(o.id)} onChange={(e) => toggle(o.id, e.target.checked)} />
              <label htmlFor={`conflict-org-${o.id}`} dir="auto">
                {o.name}
              </label>
            </div>
          ))}
        </fieldset>
        <div className="field-grid">
          <div className="field">
            <label className="field__label" htmlFor="conflict-decided-by">
              {t('consent.conflict.decidedBy')}
            </label>
            <p className="field__hint" id="conflict-decided-by-hint">
              {t('consent.conflict.decidedByHint')}
            </p>
            <input id="conflict-decided-by" className="field__input" value={decidedBy} maxLength={200} dir="auto" autoComplete="off" aria-describedby="conflict-decided-by-hint" onChange={(e) => setDecidedBy(e.target.value)} />
          </div>
          <div className="field">
            <label className="field__label" htmlFor="conflict-date">
              {t('consent.date')}
            </label>
            <p className="field__hint" id="conflict-date-hint">
              {t('autosave.dateHint')}
            </p>
            <input id="conflict-date" className="field__input" value={date} inputMode="numeric" autoComplete="off" aria-describedby="conflict-date-hint" onChange={(e) => setDate(e.target.value)} />
          </div>
          <div className="field">
            <label className="field__label" htmlFor="conflict-valid-until">
              {t('consent.conflict.validUntil')}
            </label>
            <p className="field__hint" id="conflict-valid-until-hint">
              {t('consent.conflict.validUntilHint')}
            </p>
            <input
              id="conflict-valid-until"
              className="field__input"
              value={validUntil}
              inputMode="numeric"
              autoComplete="off"
              aria-describedby="conflict-valid-until-hint"
              onChange={(e) => setValidUntil(e.target.value)}
            />
          </div>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="conflict-reasons">
            {t('consent.conflict.reasons')}
          </label>
          <p className="field__hint" id="conflict-reasons-hint">
            {t('consent.conflict.reasonsHint')}
          </p>
          <textarea id="conflict-reasons" className="field__input field__textarea" rows={3} value={reasons} maxLength={2000} dir="auto" aria-describedby="conflict-reasons-hint" onChange={(e) => setReasons(e.target.value)} />
        </div>
        {error ? <ErrorAlert>{error}</ErrorAlert> : null}
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {t('consent.conflict.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Ending one decision: from which day, who decided that and why. Focus moves into the form when it opens. */
function EndDecisionForm({ familyId, decision, label, onDone }: { familyId: string; decision: ConflictOfDuties | null; label(r: ConflictOfDuties): string; onDone(): void }) {
  const { t } = useTranslation();
  const [endedOn, setEndedOn] = useState(todayInput);
  const [endedBy, setEndedBy] = useState('');
  const [endReason, setEndReason] = useState('');
  const { busy, error, setError, run, onSubmit } = useSubmit();
  if (decision === null) return null;
  const submit = onSubmit(async () => {
    const day = parseDutchDate(endedOn);
    if (day === null) return setError(unreadableDateText(endedOn.trim()));
    if (day < decision.date) return setError(t('consent.conflict.endBeforeDecision'));
    if (endedBy.trim().length < 3) return setError(t('consent.conflict.endedByRequired'));
    if (endReason.trim().length < 10) return setError(t('consent.conflict.endReasonRequired'));
    await run(() => writeThenReload(familyId, () => endConflictOfDuties({ id: decision.id, endedOn: day, endedBy, endReason })), onDone);
  });
  return (
    <form onSubmit={submit} noValidate aria-labelledby="conflict-end-title" className="subgroup">
      <h3 id="conflict-end-title">
        {t('consent.conflict.endTitle')}: <span dir="auto">{label(decision)}</span>
      </h3>
      <p className="muted">{t('consent.conflict.endIntro')}</p>
      <div className="field-grid">
        <div className="field">
          <label className="field__label" htmlFor="conflict-ended-on">
            {t('consent.conflict.endedOn')}
          </label>
          <p className="field__hint" id="conflict-ended-on-hint">
            {t('autosave.dateHint')}
          </p>
          {/* The form opens on the user’s own press of "Beëindigen": their focus belongs in it. */}
          <input id="conflict-ended-on" autoFocus className="field__input" value={endedOn} inputMode="numeric" autoComplete="off" aria-describedby="conflict-ended-on-hint" onChange={(e) => setEndedOn(e.target.value)} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="conflict-ended-by">
            {t('consent.conflict.endedBy')}
          </label>
          <p className="field__hint" id="conflict-ended-by-hint">
            {t('consent.conflict.endedByHint')}
          </p>
          <input id="conflict-ended-by" className="field__input" value={endedBy} maxLength={200} dir="auto" autoComplete="off" aria-describedby="conflict-ended-by-hint" onChange={(e) => setEndedBy(e.target.value)} />
        </div>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="conflict-end-reason">
          {t('consent.conflict.endReason')}
        </label>
        <textarea id="conflict-end-reason" className="field__input field__textarea" rows={2} value={endReason} maxLength={2000} dir="auto" onChange={(e) => setEndReason(e.target.value)} />
      </div>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {t('consent.conflict.endSubmit')}
        </button>
        <button type="button" className="button button--quiet" onClick={onDone}>
          {t('consent.conflict.endCancel')}
        </button>
      </div>
    </form>
  );
}
