import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../api/useSubmit';
import { REQUEST_DECISIONS, type FamilyPrivacy } from '../../../shared/contract/privacyChannels';
import { RETENTION_CLASSES, RETENTION_RULES, type RetentionClass } from '../../../shared/retention/retentionClasses';
import { messageOf } from '../../api/apiError';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { formatDate } from '../../format/dateTime';
import { parseDutchDate, toDutchDateInput } from '../../format/dutchDate';
import { useDossier } from '../../state/dossierStore';
import { useNavigation } from '../../state/navigationStore';
import { SelectInput, TextInput } from '../../components/FormFields';
import { DestroyDialog } from './DestroyDialog';
import { destroyOutcome } from './destroyOutcome';
import { triggerSourceKey } from './triggerSourceKey';
import { usePrivacyNotice } from './privacyNoticeStore';
import './privacy.css';
import { exportInzage, fetchFamilyPrivacy, fetchRetention, recordPrivacyRequest, setFamilyRetention } from './privacyActions';
import { unreadableDateText } from '../../format/typedDate';
import { DateField } from '../../components/DateField';

/** Id of this tab in the dossier's registry (renderer/dossier/dossierTabs.tsx). */
export const PRIVACY_TAB_ID = 'inzage';

function RetentionSection({ familyId, info, onSaved }: { familyId: string; info: FamilyPrivacy; onSaved(): void }) {
  const { t, i18n } = useTranslation();
  const [cls, setCls] = useState<RetentionClass>(info.item.retentionClass);
  const [trigger, setTrigger] = useState(info.item.triggerSource === 'handmatig' ? toDutchDateInput(info.item.trigger) : '');
  const { error, setError, run } = useSubmit();
  const [status, setStatus] = useState<string | null>(null);
  const item = info.item;
  const save = async () => {
    const typed = trigger.trim();
    const day = typed === '' ? null : parseDutchDate(typed);
    if (typed !== '' && day === null) {
      setError(unreadableDateText(typed));
      return;
    }
    await run(
      () => setFamilyRetention({ familyId, retentionClass: cls, triggerDate: day }),
      () => {
        setStatus(t('privacy.tab.retentionSaved'));
        onSaved();
      },
    );
  };
  return (
    <section className="panel" aria-labelledby="privacy-tab-retention">
      <h2 id="privacy-tab-retention">{t('privacy.tab.retentionTitle')}</h2>
      <p>
        {item.dueDate
          ? t('privacy.tab.dueLine', { date: formatDate(item.dueDate, i18n.language), state: t(`privacy.states.${item.state}`) })
          : t('privacy.tab.noDue', { state: t(triggerSourceKey(item)) })}
      </p>
      <p className="muted">
        {info.helpEndedOn ? t('privacy.tab.helpEnded', { date: formatDate(info.helpEndedOn, i18n.language) }) : t('privacy.tab.helpRunning')}
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="field-grid">
          <SelectInput
            label={t('privacy.tab.classLabel')}
            value={cls}
            onChange={(v) => setCls(v as RetentionClass)}
            choices={RETENTION_CLASSES.map((c) => ({ value: c, label: t(`privacy.classes.${c}`) }))}
          />
          <TextInput
            label={t('privacy.tab.triggerLabel')}
            hint={`${t('privacy.dateHint')}. ${RETENTION_RULES[cls].trigger === 'schoolverlating' ? t('privacy.tab.triggerHintSchool') : ''}`.trim()}
            value={trigger}
            onChange={setTrigger}
            maxLength={10}
            error={error}
          />
        </div>
        <button type="submit" className="button">
          {t('privacy.tab.saveRetention')}
        </button>
      </form>
      {status ? <StatusMessage tone="success">{status}</StatusMessage> : null}
    </section>
  );
}

function InzageSection({ familyId, info }: { familyId: string; info: FamilyPrivacy }) {
  const { t } = useTranslation();
  const [who, setWho] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const { error, run } = useSubmit();
  const exportAs = (format: 'pdf' | 'json') =>
    run(
      () => exportInzage({ familyId, memberId: who === '' ? null : who, format }),
      (r) => setStatus(r.saved && r.fileName ? t('privacy.exported', { fileName: r.fileName }) : t('privacy.exportCancelled')),
    );
  return (
    <section className="panel" aria-labelledby="privacy-tab-inzage">
      <h2 id="privacy-tab-inzage">{t('privacy.tab.inzageTitle')}</h2>
      <p>{t('privacy.tab.inzageIntro')}</p>
      <div className="field-grid">
        <SelectInput
          label={t('privacy.tab.inzageWho')}
          value={who}
          onChange={setWho}
          choices={[{ value: '', label: t('privacy.tab.wholeFamily') }, ...info.requesters.map((m) => ({ value: m.memberId, label: m.name }))]}
        />
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void exportAs('pdf')}>
          {t('privacy.tab.exportPdf')}
        </button>
        <button type="button" className="button" onClick={() => void exportAs('json')}>
          {t('privacy.tab.exportJson')}
        </button>
      </div>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      {status ? <StatusMessage tone="success">{status}</StatusMessage> : null}
    </section>
  );
}

function RequestSection({ familyId, info, today, onSaved }: { familyId: string; info: FamilyPrivacy; today: string; onSaved(): void }) {
  const { t, i18n } = useTranslation();
  const [requester, setRequester] = useState('');
  const [date, setDate] = useState(toDutchDateInput(today));
  const [decision, setDecision] = useState<(typeof REQUEST_DECISIONS)[number]>('toegewezen');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ requester?: string; date?: string }>({});
  const { error, run } = useSubmit();
  const [status, setStatus] = useState<string | null>(null);
  const chosen = info.requesters.find((r) => r.memberId === requester);
  const save = async () => {
    const problems: { requester?: string; date?: string } = {};
    if (!chosen) problems.requester = t('privacy.tab.requesterRequired');
    else if (!chosen.allowed) problems.requester = t('privacy.tab.notAllowed', { name: chosen.name, reason: chosen.reason });
    const day = parseDutchDate(date);
    if (day === null) problems.date = unreadableDateText(date);
    setErrors(problems);
    if (problems.requester || problems.date || !chosen || day === null) return;
    await run(
      () => recordPrivacyRequest({ familyId, requesterMemberId: chosen.memberId, requestDate: day, decision, decisionNote: note.trim() }),
      () => {
        setStatus(t('privacy.tab.requestRecorded'));
        setRequester('');
        setNote('');
        onSaved();
      },
    );
  };
  return (
    <section className="panel" aria-labelledby="privacy-tab-request">
      <h2 id="privacy-tab-request">{t('privacy.tab.requestTitle')}</h2>
      <p>{t('privacy.tab.requestIntro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="field-grid">
          <SelectInput
            label={t('privacy.tab.requester')}
            value={requester}
            onChange={setRequester}
            error={errors.requester ?? null}
            hint={chosen && !chosen.allowed ? chosen.reason : undefined}
            choices={[
              { value: '', label: t('privacy.tab.requesterChoose') },
              ...info.requesters.map((m) => ({ value: m.memberId, label: m.as ? `${m.name} (${t(`privacy.requesterRoles.${m.as}`)})` : m.name })),
            ]}
          />
          <DateField label={t('privacy.tab.requestDate')} value={date} onChange={setDate} error={errors.date ?? null} />
        </div>
        <fieldset className="subgroup">
          <legend>{t('privacy.tab.decision')}</legend>
          <div className="radio-row">
            {REQUEST_DECISIONS.map((d) => (
              <label key={d} className="checkbox">
                <input type="radio" name={`decision-${familyId}`} value={d} checked={decision === d} onChange={() => setDecision(d)} />
                {t(`privacy.decisions.${d}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <TextInput label={t('privacy.tab.decisionNote')} hint={t('privacy.tab.decisionNoteHint')} value={note} onChange={setNote} maxLength={300} />
        <button type="submit" className="button">
          {t('privacy.tab.recordRequest')}
        </button>
      </form>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      {status ? <StatusMessage tone="success">{status}</StatusMessage> : null}
      {info.requests.length > 0 ? (
        <>
          <h3>{t('privacy.tab.requests')}</h3>
          <ul>
            {info.requests.map((r) => (
              <li key={r.id}>
                {t('privacy.tab.requestLine', {
                  date: formatDate(r.requestDate, i18n.language),
                  role: t(`privacy.requesterRoles.${r.requesterRole}`),
                  decision: t(`privacy.decisions.${r.decision}`),
                })}
                {r.decisionNote ? <span dir="auto"> — {r.decisionNote}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/**
 * The dossier tab "Inzage en vernietiging": the family's retention class and due date, inzage and
 * portability exports (family or one person), requests for early destruction, and destruction.
 */
export function PrivacyTab({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const [info, setInfo] = useState<FamilyPrivacy | null>(null);
  const [today, setToday] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const displayName = useDossier((s) => (s.dossier?.family.id === familyId ? s.dossier.family.displayName : ''));

  const load = useCallback(async () => {
    try {
      const [p, r] = await Promise.all([fetchFamilyPrivacy({ familyId }), fetchRetention()]);
      setInfo(p);
      setToday(r.today);
    } catch (e) {
      setError(messageOf(e, t));
    }
  }, [familyId, t]);

  useEffect(() => {
    void load();
  }, [load]);

  if (!info || today === null) return error ? <ErrorAlert>{error}</ErrorAlert> : <p role="status">{t('privacy.loading')}</p>;
  const granted = info.requests.find((r) => r.decision === 'toegewezen' && r.destroyedAt === null) ?? null;

  return (
    <div className="privacy-tab">
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <RetentionSection key={`${info.item.retentionClass}-${info.item.trigger ?? ''}`} familyId={familyId} info={info} onSaved={() => void load()} />
      <InzageSection familyId={familyId} info={info} />
      <RequestSection familyId={familyId} info={info} today={today} onSaved={() => void load()} />
      <section className="panel" aria-labelledby="privacy-tab-destroy">
        <h2 id="privacy-tab-destroy">{t('privacy.tab.destroyTitle')}</h2>
        <p>{t('privacy.tab.destroyIntro')}</p>
        <button type="button" className="button button--danger" onClick={() => setDialogOpen(true)}>
          {t('privacy.tab.destroyButton')}
        </button>
      </section>
      {dialogOpen ? (
        <DestroyDialog
        targets={[{ familyId, displayName }]}
        requestId={granted?.id ?? null}
        initialReason={granted ? 'verzoek_betrokkene' : info.item.state === 'verlopen' ? 'bewaartermijn_verstreken' : 'anders'}
        onCancel={() => setDialogOpen(false)}
        onDone={(result) => {
          setDialogOpen(false);
          // The family is gone: leave its dossier, say what happened on the privacy screen.
          usePrivacyNotice.getState().setNotice(destroyOutcome(result, t));
          useDossier.getState().setDossier(null);
          useNavigation.getState().go('privacy');
        }}
        />
      ) : null}
    </div>
  );
}
