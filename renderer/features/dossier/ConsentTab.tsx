import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../api/useSubmit';
import { SelectInput } from '../../components/FormFields';
import { CONSENT_STATUSES, type ConsentStatus } from '../../../shared/domain/vocabulary';
import type { Consent, HouseholdMember } from '../../../shared/domain/records';
import { childConsents } from '../../../shared/rules/familyConsent';
import { ErrorAlert } from '../../components/Alert';
import { consentValidity } from '../../../shared/rules/consentValidity';
import { BasisEndingsAlert } from '../consent/BasisEndingsAlert';
import { ConsentRequirementView } from '../consent/ConsentRequirementView';
import { ConflictOfDutiesSection } from './ConflictOfDutiesSection';
import { consentReferenceDay } from '../consent/referenceDay';
import { useDirectoryLoaded } from '../../state/loadDirectory';
import { formatDate } from '../../format/dateTime';
import { parseDutchDate, toDutchDateInput } from '../../format/dutchDate';
import { formatMeetingMoment } from '../../format/meetingMoment';
import { useDirectory } from '../../state/directoryStore';
import { useDossier } from '../../state/dossierStore';
import { writeThenReload } from './dossierWrites';
import { memberName } from '../../format/memberName';
import { addConsent } from './dossierActions';
import { unreadableDateText } from '../../format/typedDate';

/** Toestemming: who must consent per child (by age on the meeting day), and the history per person. */
export function ConsentTab({ familyId }: { familyId: string }) {
  const { t, i18n } = useTranslation();
  const dossier = useDossier((s) => s.dossier);
  const directory = useDirectory((s) => s.content);
  const directoryError = useDirectoryLoaded();
  if (!dossier || dossier.family.id !== familyId) return null;
  const reference = consentReferenceDay(dossier.meetings, new Date());
  const states = childConsents(dossier.members, dossier.consents, reference.day);
  const orgName = (id: string) => directory?.organisations.find((o) => o.id === id)?.name ?? t('involvement.unknownOrganisation');

  return (
    <div>
      {directoryError ? <ErrorAlert>{directoryError}</ErrorAlert> : null}
      <BasisEndingsAlert endings={dossier.basisEndings} orgName={orgName} />
      <section className="panel" aria-labelledby="consent-required-title">
        <h2 id="consent-required-title">{t('consent.requiredTitle')}</h2>
        <p className="muted">
          {reference.meeting
            ? t('consent.referenceMeeting', { moment: formatMeetingMoment(reference.meeting.startsAt, i18n.language), type: t(`vocab.meetingType.${reference.meeting.type}`) })
            : t('consent.referenceToday', { date: formatDate(reference.iso, i18n.language) })}
        </p>
        {states.length === 0 ? <p>{t('consent.noChildren')}</p> : null}
        <div className="consent-grid">
          {states.map((state) => (
            <ConsentRequirementView key={state.child.id} state={state} consents={dossier.consents} on={reference.day} />
          ))}
        </div>
      </section>
      <AddConsentForm familyId={familyId} members={dossier.members} involvedOrganisationIds={[...new Set(dossier.involvements.map((i) => i.organisationId))]} />
      <ConflictOfDutiesSection familyId={familyId} records={dossier.conflictsOfDuties} involvedOrganisationIds={[...new Set(dossier.involvements.map((i) => i.organisationId))]} />
      <section className="panel" aria-labelledby="consent-history-title">
        <h2 id="consent-history-title">{t('consent.historyTitle')}</h2>
        {dossier.consents.length === 0 ? <p>{t('consent.noHistory')}</p> : null}
        {dossier.members
          .filter((m) => dossier.consents.some((c) => c.personId === m.id))
          .map((m) => (
            <ConsentHistory key={m.id} member={m} consents={dossier.consents.filter((c) => c.personId === m.id)} orgName={orgName} />
          ))}
      </section>
    </div>
  );
}

function ConsentHistory({ member, consents, orgName }: { member: HouseholdMember; consents: readonly Consent[]; orgName(id: string): string }) {
  const { t, i18n } = useTranslation();
  const caption = memberName(member);
  const today = todayStored();
  const validityText = (c: Consent) => {
    const v = consentValidity(c, consents, today);
    if (v === null) return '';
    return v.kind === 'zonder_einde' ? t('consent.validity.zonder_einde') : t(`consent.validity.${v.kind}`, { date: formatDate(v.day, i18n.language) });
  };
  return (
    <div className="table-wrap" tabIndex={0}>
      <table className="table">
        <caption className="table__caption" dir="auto">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('consent.date')}</th>
            <th scope="col">{t('consent.status')}</th>
            <th scope="col">{t('consent.organisations')}</th>
            <th scope="col">{t('consent.validity.column')}</th>
            <th scope="col">{t('consent.purpose')}</th>
            <th scope="col">{t('consent.recordedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {[...consents].reverse().map((c) => (
            <tr key={c.id}>
              <td className="table__nowrap">{formatDate(c.date, i18n.language)}</td>
              <td>
                <span className={`verdict verdict--${c.status === 'gegeven' ? 'compleet' : 'geweigerd'}`}>{t(`vocab.consentStatus.${c.status}`)}</span>
              </td>
              <td dir="auto">{c.organisationIds.length === 0 ? t('consent.allOrganisations') : c.organisationIds.map(orgName).join(', ')}</td>
              <td>{validityText(c)}</td>
              <td dir="auto">{c.purpose}</td>
              <td dir="auto">{c.recordedBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function todayStored(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function todayInput(): string {
  return toDutchDateInput(todayStored());
}

function AddConsentForm({ familyId, members, involvedOrganisationIds }: { familyId: string; members: readonly HouseholdMember[]; involvedOrganisationIds: string[] }) {
  const { t } = useTranslation();
  const directory = useDirectory((s) => s.content);
  const [personId, setPersonId] = useState('');
  const [status, setStatus] = useState<ConsentStatus>('gegeven');
  const [organisationIds, setOrganisationIds] = useState<string[]>([]);
  const [extraOrganisation, setExtraOrganisation] = useState('');
  const [purpose, setPurpose] = useState('');
  const [date, setDate] = useState(todayInput);
  const [validUntil, setValidUntil] = useState('');
  const { busy, error, setError, run, onSubmit } = useSubmit();
  const organisations = directory?.organisations ?? [];
  const shownOrganisations = organisations.filter((o) => involvedOrganisationIds.includes(o.id) || organisationIds.includes(o.id));
  const others = organisations.filter((o) => !shownOrganisations.includes(o));
  const chosenPerson = personId === '' ? members[0]?.id ?? '' : personId;

  const toggle = (id: string, on: boolean) => setOrganisationIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));

  const submit = onSubmit(async () => {
    const day = parseDutchDate(date);
    if (chosenPerson === '') {
      setError(t('consent.add.personRequired'));
      return;
    }
    if (day === null) {
      setError(unreadableDateText(date.trim()));
      return;
    }
    const until = validUntil.trim() === '' ? null : parseDutchDate(validUntil);
    if (until === null && validUntil.trim() !== '') {
      setError(unreadableDateText(validUntil.trim()));
      return;
    }
    if (until !== null && status !== 'gegeven') {
      setError(t('consent.add.endOnlyWhenGiven'));
      return;
    }
    if (until !== null && until < day) {
      setError(t('consent.add.endBeforeStart'));
      return;
    }
    await run(
      () => writeThenReload(familyId, () => addConsent({ familyId, personId: chosenPerson, status, organisationIds, purpose, date: day, validUntil: until })),
      () => {
        setPurpose('');
        setOrganisationIds([]);
        setValidUntil('');
      },
    );
  });

  if (members.length === 0) return null;
  return (
    <section className="panel panel--add" aria-labelledby="consent-add-title">
      <h2 id="consent-add-title">{t('consent.add.title')}</h2>
      <form onSubmit={submit} noValidate>
        <div className="field-grid">
          <SelectInput
            label={t('consent.add.person')}
            value={chosenPerson}
            onChange={setPersonId}
            choices={members.map((m) => ({ value: m.id, label: `${memberName(m)} (${t(`vocab.memberRole.${m.role}`)})` }))}
          />
          <div className="field">
            <label className="field__label" htmlFor="consent-date">
              {t('consent.date')}
            </label>
            <p className="field__hint" id="consent-date-hint">
              {t('autosave.dateHint')}
            </p>
            <input id="consent-date" className="field__input" value={date} inputMode="numeric" autoComplete="off" aria-describedby="consent-date-hint" onChange={(e) => setDate(e.target.value)} />
          </div>
          <div className="field">
            <label className="field__label" htmlFor="consent-valid-until">
              {t('consent.add.validUntil')}
            </label>
            <p className="field__hint" id="consent-valid-until-hint">
              {t('consent.add.validUntilHint')}
            </p>
            <input
              id="consent-valid-until"
              className="field__input"
              value={validUntil}
              inputMode="numeric"
              autoComplete="off"
              aria-describedby="consent-valid-until-hint"
              onChange={(e) => setValidUntil(e.target.value)}
            />
          </div>
        </div>
        <fieldset className="subgroup">
          <legend>{t('consent.status')}</legend>
          <div className="radio-row">
            {CONSENT_STATUSES.map((s) => (
              <div className="checkbox" key={s}>
                <input id={`consent-status-${s}`} type="radio" name="consent-status" value={s} checked={status === s} onChange={() => setStatus(s)} />
                <label htmlFor={`consent-status-${s}`}>{t(`vocab.consentStatus.${s}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <fieldset className="subgroup">
          <legend>{t('consent.add.scope')}</legend>
          <p className="field__hint">{t('consent.add.scopeHint')}</p>
          {shownOrganisations.map((o) => (
            <div className="checkbox" key={o.id}>
              <input id={`consent-org-${o.id}`} type="checkbox" checked={organisationIds.includes(o.id)} onChange={(e) => toggle(o.id, e.target.checked)} />
              <label htmlFor={`consent-org-${o.id}`} dir="auto">
                {o.name}
              </label>
            </div>
          ))}
          {others.length > 0 ? (
            <div className="inline-add">
              <SelectInput
                label={t('consent.add.otherOrganisation')}
                value={extraOrganisation}
                onChange={setExtraOrganisation}
                choices={[{ value: '', label: t('involvement.add.choose') }, ...others.map((o) => ({ value: o.id, label: o.name }))]}
              />
              <button
                type="button"
                className="button button--small"
                disabled={extraOrganisation === ''}
                onClick={() => {
                  toggle(extraOrganisation, true);
                  setExtraOrganisation('');
                }}
              >
                {t('consent.add.addOrganisation')}
              </button>
            </div>
          ) : null}
        </fieldset>
        <div className="field">
          <label className="field__label" htmlFor="consent-purpose">
            {t('consent.purpose')}
          </label>
          <input id="consent-purpose" className="field__input" value={purpose} maxLength={500} dir="auto" autoComplete="off" onChange={(e) => setPurpose(e.target.value)} />
        </div>
        {error ? <ErrorAlert>{error}</ErrorAlert> : null}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('consent.add.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
