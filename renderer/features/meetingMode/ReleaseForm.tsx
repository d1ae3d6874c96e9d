import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../api/useSubmit';
import { RELEASE_BASES, RELEASE_CONFIRMATIONS, type ReleaseBasis, type ReleaseConfirmation } from '../../../shared/contract/meetingModeChannels';
import type { RequestOf } from '../../../shared/contract/channels';
import type { Organisation } from '../../../shared/domain/records';
import { ErrorAlert } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { toDutchDateInput } from '../../format/dutchDate';
import { useDirectory } from '../../state/directoryStore';
import { useMeetingMode } from '../../state/meetingModeStore';

export type ReleaseRequest = Omit<RequestOf<'meetingMode:releaseTimelineEvent'>, 'eventId'>;

/**
 * Only the secrecy holder lifts medical secrecy, and only toward named organisations: the form asks
 * on whose authority (a professional of the organisation the item comes from), for which
 * organisations (those at this meeting or involved with the family), on what basis (consent of the
 * right person, a recorded conflict van plichten decision, or meldrecht toward Veilig Thuis), how the
 * holder confirmed it (present here, or in writing with a reference) and why, in a sentence. Core
 * checks all of it again and refuses anything less.
 */
export function ReleaseForm({
  what,
  holderOrganisation,
  onRelease,
  onCancel,
}: {
  what: string;
  /** Which organisations' professionals hold the secrecy of this item. */
  holderOrganisation(organisation: Organisation): boolean;
  onRelease(request: ReleaseRequest): Promise<string | null>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const holderId = useId();
  const decisionId = useId();
  const directory = useDirectory((s) => s.content);
  const meetingId = useMeetingMode((s) => s.meetingId);
  const participants = useMeetingMode((s) => s.mode?.participants);
  const dossier = useMeetingMode((s) => s.focus?.dossier ?? null);
  const allOrganisations = directory?.organisations ?? [];
  const organisations = allOrganisations.filter(holderOrganisation);
  const holders = (directory?.professionals ?? [])
    .filter((p) => organisations.some((o) => o.id === p.organisationId))
    .map((p) => ({ id: p.id, organisationId: p.organisationId, label: `${p.name} (${organisations.find((o) => o.id === p.organisationId)?.name ?? ''})` }));
  const [holder, setHolder] = useState('');
  const [recipients, setRecipients] = useState<string[]>([]);
  const [basis, setBasis] = useState<ReleaseBasis>('toestemming');
  const [decision, setDecision] = useState('');
  const [confirmation, setConfirmation] = useState<ReleaseConfirmation>('aanwezig');
  const [reference, setReference] = useState('');
  const [reason, setReason] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const { busy, error, settle, onSubmit } = useSubmit();
  const chosen = holder === '' ? (holders[0]?.id ?? '') : holder;
  const holderOrgId = holders.find((h) => h.id === chosen)?.organisationId ?? null;
  const nameOf = (id: string) => allOrganisations.find((o) => o.id === id)?.name ?? id;
  // The organisations this could go to: those at the meeting and those involved with the family, not the holder's own.
  const candidateIds = [...new Set([...(participants ?? []).map((p) => p.organisationId), ...(dossier?.involvements ?? []).map((i) => i.organisationId)])].filter(
    (id) => id !== holderOrgId,
  );
  const candidates = candidateIds.map((id) => ({ id, name: nameOf(id) })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const decisions = dossier?.conflictsOfDuties ?? [];

  const toggle = (id: string, on: boolean) => setRecipients((now) => (on ? [...now.filter((r) => r !== id), id] : now.filter((r) => r !== id)));

  const submit = onSubmit(async () => {
    const trimmed = reason.trim();
    const errors: Record<string, string> = {};
    const organisationIds = recipients.filter((id) => candidateIds.includes(id));
    if (organisationIds.length === 0) errors.organisations = t('meetingMode.release.organisationsRequired');
    if (basis === 'conflict_van_plichten' && decision === '') errors.decision = t('meetingMode.release.decisionRequired');
    if (confirmation === 'schriftelijk' && reference.trim() === '') errors.reference = t('meetingMode.release.referenceRequired');
    if (trimmed.length < 10 || trimmed.split(/\s+/).length < 2) errors.reason = t('meetingMode.release.reasonRequired');
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    await settle(() =>
      onRelease({
        holderProfessionalId: chosen,
        organisationIds,
        basis,
        conflictOfDutiesId: basis === 'conflict_van_plichten' ? decision : null,
        confirmation,
        confirmedAtMeetingId: confirmation === 'aanwezig' ? meetingId : null,
        writtenReference: confirmation === 'schriftelijk' ? reference.trim() : '',
        reason: trimmed,
      }),
    );
  });

  return (
    <form className="mm-release" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <p id={titleId} className="mm-release__title">
        {t('meetingMode.release.title', { what })}
      </p>
      {holders.length === 0 ? (
        <p>{t('meetingMode.release.noHolder')}</p>
      ) : (
        <>
          <div className="field">
            <label className="field__label" htmlFor={holderId}>
              {t('meetingMode.release.holder')}
            </label>
            <select id={holderId} className="field__input" value={chosen} onChange={(e) => setHolder(e.target.value)}>
              {holders.map((h) => (
                <option key={h.id} value={h.id}>
                  {h.label}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="subgroup" aria-describedby={fieldErrors.organisations ? `${titleId}-orgs-error` : undefined}>
            <legend>{t('meetingMode.release.organisations')}</legend>
            {candidates.length === 0 ? <p>{t('meetingMode.release.noOrganisations')}</p> : null}
            {candidates.map((o) => (
              <div className="checkbox" key={o.id}>
                <input id={`${titleId}-org-${o.id}`} type="checkbox" checked={recipients.includes(o.id)} onChange={(e) => toggle(o.id, e.target.checked)} />
                <label htmlFor={`${titleId}-org-${o.id}`} dir="auto">
                  {o.name}
                </label>
              </div>
            ))}
            {fieldErrors.organisations ? (
              <p id={`${titleId}-orgs-error`} className="field__error">
                {fieldErrors.organisations}
              </p>
            ) : null}
          </fieldset>
          <fieldset className="subgroup">
            <legend>{t('meetingMode.release.basis')}</legend>
            <div className="radio-row">
              {RELEASE_BASES.map((b) => (
                <div className="checkbox" key={b}>
                  <input id={`${titleId}-${b}`} type="radio" name={`${titleId}-basis`} value={b} checked={basis === b} onChange={() => setBasis(b)} />
                  <label htmlFor={`${titleId}-${b}`}>{t(`meetingMode.release.bases.${b}`)}</label>
                </div>
              ))}
            </div>
          </fieldset>
          {basis === 'conflict_van_plichten' ? (
            decisions.length === 0 ? (
              <p>{t('meetingMode.release.noDecision')}</p>
            ) : (
              <div className="field">
                <label className="field__label" htmlFor={decisionId}>
                  {t('meetingMode.release.decision')}
                </label>
                <select
                  id={decisionId}
                  className="field__input"
                  value={decision}
                  onChange={(e) => setDecision(e.target.value)}
                  aria-invalid={fieldErrors.decision ? true : undefined}
                  aria-describedby={fieldErrors.decision ? `${decisionId}-error` : undefined}
                >
                  <option value="">{t('meetingMode.release.decisionChoose')}</option>
                  {decisions.map((d) => (
                    <option key={d.id} value={d.id}>
                      {t('meetingMode.release.decisionOption', { date: toDutchDateInput(d.date), organisations: d.organisationIds.map(nameOf).join(', '), decidedBy: d.decidedBy })}
                    </option>
                  ))}
                </select>
                {fieldErrors.decision ? (
                  <p id={`${decisionId}-error`} className="field__error">
                    {fieldErrors.decision}
                  </p>
                ) : null}
              </div>
            )
          ) : null}
          <fieldset className="subgroup">
            <legend>{t('meetingMode.release.confirmation')}</legend>
            <div className="radio-row">
              {RELEASE_CONFIRMATIONS.map((c) => (
                <div className="checkbox" key={c}>
                  <input id={`${titleId}-c-${c}`} type="radio" name={`${titleId}-confirmation`} value={c} checked={confirmation === c} onChange={() => setConfirmation(c)} />
                  <label htmlFor={`${titleId}-c-${c}`}>{t(`meetingMode.release.confirmations.${c}`)}</label>
                </div>
              ))}
            </div>
          </fieldset>
          {confirmation === 'schriftelijk' ? (
            <TextField
              label={t('meetingMode.release.reference')}
              hint={t('meetingMode.release.referenceHint')}
              value={reference}
              onChange={(e) => setReference(e.target.value)}
              error={fieldErrors.reference ?? null}
              maxLength={300}
            />
          ) : null}
          <TextField
            label={t('meetingMode.release.reason')}
            hint={t('meetingMode.release.reasonHint')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={fieldErrors.reason ?? null}
            maxLength={1000}
          />
        </>
      )}
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <div className="button-row">
        {holders.length > 0 ? (
          <button type="submit" className="button" disabled={busy}>
            {t('meetingMode.release.submit')}
          </button>
        ) : null}
        {onCancel ? (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('meetingMode.release.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
