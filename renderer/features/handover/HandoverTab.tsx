import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoverExportPreview, HandoverRefusal } from '../../../shared/contract/handoverChannels';
import { WITHHELD_REASONS } from '../../../shared/contract/summaryChannels';
import { useLoad } from '../../api/useLoad';
import { useSubmit } from '../../api/useSubmit';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { SelectInput } from '../../components/FormFields';
import { TextField } from '../../components/TextField';
import { useDirectoryLoaded } from '../../state/loadDirectory';
import { useDirectory } from '../../state/directoryStore';
import { useDossier } from '../../state/dossierStore';
import { exportHandover, fetchFamilies, previewHandover, suggestPassphrase } from './handoverActions';

/** Id of this tab in the dossier's registry (renderer/dossier/dossierTabs.tsx). */
export const HANDOVER_TAB_ID = 'overdragen';

type Translate = ReturnType<typeof useTranslation>['t'];

export function refusalText(t: Translate, refusal: HandoverRefusal): string {
  return (WITHHELD_REASONS as readonly string[]).includes(refusal) ? t(`meetingMode.summaries.reasons.${refusal}`) : t(`handover.refusals.${refusal}`);
}

function Preview({ preview }: { preview: HandoverExportPreview }) {
  const { t } = useTranslation();
  return (
    <div aria-live="polite">
      <ul className="plain-list">
        {preview.families.map((f) => (
          <li key={f.familyId}>
            <p>
              <strong dir="auto">
                {f.goes && f.scope.basis
                  ? t('handover.goes', { family: f.scope.label, basis: t(`vocab.legalBasis.${f.scope.basis}`) })
                  : t('handover.refused', { family: f.scope.label, reason: f.refusal ? refusalText(t, f.refusal) : '' })}
              </strong>
            </p>
            {f.goes ? (
              <ul>
                {f.scope.items.map((item, n) => (
                  <li key={n} dir="auto">
                    {item.included
                      ? t('handover.itemIncluded', { label: item.label })
                      : t('handover.itemWithheld', { label: item.label, reason: item.withheldReason ? t(`meetingMode.summaries.reasons.${item.withheldReason}`) : '' })}
                    {item.why ? <span className="mm-items__why"> {t('meetingMode.summaries.why', { why: item.why })}</span> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="muted">{t('handover.totals', { included: preview.included, withheld: preview.withheld })}</p>
    </div>
  );
}

/**
 * Dossier → Overdragen: pick the receiving organisation (and, for a caseload, more families), see
 * per family what goes and what is withheld and why, set the passphrase to share out of band, and
 * save the package through the host's save dialog. Core builds, encrypts and logs it.
 */
export function HandoverTab({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const familyName = useDossier((s) => s.dossier?.family.displayName ?? '');
  const [organisationId, setOrganisationId] = useState('');
  const [others, setOthers] = useState<string[]>([]);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [outcome, setOutcome] = useState<string | null>(null);
  const { busy, error, fieldErrors, rejects, run, onSubmit } = useSubmit({
    fieldOf: (code) => (code === 'weak_passphrase' ? 'passphrase' : code === 'passphrase_mismatch' ? 'repeat' : undefined),
  });

  const directoryError = useDirectoryLoaded();
  const directory = useDirectory((s) => s.content);
  const organisations = directory?.organisations ?? [];
  const { data: allFamilies, error: familiesError } = useLoad(fetchFamilies, []);
  const choicesError = directoryError ?? familiesError;
  const familyIds = [familyId, ...others.filter((id) => id !== familyId)];
  const { data: preview, error: previewError } = useLoad(
    organisationId === '' ? null : () => previewHandover({ familyIds, organisationId }),
    [organisationId, familyIds.join(',')],
  );

  const suggestion = useSubmit();
  const suggest = () =>
    suggestion.run(
      () => suggestPassphrase(),
      (r) => {
        setPassphrase(r.passphrase);
        setRepeat(r.passphrase);
      },
    );

  const save = onSubmit(async () => {
    setOutcome(null);
    const rejected = rejects({
      organisation: organisationId === '' ? t('form.required') : null,
      passphrase: passphrase === '' ? t('form.required') : null,
      repeat: passphrase !== repeat ? t('create.mismatch') : null,
    });
    if (rejected) return;
    await run(
      () => exportHandover({ familyIds, organisationId, passphrase, passphraseRepeat: repeat }),
      (r) => setOutcome(r.saved && r.fileName ? t('handover.saved', { fileName: r.fileName }) : t('handover.cancelled')),
    );
  });

  const families = (allFamilies ?? []).filter((f) => f.id !== familyId && !f.anonymous);
  const nothingGoes = preview !== undefined && preview.families.every((f) => !f.goes);

  return (
    <section className="panel" aria-labelledby="handover-title">
      <h2 id="handover-title">{t('handover.title')}</h2>
      <p>{t('handover.intro')}</p>
      {choicesError ? <ErrorAlert>{choicesError}</ErrorAlert> : null}
      <form className="form" onSubmit={save} noValidate>
        <SelectInput
          label={t('handover.receiver')}
          value={organisationId}
          onChange={setOrganisationId}
          error={fieldErrors.organisation ?? null}
          choices={[{ value: '', label: t('handover.chooseReceiver') }, ...organisations.map((o) => ({ value: o.id, label: `${o.name} (${t(`vocab.organisationType.${o.type}`)})` }))]}
        />
        {families.length > 0 ? (
          <fieldset className="subgroup">
            <legend>{t('handover.alsoFamilies')}</legend>
            <div className="checkbox">
              <input id="handover-family-this" type="checkbox" checked disabled />
              <label htmlFor="handover-family-this" dir="auto">
                {t('handover.thisFamily', { name: familyName })}
              </label>
            </div>
            {families.map((f) => (
              <div className="checkbox" key={f.id}>
                <input
                  id={`handover-family-${f.id}`}
                  type="checkbox"
                  checked={others.includes(f.id)}
                  onChange={(e) => setOthers(e.target.checked ? [...others, f.id] : others.filter((id) => id !== f.id))}
                />
                <label htmlFor={`handover-family-${f.id}`} dir="auto">
                  {f.displayName}
                </label>
              </div>
            ))}
          </fieldset>
        ) : null}

        {organisationId !== '' ? (
          <section aria-labelledby="handover-preview-title">
            <h3 id="handover-preview-title">{t('handover.previewTitle')}</h3>
            {previewError ? <ErrorAlert>{previewError}</ErrorAlert> : null}
            {preview === undefined && !previewError ? <StatusMessage>{t('handover.previewLoading')}</StatusMessage> : null}
            {preview !== undefined ? <Preview preview={preview} /> : null}
          </section>
        ) : null}

        <section aria-labelledby="handover-passphrase-title">
          <h3 id="handover-passphrase-title">{t('handover.passphraseTitle')}</h3>
          <p>{t('handover.passphraseIntro')}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => void suggest()} disabled={busy || suggestion.busy}>
              {t('handover.suggest')}
            </button>
          </div>
          {suggestion.error ? <ErrorAlert>{suggestion.error}</ErrorAlert> : null}
          <TextField
            label={t('handover.passphrase')}
            hint={t('create.passphraseHint')}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            error={fieldErrors.passphrase ?? null}
          />
          <TextField
            label={t('handover.passphraseRepeat')}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            error={fieldErrors.repeat ?? null}
          />
        </section>
        {nothingGoes ? <ErrorAlert>{t('handover.nothingGoes')}</ErrorAlert> : null}
        {error ? <ErrorAlert>{error}</ErrorAlert> : null}
        {busy ? <StatusMessage>{t('handover.saving')}</StatusMessage> : null}
        {outcome ? <StatusMessage tone="success">{outcome}</StatusMessage> : null}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy || nothingGoes}>
            {t('handover.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
