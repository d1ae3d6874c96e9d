import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegieOverview } from '../../../shared/contract/regieChannels';
import type { DirectoryContent } from '../../../shared/contract/registerChannels';
import { LEGAL_BASES, MANDATES, type LegalBasis, type Mandate } from '../../../shared/domain/vocabulary';
import { regisseurChoices } from '../../../shared/regie/familyChoices';
import { activeRegie, newRegieProblems } from '../../../shared/regie/regieRule';
import type { RegieDecision, RegieKind } from '../../../shared/regie/regieRecords';
import { AutosaveCheckbox } from '../../autosave/AutosaveFields';
import { ErrorAlert } from '../../components/Alert';
import { formatDate } from '../../format/dateTime';
import { parseDutchDate, toDutchDateInput } from '../../format/dutchDate';
import { FormFooter, SelectInput, TextInput } from '../../components/FormFields';
import { saveRegieField, writeRegie } from './loadRegie';
import { useSubmit } from '../../api/useSubmit';
import { decideRegie, updateDecision } from './regieActions';
import { unreadableDateText } from '../../format/typedDate';
import { DateField } from '../../components/DateField';

/** The regisseur chooser's step to someone of an organisation not involved with the family. */
const OTHER_ORGANISATION = 'andere-organisatie';

/** Regie: who holds it now (or the family itself), the warme overdracht, earlier regie and a new decision. */
export function RegieSection({
  familyId,
  overview,
  directory,
  meetingId = null,
}: {
  familyId: string;
  overview: RegieOverview;
  directory: DirectoryContent;
  /** Meeting mode links a decision to the meeting that took it. */
  meetingId?: string | null;
}) {
  const { t, i18n } = useTranslation();
  const current = activeRegie(overview.decisions);
  const earlier = overview.decisions.filter((d) => d.endedOn !== null).reverse();
  const who = (d: RegieDecision) => {
    if (d.kind === 'eigen_regie') return t('regie.decision.eigenRegieSummary');
    const p = directory.professionals.find((x) => x.id === d.professionalId);
    const o = directory.organisations.find((x) => x.id === d.organisationId);
    return t('regie.decision.regisseurSummary', { name: p?.name ?? '—', organisation: o?.name ?? '—', mandate: d.mandate ? t(`regie.mandate.${d.mandate}`) : '—' });
  };

  return (
    <section className="panel regie-panel" aria-labelledby="regie-decision-title">
      <h2 id="regie-decision-title">{t('regie.decision.title')}</h2>
      {current === null ? (
        <div className="message message--warning regie-flag">
          <p>{t('regie.decision.noneYet')}</p>
          {overview.discussedWithoutRegie ? <p>{t('regie.decision.discussedWithoutRegie')}</p> : null}
        </div>
      ) : (
        <div className="regie-current">
          <h3>{t('regie.decision.current')}</h3>
          <p className="regie-current__who" dir="auto">
            {who(current)}
            {current.kind === 'regisseur' ? `, ${current.doorzettingsmacht ? t('regie.decision.withPower') : t('regie.decision.withoutPower')}` : ''},{' '}
            {t('regie.decision.since', { date: formatDate(current.since, i18n.language) })}
          </p>
          {current.contact ? <p dir="auto">{t('regie.decision.contactLine', { contact: current.contact })}</p> : null}
          {current.kind === 'eigen_regie' ? (
            <>
              <p dir="auto">{t('regie.decision.judgementLine', { text: current.judgement })}</p>
              <p dir="auto">{t('regie.decision.reasonsLine', { text: current.reasons })}</p>
            </>
          ) : (
            <fieldset className="regie-handover">
              <legend>{t('regie.decision.handover.title')}</legend>
              <AutosaveCheckbox
                label={t('regie.decision.handover.metFamily')}
                value={current.handoverMetFamily}
                onSave={(v) => saveRegieField(familyId, () => updateDecision({ id: current.id, handoverMetFamily: v }))}
              />
              <AutosaveCheckbox
                label={t('regie.decision.handover.responsibilities')}
                value={current.handoverResponsibilitiesAgreed}
                onSave={(v) => saveRegieField(familyId, () => updateDecision({ id: current.id, handoverResponsibilitiesAgreed: v }))}
              />
              <AutosaveCheckbox
                label={t('regie.decision.handover.previousStays')}
                value={current.handoverPreviousStaysInvolved}
                onSave={(v) => saveRegieField(familyId, () => updateDecision({ id: current.id, handoverPreviousStaysInvolved: v }))}
              />
            </fieldset>
          )}
        </div>
      )}
      {earlier.length > 0 ? (
        <>
          <h3>{t('regie.decision.history')}</h3>
          <ul className="regie-history">
            {earlier.map((d) => (
              <li key={d.id} dir="auto">
                {t('regie.decision.historyItem', { who: who(d), from: formatDate(d.since, i18n.language), to: formatDate(d.endedOn ?? '', i18n.language) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <NewDecisionForm familyId={familyId} overview={overview} directory={directory} hasCurrent={current !== null} meetingId={meetingId} />
    </section>
  );
}

function NewDecisionForm({
  familyId,
  overview,
  directory,
  hasCurrent,
  meetingId,
}: {
  familyId: string;
  overview: RegieOverview;
  directory: DirectoryContent;
  hasCurrent: boolean;
  meetingId: string | null;
}) {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<RegieKind>('regisseur');
  const [professionalId, setProfessionalId] = useState('');
  const [otherId, setOtherId] = useState('');
  const [basis, setBasis] = useState<LegalBasis>('noodzakelijk_betrokkenen');
  const [contact, setContact] = useState('');
  const [mandate, setMandate] = useState<Mandate | ''>('');
  const [power, setPower] = useState(false);
  const [since, setSince] = useState(toDutchDateInput(overview.today));
  const [judgement, setJudgement] = useState('');
  const [reasons, setReasons] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const form = useSubmit();

  const choices = regisseurChoices(directory, overview.familyChoices.involvements, overview.today);
  const outside = professionalId === OTHER_ORGANISATION;
  const chosenId = outside ? otherId : professionalId;
  const fillContact = (id: string) => {
    const p = directory.professionals.find((x) => x.id === id);
    if (p) setContact([p.phone, p.email].filter((x) => x !== '').join(', '));
  };
  const chooseProfessional = (id: string) => {
    setProfessionalId(id);
    fillContact(id);
  };
  const chooseOther = (id: string) => {
    setOtherId(id);
    fillContact(id);
  };

  const submit = form.onSubmit(async () => {
    const sinceDay = parseDutchDate(since);
    if (sinceDay === null) {
      setProblems([unreadableDateText(since)]);
      return;
    }
    const professional = directory.professionals.find((x) => x.id === chosenId) ?? null;
    const input = {
      kind,
      professionalId: professional?.id ?? null,
      organisationId: professional?.organisationId ?? null,
      mandate: mandate === '' ? null : mandate,
      judgement,
      reasons,
      since: sinceDay,
    };
    const found = newRegieProblems(input, activeRegie(overview.decisions));
    // The organisation follows from the chosen person: one message for both.
    const shown = found.filter((p) => !(p === 'regisseur_organisation' && found.includes('regisseur_person')));
    setProblems(shown.map((p) => t(`regie.decision.problems.${p}`)));
    if (shown.length > 0) return;
    const involvementBasis = kind === 'regisseur' && outside ? basis : null;
    const saved = await form.settle(() => writeRegie(familyId, () =>
      decideRegie({ familyId, ...input, contact: kind === 'regisseur' ? contact : '', doorzettingsmacht: kind === 'regisseur' && power, meetingId, involvementBasis }),
    ));
    if (saved) {
      setProfessionalId('');
      setOtherId('');
      setBasis('noodzakelijk_betrokkenen');
      setContact('');
      setMandate('');
      setPower(false);
      setJudgement('');
      setReasons('');
    }
  });

  return (
    <form className="regie-form" onSubmit={submit} noValidate aria-labelledby="regie-new-title">
      <h3 id="regie-new-title">{t('regie.decision.newTitle')}</h3>
      <p className="muted">{hasCurrent ? t('regie.decision.newIntroChange') : t('regie.decision.newIntroFirst')}</p>
      <fieldset className="regie-kind">
        <legend>{t('regie.decision.kind')}</legend>
        {(['regisseur', 'eigen_regie'] as const).map((k) => (
          <div className="radio" key={k}>
            <input type="radio" id={`regie-kind-${k}`} name="regie-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            <label htmlFor={`regie-kind-${k}`}>{t(`regie.decision.kinds.${k}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="field-grid">
        {kind === 'regisseur' ? (
          <>
            <SelectInput
              label={t('regie.decision.professional')}
              hint={choices.family.length === 0 ? t('regie.decision.nobodyInvolved') : undefined}
              value={professionalId}
              onChange={chooseProfessional}
              choices={[
                { value: '', label: t('regie.choose') },
                ...choices.family.map((c) => ({
                  value: c.professional.id,
                  group: t('regie.decision.involvedGroup'),
                  label: t(c.involvement?.since ? 'regie.decision.involvedChoice' : 'regie.decision.involvedChoiceNoDate', {
                    name: c.professional.name,
                    organisation: c.organisation?.name ?? '—',
                    since: c.involvement?.since ? formatDate(c.involvement.since, i18n.language) : '',
                    basis: c.involvement ? t(`vocab.legalBasis.${c.involvement.legalBasis}`) : '—',
                  }),
                })),
                { value: OTHER_ORGANISATION, label: t('regie.decision.otherOrganisation') },
              ]}
            />
            {outside ? (
              <fieldset className="regie-outside">
                <legend>{t('regie.decision.outsideTitle')}</legend>
                <p className="muted">{t('regie.decision.outsideIntro')}</p>
                <SelectInput
                  label={t('regie.decision.outsideProfessional')}
                  value={otherId}
                  onChange={chooseOther}
                  choices={[
                    { value: '', label: t('regie.choose') },
                    ...choices.others.map((c) => ({ value: c.professional.id, label: c.professional.role ? `${c.professional.name}, ${c.professional.role}` : c.professional.name, group: c.organisation?.name ?? '—' })),
                  ]}
                />
                <SelectInput
                  label={t('regie.decision.outsideBasis')}
                  hint={t('regie.decision.outsideBasisHint')}
                  value={basis}
                  onChange={(v) => setBasis(v as LegalBasis)}
                  choices={LEGAL_BASES.map((b) => ({ value: b, label: t(`vocab.legalBasis.${b}`) }))}
                />
              </fieldset>
            ) : null}
            <TextInput label={t('regie.decision.contact')} value={contact} onChange={setContact} maxLength={200} />
            <SelectInput
              label={t('regie.decision.mandate')}
              value={mandate}
              onChange={(v) => setMandate(v as Mandate | '')}
              choices={[{ value: '', label: t('regie.choose') }, ...MANDATES.map((m) => ({ value: m, label: t(`regie.mandate.${m}`) }))]}
            />
            <div className="field field--checkbox">
              <div className="checkbox">
                <input id="regie-power" type="checkbox" checked={power} onChange={(e) => setPower(e.target.checked)} />
                <label htmlFor="regie-power">{t('regie.decision.doorzettingsmacht')}</label>
              </div>
            </div>
          </>
        ) : (
          <>
            <TextInput label={t('regie.decision.judgement')} value={judgement} onChange={setJudgement} multiline maxLength={4000} />
            <TextInput label={t('regie.decision.reasons')} value={reasons} onChange={setReasons} multiline maxLength={4000} />
          </>
        )}
        <DateField label={t('regie.decision.sinceLabel')} value={since} onChange={setSince} />
      </div>
      {problems.length > 0 ? (
        <ErrorAlert>
          <ul className="regie-problems">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </ErrorAlert>
      ) : null}
      <FormFooter label={t('regie.decision.submit')} error={form.error} busy={form.busy} primary />
    </form>
  );
}
