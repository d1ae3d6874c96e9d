import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoverImportPreview } from '../../../shared/contract/handoverChannels';
import { useSubmit } from '../../api/useSubmit';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { TextInput } from '../../components/FormFields';
import { TextField } from '../../components/TextField';
import { formatDate } from '../../format/dateTime';
import { declinePackage, importPackage, openPackage, openReceipt } from './handoverActions';

/** Per package family: '' = not chosen yet, 'nieuw' = a new family, else the id to merge into. */
type Choices = Record<number, string>;

function PackagePreview({ preview, choices, onChoose, missing }: { preview: HandoverImportPreview; choices: Choices; onChoose(position: number, value: string): void; missing: number[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div>
      <p>
        <strong dir="auto">{t('handover.from', { organisation: preview.sender.organisation, operator: preview.sender.operator, date: formatDate(preview.createdAt, i18n.language) })}</strong>
      </p>
      <p className="muted" dir="auto">
        {t('handover.withheldAtSender', { withheld: preview.withheld })}
      </p>
      {preview.newOrganisations.length > 0 ? <p dir="auto">{t('handover.newOrganisations', { names: preview.newOrganisations.join(', ') })}</p> : null}
      {preview.families.map((f) => (
        <section key={f.position} aria-labelledby={`handover-family-${f.position}`}>
          <h3 id={`handover-family-${f.position}`} dir="auto">
            {t('handover.familyHeading', { position: f.position, name: f.displayName, basis: t(`vocab.legalBasis.${f.sharedOn}`) })}
          </h3>
          <h4>{t('handover.members')}</h4>
          <ul>
            {f.members.map((m, n) => (
              <li key={n} dir="auto">
                {t('handover.member', {
                  name: m.name,
                  role: t(`vocab.memberRole.${m.role}`),
                  birth: m.birthDate ? t('handover.born', { date: formatDate(m.birthDate, i18n.language) }) : '',
                })}
              </li>
            ))}
          </ul>
          <h4>{t('handover.items')}</h4>
          <ul>
            {f.items.map((item, n) => (
              <li key={n} dir="auto">
                {t('handover.item', { label: item.label, provenance: item.provenance })}
              </li>
            ))}
          </ul>
          {f.matches.length > 0 ? (
            <fieldset className="subgroup" aria-describedby={missing.includes(f.position) ? `handover-match-error-${f.position}` : undefined}>
              <legend>{t('handover.matchLegend')}</legend>
              {f.matches.map((m) => (
                <div className="checkbox" key={m.familyId}>
                  <input
                    id={`handover-merge-${f.position}-${m.familyId}`}
                    type="radio"
                    name={`handover-choice-${f.position}`}
                    checked={choices[f.position] === m.familyId}
                    onChange={() => onChoose(f.position, m.familyId)}
                  />
                  <label htmlFor={`handover-merge-${f.position}-${m.familyId}`} dir="auto">
                    {t('handover.mergeWith', { name: m.displayName, reason: m.reason })}
                  </label>
                </div>
              ))}
              <div className="checkbox">
                <input id={`handover-new-${f.position}`} type="radio" name={`handover-choice-${f.position}`} checked={choices[f.position] === 'nieuw'} onChange={() => onChoose(f.position, 'nieuw')} />
                <label htmlFor={`handover-new-${f.position}`}>{t('handover.asNew')}</label>
              </div>
              {missing.includes(f.position) ? (
                <p className="field__error" id={`handover-match-error-${f.position}`}>
                  {t('handover.chooseMatch')}
                </p>
              ) : null}
            </fieldset>
          ) : null}
        </section>
      ))}
    </div>
  );
}

/**
 * Instellingen → Overdracht ontvangen: the passphrase, then the host's open dialog; core verifies
 * and decrypts the package and shows what arrives before anything is written. The same child
 * already in the vault is offered for a merge, never merged without the user's choice. After the
 * import (or a decline with a reason) the receipt goes to the save dialog.
 */
export function ReceiveHandoverSection() {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [opened, setOpened] = useState<{ token: string; preview: HandoverImportPreview } | null>(null);
  const [choices, setChoices] = useState<Choices>({});
  const [missing, setMissing] = useState<number[]>([]);
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<string[]>([]);
  const open = useSubmit({ fieldOf: (code) => (code === 'package_wrong_passphrase' ? 'passphrase' : undefined) });
  const write = useSubmit();

  const choose = open.onSubmit(async () => {
    setOutcome([]);
    if (open.rejects({ passphrase: passphrase === '' ? t('form.required') : null })) return;
    setOpened(null);
    await open.run(
      () => openPackage({ passphrase }),
      (r) => {
        if (r === null) {
          setOutcome([t('handover.noFile')]);
          return;
        }
        setOpened(r);
        setChoices({});
        setMissing([]);
      },
    );
  });

  const finish = (lines: string[]) => {
    setOpened(null);
    setPassphrase('');
    setReason('');
    setOutcome(lines);
  };

  const importNow = () => {
    if (opened === null) return;
    const undecided = opened.preview.families.filter((f) => f.matches.length > 0 && (choices[f.position] ?? '') === '').map((f) => f.position);
    setMissing(undecided);
    if (undecided.length > 0) return;
    const chosen = opened.preview.families
      .filter((f) => (choices[f.position] ?? '') !== '')
      .map((f) => ({ position: f.position, mergeInto: choices[f.position] === 'nieuw' ? null : choices[f.position]! }));
    void write.run(
      () => importPackage({ token: opened.token, choices: chosen }),
      (r) =>
        finish([
          t('handover.imported', { count: r.familyIds.length, items: r.items }),
          r.receiptFileName ? t('handover.receiptSaved', { fileName: r.receiptFileName }) : t('handover.receiptNotSaved'),
        ]),
    );
  };

  const decline = () => {
    if (opened === null) return;
    if (write.rejects({ reason: reason.trim().length < 3 ? t('handover.reasonRequired') : null })) return;
    void write.run(
      () => declinePackage({ token: opened.token, reason: reason.trim() }),
      (r) => finish([t('handover.declined'), r.receiptFileName ? t('handover.receiptSaved', { fileName: r.receiptFileName }) : t('handover.receiptNotSaved')]),
    );
  };

  return (
    <section className="panel" aria-labelledby="handover-receive-title">
      <h2 id="handover-receive-title">{t('handover.receiveTitle')}</h2>
      <p>{t('handover.receiveIntro')}</p>
      <form className="form" onSubmit={choose} noValidate>
        <TextField
          label={t('handover.receivePassphrase')}
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          error={open.fieldErrors.passphrase ?? null}
        />
        {open.error ? <ErrorAlert>{open.error}</ErrorAlert> : null}
        {open.busy ? <StatusMessage>{t('handover.checking')}</StatusMessage> : null}
        <div className="button-row">
          <button type="submit" className="button" disabled={open.busy || write.busy}>
            {t('handover.chooseFile')}
          </button>
        </div>
      </form>
      {opened !== null ? (
        <>
          <PackagePreview preview={opened.preview} choices={choices} onChoose={(position, value) => setChoices({ ...choices, [position]: value })} missing={missing} />
          {write.error ? <ErrorAlert>{write.error}</ErrorAlert> : null}
          {write.busy ? <StatusMessage>{t('handover.importing')}</StatusMessage> : null}
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={importNow} disabled={write.busy}>
              {t('handover.import')}
            </button>
          </div>
          <TextInput label={t('handover.declineReason')} hint={t('handover.declineHint')} value={reason} onChange={setReason} maxLength={1000} error={write.fieldErrors.reason ?? null} />
          <div className="button-row">
            <button type="button" className="button" onClick={decline} disabled={write.busy}>
              {t('handover.decline')}
            </button>
          </div>
        </>
      ) : null}
      {outcome.map((line) => (
        <StatusMessage key={line} tone="success">
          {line}
        </StatusMessage>
      ))}
    </section>
  );
}

/** Instellingen → Ontvangstbevestiging inlezen: closes a handover this vault sent. */
export function ReceiptSection() {
  const { t, i18n } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [outcome, setOutcome] = useState<string | null>(null);
  const { busy, error, fieldErrors, rejects, run, onSubmit } = useSubmit({ fieldOf: (code) => (code === 'package_wrong_passphrase' ? 'passphrase' : undefined) });
  const submit = onSubmit(async () => {
    setOutcome(null);
    if (rejects({ passphrase: passphrase === '' ? t('form.required') : null })) return;
    await run(
      () => openReceipt({ passphrase }),
      (r) => {
        if (r === null) {
          setOutcome(t('handover.noFile'));
          return;
        }
        setPassphrase('');
        const date = formatDate(r.receivedAt, i18n.language);
        setOutcome(r.status === 'aanvaard' ? t('handover.receiptAccepted', { who: r.receivedBy, date }) : t('handover.receiptDeclined', { who: r.receivedBy, date }));
      },
    );
  });
  return (
    <section className="panel" aria-labelledby="handover-receipt-title">
      <h2 id="handover-receipt-title">{t('handover.receiptTitle')}</h2>
      <p>{t('handover.receiptIntro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('handover.receivePassphrase')}
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          error={fieldErrors.passphrase ?? null}
        />
        {error ? <ErrorAlert>{error}</ErrorAlert> : null}
        {outcome ? <StatusMessage tone="success">{outcome}</StatusMessage> : null}
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {t('handover.chooseReceipt')}
          </button>
        </div>
      </form>
    </section>
  );
}
