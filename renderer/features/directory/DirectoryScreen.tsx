import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../api/useSubmit';
import { SelectInput } from '../../components/FormFields';
import type { Organisation, Professional } from '../../../shared/domain/records';
import {
  MEDICAL_PROFESSIONS,
  MEETING_TYPES,
  ORGANISATION_FUNCTIONS,
  ORGANISATION_TYPES,
  TRI_STATE,
  type MedicalProfession,
  type MeetingType,
  type OrganisationFunction,
  type OrganisationType,
  type TriState,
} from '../../../shared/domain/vocabulary';
import { medicalSecrecyOfType } from '../../../shared/exports/medicalSecrecy';
import { AutosaveSelect, AutosaveText } from '../../autosave/AutosaveFields';
import { SaveStatusBar } from '../../autosave/SaveStatusBar';
import { runSave } from '../../autosave/runSave';
import { ErrorAlert } from '../../components/Alert';
import { ScreenHeading } from '../../components/ScreenHeading';
import { TextField } from '../../components/TextField';
import { useDirectory } from '../../state/directoryStore';
import { CsvImport } from './CsvImport';
import { patchOrganisation, patchProfessional, writeDirectory } from './directoryWrites';
import { useDirectoryLoaded } from '../../state/loadDirectory';
import { saveOrganisation, saveProfessional } from './directoryActions';

/** Sociale kaart: the partner organisations, their contact persons and the meetings they join. */
export function DirectoryScreen() {
  const { t } = useTranslation();
  const content = useDirectory((s) => s.content);
  const error = useDirectoryLoaded();
  const [filter, setFilter] = useState('');
  const organisations = content?.organisations ?? [];
  const needle = filter.trim().toLocaleLowerCase('nl');
  const shown = needle === '' ? organisations : organisations.filter((o) => `${o.name} ${o.place} ${o.type}`.toLocaleLowerCase('nl').includes(needle));

  return (
    <div className="screen">
      <ScreenHeading>{t('directory.title')}</ScreenHeading>
      <p className="lead">{t('directory.intro')}</p>
      <SaveStatusBar />
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <div className="two-columns">
        <NewOrganisationForm />
        <CsvImport />
      </div>
      <MedicalSecrecyQuestions organisations={organisations} />
      <section className="panel" aria-labelledby="directory-list">
        <h2 id="directory-list">{t('directory.listTitle', { count: organisations.length })}</h2>
        <TextField label={t('directory.filter')} value={filter} onChange={(e) => setFilter(e.target.value)} type="search" autoComplete="off" dir="auto" />
        {content && organisations.length === 0 ? <p>{t('directory.empty')}</p> : null}
        <ul className="org-list">
          {shown.map((o) => (
            <OrganisationItem key={o.id} organisation={o} professionals={(content?.professionals ?? []).filter((p) => p.organisationId === o.id)} />
          ))}
        </ul>
      </section>
    </div>
  );
}

function OrganisationItem({ organisation, professionals }: { organisation: Organisation; professionals: Professional[] }) {
  const { t } = useTranslation();
  const patch = (p: Partial<Organisation>) => patchOrganisation(organisation.id, p);
  return (
    <li className="org-list__item">
      <details className="org">
        <summary className="org__summary">
          <span className="org__name" dir="auto">
            {organisation.name}
          </span>
          <span className="tag">{t(`vocab.organisationType.${organisation.type}`)}</span>
          <span className={`tag tag--${organisation.function}`}>{t(`vocab.organisationFunction.${organisation.function}`)}</span>
          <span className="muted">
            {organisation.place ? <span dir="auto">{organisation.place} · </span> : null}
            {t('directory.contactCount', { count: professionals.length })}
          </span>
        </summary>
        <div className="org__body">
          <div className="field-grid">
            <AutosaveText label={t('directory.name')} value={organisation.name} required maxLength={200} onSave={(name) => patch({ name })} />
            <AutosaveSelect
              label={t('directory.type')}
              value={organisation.type}
              choices={ORGANISATION_TYPES.map((v) => ({ value: v, label: t(`vocab.organisationType.${v}`) }))}
              onSave={(v) => patch({ type: v as OrganisationType })}
            />
            <AutosaveSelect
              label={t('directory.function')}
              hint={t('directory.functionHint')}
              value={organisation.function}
              choices={ORGANISATION_FUNCTIONS.map((v) => ({ value: v, label: t(`vocab.organisationFunction.${v}`) }))}
              onSave={(v) => patch({ function: v as OrganisationFunction })}
            />
            <AutosaveText label={t('directory.street')} value={organisation.street} maxLength={120} onSave={(street) => patch({ street })} />
            <AutosaveText label={t('directory.postcode')} value={organisation.postcode} maxLength={12} onSave={(postcode) => patch({ postcode })} />
            <AutosaveText label={t('directory.place')} value={organisation.place} maxLength={120} onSave={(place) => patch({ place })} />
            <AutosaveText label={t('directory.phone')} value={organisation.phone} maxLength={40} onSave={(phone) => patch({ phone })} />
            <AutosaveText label={t('directory.email')} value={organisation.email} maxLength={200} onSave={(email) => patch({ email })} />
            {medicalSecrecyOfType(organisation.type) === 'ja' ? (
              <p className="muted">{t('directory.medicalSecrecy.byType')}</p>
            ) : (
              <AutosaveSelect
                label={t('directory.medicalSecrecy.label')}
                hint={t('directory.medicalSecrecy.hint')}
                value={organisation.medicalSecrecy}
                choices={TRI_STATE.map((v) => ({ value: v, label: t(`directory.medicalSecrecy.choices.${v}`) }))}
                onSave={(v) => patch({ medicalSecrecy: v as TriState })}
              />
            )}
          </div>
          <h3>{t('directory.contactsTitle')}</h3>
          {professionals.length === 0 ? <p className="muted">{t('directory.noContacts')}</p> : null}
          {professionals.map((p) => (
            <ProfessionalEditor key={p.id} professional={p} />
          ))}
          <NewProfessionalForm organisation={organisation} />
        </div>
      </details>
    </li>
  );
}

function MeetingTypeChecks({ idPrefix, value, onChange }: { idPrefix: string; value: readonly MeetingType[]; onChange(next: MeetingType[]): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="subgroup">
      <legend>{t('directory.meetingTypes')}</legend>
      <div className="radio-row">
        {MEETING_TYPES.map((m) => (
          <div className="checkbox" key={m}>
            <input
              id={`${idPrefix}-${m}`}
              type="checkbox"
              checked={value.includes(m)}
              onChange={(e) => onChange(e.target.checked ? [...value, m] : value.filter((x) => x !== m))}
            />
            <label htmlFor={`${idPrefix}-${m}`}>{t(`vocab.meetingType.${m}`)}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function ProfessionalEditor({ professional }: { professional: Professional }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const patch = (p: Partial<Professional>) => patchProfessional(professional.id, p);
  return (
    <fieldset className="record">
      <legend className="record__legend" dir="auto">
        {professional.name}
      </legend>
      <div className="field-grid">
        <AutosaveText label={t('directory.personName')} value={professional.name} required maxLength={160} onSave={(name) => patch({ name })} />
        <AutosaveText label={t('directory.role')} value={professional.role} maxLength={160} onSave={(role) => patch({ role })} />
        <AutosaveText label={t('directory.phone')} value={professional.phone} maxLength={40} onSave={(phone) => patch({ phone })} />
        <AutosaveText label={t('directory.email')} value={professional.email} maxLength={200} onSave={(email) => patch({ email })} />
        <AutosaveSelect
          label={t('directory.medicalProfession.label')}
          hint={t('directory.medicalProfession.hint')}
          value={professional.medicalProfession ?? ''}
          choices={professionChoices(t)}
          onSave={(v) => patch({ medicalProfession: v === '' ? null : (v as MedicalProfession) })}
        />
      </div>
      <MeetingTypeChecks
        idPrefix={`prof-${professional.id}`}
        value={professional.meetingTypes}
        onChange={(meetingTypes) => void runSave(() => patch({ meetingTypes })).then(setError)}
      />
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
    </fieldset>
  );
}

function NewOrganisationForm() {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [type, setType] = useState<OrganisationType>('school');
  const [fn, setFn] = useState<OrganisationFunction>('signalerend');
  const [place, setPlace] = useState('');
  const [medicalSecrecy, setMedicalSecrecy] = useState<TriState>(medicalSecrecyOfType('school'));
  const { busy, error, fieldErrors, rejects, run, onSubmit } = useSubmit();
  const chooseType = (next: OrganisationType) => {
    setType(next);
    setMedicalSecrecy(medicalSecrecyOfType(next));
  };

  const submit = onSubmit(async () => {
    if (rejects({ name: name.trim() === '' ? t('directory.nameRequired') : null })) return;
    await run(
      () => writeDirectory(() => saveOrganisation({ name, type, function: fn, place, phone: '', email: '', medicalSecrecy })),
      () => {
        setName('');
        setPlace('');
      },
    );
  });

  return (
    <section className="panel panel--add" aria-labelledby="directory-new-org">
      <h2 id="directory-new-org">{t('directory.newOrganisation')}</h2>
      <form onSubmit={submit} noValidate>
        <TextField label={t('directory.name')} value={name} onChange={(e) => setName(e.target.value)} error={fieldErrors.name} maxLength={200} autoComplete="off" dir="auto" />
        <div className="field-grid">
          <SelectInput label={t('directory.type')} value={type} onChange={(v) => chooseType(v as OrganisationType)} choices={ORGANISATION_TYPES.map((v) => ({ value: v, label: t(`vocab.organisationType.${v}`) }))} />
          <SelectInput
            label={t('directory.function')}
            value={fn}
            onChange={(v) => setFn(v as OrganisationFunction)}
            choices={ORGANISATION_FUNCTIONS.map((v) => ({ value: v, label: t(`vocab.organisationFunction.${v}`) }))}
          />
        </div>
        <TextField label={t('directory.place')} value={place} onChange={(e) => setPlace(e.target.value)} maxLength={120} autoComplete="off" dir="auto" />
        {medicalSecrecyOfType(type) === 'ja' ? (
          <p className="muted">{t('directory.medicalSecrecy.byType')}</p>
        ) : (
          <SelectInput
            label={t('directory.medicalSecrecy.label')}
            hint={t('directory.medicalSecrecy.hint')}
            value={medicalSecrecy}
            onChange={(v) => setMedicalSecrecy(v as TriState)}
            choices={TRI_STATE.map((v) => ({ value: v, label: t(`directory.medicalSecrecy.choices.${v}`) }))}
          />
        )}
        {error ? <ErrorAlert>{error}</ErrorAlert> : null}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('directory.addOrganisation')}
          </button>
        </div>
      </form>
    </section>
  );
}

function NewProfessionalForm({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [meetingTypes, setMeetingTypes] = useState<MeetingType[]>([]);
  const [medicalProfession, setMedicalProfession] = useState<MedicalProfession | null>(null);
  const { error, fieldErrors, rejects, run, onSubmit } = useSubmit();

  const submit = onSubmit(async () => {
    if (rejects({ name: name.trim() === '' ? t('directory.personNameRequired') : null })) return;
    await run(
      () => writeDirectory(() => saveProfessional({ organisationId: organisation.id, name, role, phone, email, meetingTypes, medicalProfession })),
      () => {
        setMedicalProfession(null);
        setName('');
        setRole('');
        setPhone('');
        setEmail('');
        setMeetingTypes([]);
      },
    );
  });

  return (
    <form className="record record--new" onSubmit={submit} noValidate aria-label={t('directory.newContactFor', { name: organisation.name })}>
      <h4 className="record__legend">{t('directory.newContact')}</h4>
      <div className="field-grid">
        <TextField label={t('directory.personName')} value={name} onChange={(e) => setName(e.target.value)} error={fieldErrors.name} maxLength={160} autoComplete="off" dir="auto" />
        <TextField label={t('directory.role')} value={role} onChange={(e) => setRole(e.target.value)} maxLength={160} autoComplete="off" dir="auto" />
        <TextField label={t('directory.phone')} value={phone} onChange={(e) => setPhone(e.target.value)} maxLength={40} autoComplete="off" type="tel" />
        <TextField label={t('directory.email')} value={email} onChange={(e) => setEmail(e.target.value)} maxLength={200} autoComplete="off" type="email" />
        <SelectInput
          label={t('directory.medicalProfession.label')}
          hint={t('directory.medicalProfession.hint')}
          value={medicalProfession ?? ''}
          onChange={(v) => setMedicalProfession(v === '' ? null : (v as MedicalProfession))}
          choices={professionChoices(t)}
        />
      </div>
      <MeetingTypeChecks idPrefix={`new-prof-${organisation.id}`} value={meetingTypes} onChange={setMeetingTypes} />
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <div className="button-row">
        <button type="submit" className="button">
          {t('directory.addContact')}
        </button>
      </div>
    </form>
  );
}

function professionChoices(t: (key: string) => string): { value: string; label: string }[] {
  return [{ value: '', label: t('directory.medicalProfession.none') }, ...MEDICAL_PROFESSIONS.map((v) => ({ value: v, label: t(`directory.medicalProfession.choices.${v}`) }))];
}

/**
 * The sociale kaart asks where the type cannot tell: an organisation of a type that may or may not
 * work under medical secrecy (jeugdhulp, wijkteam, CJG…) stays "onbekend" — treated as not medical,
 * as before — until someone answers here.
 */
function MedicalSecrecyQuestions({ organisations }: { organisations: readonly Organisation[] }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const open = organisations.filter((o) => o.medicalSecrecy === 'onbekend' && medicalSecrecyOfType(o.type) !== 'ja');
  if (open.length === 0) return null;
  const answer = (o: Organisation, medicalSecrecy: TriState) => void runSave(() => patchOrganisation(o.id, { medicalSecrecy })).then(setError);
  return (
    <section className="panel" aria-labelledby="directory-medical-questions">
      <h2 id="directory-medical-questions">{t('directory.medicalSecrecy.questionsTitle', { count: open.length })}</h2>
      <p>{t('directory.medicalSecrecy.questionsIntro')}</p>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <ul className="org-list">
        {open.map((o) => (
          <li key={o.id} className="org-list__item">
            <span dir="auto">{o.name}</span> <span className="tag">{t(`vocab.organisationType.${o.type}`)}</span>
            <div className="button-row">
              <button type="button" className="button" aria-label={t('directory.medicalSecrecy.answerYes', { name: o.name })} onClick={() => answer(o, 'ja')}>
                {t('directory.medicalSecrecy.choices.ja')}
              </button>
              <button type="button" className="button" aria-label={t('directory.medicalSecrecy.answerNo', { name: o.name })} onClick={() => answer(o, 'nee')}>
                {t('directory.medicalSecrecy.choices.nee')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
