import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../api/useSubmit';
import { SelectInput } from '../../components/FormFields';
import type { HouseholdMember, Involvement, KindcheckByOthers } from '../../../shared/domain/records';
import { LEGAL_BASES, MANDATES, TRI_STATE, type LegalBasis, type Mandate, type TriState } from '../../../shared/domain/vocabulary';
import { AutosaveDate, AutosaveSelect, AutosaveText } from '../../autosave/AutosaveFields';
import { runSave } from '../../autosave/runSave';
import { ErrorAlert } from '../../components/Alert';
import { useDirectoryLoaded } from '../../state/loadDirectory';
import { formatDate } from '../../format/dateTime';
import { parseDutchDate } from '../../format/dutchDate';
import { useDirectory } from '../../state/directoryStore';
import { useDossier } from '../../state/dossierStore';
import { patchInvolvement, writeThenReload } from './dossierWrites';
import { involvementTitle } from '../../format/involvementTitle';
import { memberName } from '../../format/memberName';
import { removeInvolvement, saveInvolvement } from './dossierActions';
import { unreadableDateText } from '../../format/typedDate';

/** Betrokkenen: the register of who is involved, with the whole family or with one member. */
export function InvolvementTab({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const dossier = useDossier((s) => s.dossier);
  const directory = useDirectory((s) => s.content);
  const directoryError = useDirectoryLoaded();
  if (!dossier || dossier.family.id !== familyId) return null;
  const current = dossier.involvements.filter((i) => i.endedAt === null);
  const ended = dossier.involvements.filter((i) => i.endedAt !== null);
  const answerOf = (i: Involvement) => dossier.kindchecksByOthers.find((a) => a.involvementId === i.id) ?? null;

  return (
    <div>
      {directoryError ? <ErrorAlert>{directoryError}</ErrorAlert> : null}
      <AddInvolvementForm familyId={familyId} members={dossier.members} />
      <section className="panel" aria-labelledby="involvement-current">
        <h2 id="involvement-current">{t('involvement.currentTitle', { count: current.length })}</h2>
        {current.length === 0 ? <p>{t('involvement.none')}</p> : null}
        {directory ? current.map((i) => <InvolvementEditor key={i.id} involvement={i} members={dossier.members} kindcheck={answerOf(i)} />) : null}
      </section>
      {ended.length > 0 ? (
        <section className="panel panel--quiet" aria-labelledby="involvement-ended">
          <h2 id="involvement-ended">{t('involvement.endedTitle', { count: ended.length })}</h2>
          {directory ? ended.map((i) => <InvolvementEditor key={i.id} involvement={i} members={dossier.members} kindcheck={answerOf(i)} />) : null}
        </section>
      ) : null}
    </div>
  );
}

function forWhomChoices(members: readonly HouseholdMember[], t: (k: string) => string) {
  return [{ value: '', label: t('involvement.wholeFamily') }, ...members.map((m) => ({ value: m.id, label: `${memberName(m)} (${t(`vocab.memberRole.${m.role}`)})` }))];
}

function InvolvementEditor({ involvement, members, kindcheck }: { involvement: Involvement; members: readonly HouseholdMember[]; kindcheck: KindcheckByOthers | null }) {
  const { t, i18n } = useTranslation();
  const content = useDirectory((s) => s.content);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const patch = (p: Partial<Involvement>) => patchInvolvement(involvement.familyId, involvement.id, p);
  const title = involvementTitle(involvement, content, t);
  const professionals = (content?.professionals ?? []).filter((p) => p.organisationId === involvement.organisationId);

  const remove = async () => {
    setRemoveError(await runSave(() => writeThenReload(involvement.familyId, () => removeInvolvement({ id: involvement.id }))));
  };

  return (
    <fieldset className="record">
      <legend className="record__legend" dir="auto">
        {title}
      </legend>
      <div className="field-grid">
        <AutosaveSelect
          label={t('involvement.professional')}
          value={involvement.professionalId ?? ''}
          choices={[{ value: '', label: t('involvement.organisationOnly') }, ...professionals.map((p) => ({ value: p.id, label: p.role ? `${p.name}, ${p.role}` : p.name }))]}
          onSave={(v) => patch({ professionalId: v === '' ? null : v })}
        />
        <AutosaveSelect label={t('involvement.forWhom')} value={involvement.memberId ?? ''} choices={forWhomChoices(members, t)} onSave={(v) => patch({ memberId: v === '' ? null : v })} />
        <AutosaveText label={t('involvement.role')} value={involvement.role} maxLength={160} onSave={(role) => patch({ role })} />
        <AutosaveSelect
          label={t('involvement.mandate')}
          value={involvement.mandate}
          choices={MANDATES.map((m) => ({ value: m, label: t(`vocab.mandate.${m}`) }))}
          onSave={(v) => patch({ mandate: v as Mandate })}
        />
        <AutosaveDate label={t('involvement.since')} value={involvement.since} onSave={(since) => patch({ since })} />
        <AutosaveDate label={t('involvement.lastContact')} value={involvement.lastContact} onSave={(lastContact) => patch({ lastContact })} />
        <AutosaveSelect
          label={t('involvement.legalBasis')}
          value={involvement.legalBasis}
          choices={LEGAL_BASES.map((b) => ({ value: b, label: t(`vocab.legalBasis.${b}`) }))}
          onSave={(v) => patch({ legalBasis: v as LegalBasis })}
        />
        <AutosaveDate label={t('involvement.endedAt')} value={involvement.endedAt} onSave={(endedAt) => patch({ endedAt })} />
      </div>
      <fieldset className="subgroup">
        <legend>{t('involvement.vir')}</legend>
        <div className="field-grid">
          <AutosaveSelect
            label={t('involvement.virRegistered')}
            value={involvement.virRegistered}
            choices={TRI_STATE.map((v) => ({ value: v, label: t(`vocab.triState.${v}`) }))}
            onSave={(v) => patch({ virRegistered: v as TriState })}
          />
          <AutosaveDate label={t('involvement.virDate')} value={involvement.virDate} onSave={(virDate) => patch({ virDate })} />
          <AutosaveText label={t('involvement.virBy')} value={involvement.virBy} maxLength={160} onSave={(virBy) => patch({ virBy })} />
        </div>
      </fieldset>
      {kindcheck ? (
        <p className="muted" dir="auto">
          {t('kindcheckByOthers.recorded', { knows: t(`vocab.triState.${kindcheck.knowsChildren}`), own: t(`vocab.triState.${kindcheck.ownKindcheck}`) })}
          {kindcheck.establishedOn ? ` ${t('kindcheckByOthers.established', { date: formatDate(kindcheck.establishedOn, i18n.language), by: kindcheck.establishedBy })}` : ''}
          {kindcheck.note ? ` ${kindcheck.note}` : ''}
        </p>
      ) : null}
      <div className="button-row button-row--end">
        <button type="button" className="button button--small button--quiet" onClick={() => void remove()}>
          {t('involvement.remove', { name: title })}
        </button>
      </div>
      {removeError ? <ErrorAlert>{removeError}</ErrorAlert> : null}
    </fieldset>
  );
}

function AddInvolvementForm({ familyId, members }: { familyId: string; members: readonly HouseholdMember[] }) {
  const { t } = useTranslation();
  const content = useDirectory((s) => s.content);
  const [who, setWho] = useState('');
  const [forWhom, setForWhom] = useState('');
  const [role, setRole] = useState('');
  const [mandate, setMandate] = useState<Mandate>('vrijwillig');
  const [legalBasis, setLegalBasis] = useState<LegalBasis>('toestemming');
  const [since, setSince] = useState('');
  const [whoError, setWhoError] = useState<string | null>(null);
  const { busy, error, setError, run, onSubmit } = useSubmit();
  const organisations = content?.organisations ?? [];
  const professionals = content?.professionals ?? [];

  const choose = (value: string) => {
    setWho(value);
    const professional = value.startsWith('prof:') ? professionals.find((p) => p.id === value.slice(5)) : undefined;
    if (professional) setRole(professional.role);
  };

  const submit = onSubmit(async () => {
    if (who === '') {
      setWhoError(t('involvement.add.whoRequired'));
      return;
    }
    const sinceDay = since.trim() === '' ? null : parseDutchDate(since);
    if (since.trim() !== '' && sinceDay === null) {
      setError(unreadableDateText(since.trim()));
      return;
    }
    const professional = who.startsWith('prof:') ? professionals.find((p) => p.id === who.slice(5)) : undefined;
    const organisationId = professional ? professional.organisationId : who.slice(4);
    setWhoError(null);
    setError(null);
    const saved = await run(() =>
      writeThenReload(familyId, () =>
        saveInvolvement({
          familyId,
          memberId: forWhom === '' ? null : forWhom,
          professionalId: professional?.id ?? null,
          organisationId,
          role,
          mandate,
          since: sinceDay,
          lastContact: null,
          virRegistered: 'onbekend',
          virDate: null,
          virBy: '',
          legalBasis,
          endedAt: null,
        }),
      ),
    );
    if (saved) {
      setWho('');
      setRole('');
      setSince('');
    }
  });

  return (
    <section className="panel panel--add" aria-labelledby="involvement-add-title">
      <h2 id="involvement-add-title">{t('involvement.add.title')}</h2>
      {organisations.length === 0 ? <p>{t('involvement.add.emptyDirectory')}</p> : null}
      <form onSubmit={submit} noValidate>
        <div className="field-grid">
          <div className={`field${whoError ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor="add-involvement-who">
              {t('involvement.add.who')}
            </label>
            <select
              id="add-involvement-who"
              className="field__input"
              value={who}
              onChange={(e) => choose(e.target.value)}
              aria-invalid={whoError ? true : undefined}
              aria-describedby={whoError ? 'add-involvement-who-error' : undefined}
            >
              <option value="">{t('involvement.add.choose')}</option>
              {organisations.map((org) => (
                <optgroup key={org.id} label={`${org.name} (${t(`vocab.organisationType.${org.type}`)})`}>
                  <option value={`org:${org.id}`}>{t('involvement.add.organisationItself', { name: org.name })}</option>
                  {professionals
                    .filter((p) => p.organisationId === org.id)
                    .map((p) => (
                      <option key={p.id} value={`prof:${p.id}`}>
                        {p.role ? `${p.name}, ${p.role}` : p.name}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
            {whoError ? (
              <p className="field__error" id="add-involvement-who-error" role="alert">
                {whoError}
              </p>
            ) : null}
          </div>
          <SelectInput label={t('involvement.forWhom')} value={forWhom} onChange={setForWhom} choices={forWhomChoices(members, t)} />
          <div className="field">
            <label className="field__label" htmlFor="add-involvement-role">
              {t('involvement.role')}
            </label>
            <input id="add-involvement-role" className="field__input" value={role} maxLength={160} dir="auto" autoComplete="off" onChange={(e) => setRole(e.target.value)} />
          </div>
          <SelectInput
            label={t('involvement.mandate')}
            value={mandate}
            onChange={(v) => setMandate(v as Mandate)}
            choices={MANDATES.map((m) => ({ value: m, label: t(`vocab.mandate.${m}`) }))}
          />
          <SelectInput
            label={t('involvement.legalBasis')}
            value={legalBasis}
            onChange={(v) => setLegalBasis(v as LegalBasis)}
            choices={LEGAL_BASES.map((b) => ({ value: b, label: t(`vocab.legalBasis.${b}`) }))}
          />
          <div className="field">
            <div className="field__label-row">
              <label className="field__label" htmlFor="add-involvement-since">
                {t('involvement.since')}
              </label>
              <span className="field__hint field__hint--inline" id="add-involvement-since-hint">
                {t('autosave.dateFormat')}
              </span>
            </div>
            <input
              id="add-involvement-since"
              className="field__input"
              value={since}
              inputMode="numeric"
              autoComplete="off"
              aria-describedby="add-involvement-since-hint"
              onChange={(e) => setSince(e.target.value)}
            />
          </div>
        </div>
        {error ? <ErrorAlert>{error}</ErrorAlert> : null}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('involvement.add.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

