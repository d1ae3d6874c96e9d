import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../api/useSubmit';
import { RELEASE_BASES, type ReleaseBasis } from '../../../shared/contract/meetingModeChannels';
import type { Organisation } from '../../../shared/domain/records';
import { ErrorAlert } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { useDirectory } from '../../state/directoryStore';

export interface ReleaseRequest {
  holderProfessionalId: string;
  basis: ReleaseBasis;
  reason: string;
}

/**
 * Only the secrecy holder lifts medical secrecy: the form asks on whose authority (a professional of
 * the organisation the item comes from), on what basis (consent of the right person, or a conflict
 * van plichten) and why, in a sentence. Core checks all three again and refuses anything less.
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
  const directory = useDirectory((s) => s.content);
  const organisations = (directory?.organisations ?? []).filter(holderOrganisation);
  const holders = (directory?.professionals ?? [])
    .filter((p) => organisations.some((o) => o.id === p.organisationId))
    .map((p) => ({ id: p.id, label: `${p.name} (${organisations.find((o) => o.id === p.organisationId)?.name ?? ''})` }));
  const [holder, setHolder] = useState('');
  const [basis, setBasis] = useState<ReleaseBasis>('toestemming');
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const { busy, error, settle, onSubmit } = useSubmit();
  const chosen = holder === '' ? (holders[0]?.id ?? '') : holder;

  const submit = onSubmit(async () => {
    const trimmed = reason.trim();
    if (trimmed.length < 10 || trimmed.split(/\s+/).length < 2) {
      setFieldError(t('meetingMode.release.reasonRequired'));
      return;
    }
    setFieldError(null);
    await settle(() => onRelease({ holderProfessionalId: chosen, basis, reason: trimmed }));
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
          <TextField label={t('meetingMode.release.reason')} hint={t('meetingMode.release.reasonHint')} value={reason} onChange={(e) => setReason(e.target.value)} error={fieldError} maxLength={1000} />
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
