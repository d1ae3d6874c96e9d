import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegieOverview } from '../../../shared/contract/regieChannels';
import type { DirectoryContent } from '../../../shared/contract/registerChannels';
import { parseCalendarDay } from '../../../shared/domain/calendarDate';
import type { HouseholdMember } from '../../../shared/domain/records';
import { closureGate, type GateMissing } from '../../../shared/regie/closureGate';
import { AutosaveDate, AutosaveText } from '../../autosave/AutosaveFields';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { formatDate } from '../../format/dateTime';
import { ActionStatusSelect } from './ActionsSection';
import { FormFooter, TextInput } from '../../components/FormFields';
import { OwnerSelect, ownerIds, ownerLabel } from './OwnerSelect';
import { saveRegieField, writeRegie } from './loadRegie';
import { newOpenAction } from './regieActionRequest';
import { useSubmit } from '../../api/useSubmit';
import { closeRegie, reopenRegie, saveAction, saveClosure } from './regieActions';

function MissingList({ missing }: { missing: readonly GateMissing[] }) {
  const { t } = useTranslation();
  return (
    <ul className="regie-missing">
      {missing.map((m) => (
        <li key={`${m.code}-${'memberId' in m ? m.memberId : 'actionId' in m ? m.actionId : ''}`}>
          {t(`regie.closure.missing.${m.code}`, 'name' in m ? { name: m.name } : 'description' in m ? { description: m.description } : 'level' in m ? { level: t(`assessment.level.${m.level}`) } : {})}
        </li>
      ))}
    </ul>
  );
}

/**
 * Closing or scaling down (omgekeerde bewijslast): the three things the gate asks for, what is still
 * missing (the same shared rule core applies), and the buttons.
 */
export function ClosureSection({
  familyId,
  overview,
  directory,
  children,
}: {
  familyId: string;
  overview: RegieOverview;
  directory: DirectoryContent;
  children: readonly HouseholdMember[];
}) {
  const { t, i18n } = useTranslation();
  const [refusal, setRefusal] = useState<GateMissing[] | null>(null);
  const { busy, error, setError, settle } = useSubmit();
  const closure = overview.closure;
  const monitoring = overview.actions.filter((a) => a.kind === 'monitoring');
  const gate = closureGate({
    safetyJudgement: closure?.safetyJudgement ?? '',
    safetyJudgementDate: closure?.safetyJudgementDate ?? null,
    children: children.map((c) => ({ id: c.id, name: `${c.givenName} ${c.familyName}`.trim() })),
    childrenSeen: closure?.childrenSeen ?? [],
    monitoring,
    ...overview.closureRisk,
    today: parseCalendarDay(overview.today)!,
  });
  const status = closure?.status ?? 'open';

  const close = async (outcome: 'gesloten' | 'afgeschaald') => {
    if (busy) return;
    if (!gate.allowed) {
      setRefusal(gate.missing);
      setError(null);
      return;
    }
    setRefusal(null);
    await settle(() => writeRegie(familyId, () => closeRegie({ familyId, outcome })));
  };
  const reopen = () => settle(() => writeRegie(familyId, () => reopenRegie({ familyId })));

  return (
    <section className="panel regie-panel" aria-labelledby="regie-closure-title">
      <h2 id="regie-closure-title">{t('regie.closure.title')}</h2>
      <p className="muted">{t('regie.closure.intro')}</p>
      <p>
        <strong>
          {t('regie.closure.status', { status: t(`regie.closure.statuses.${status}`) })}
          {closure?.closedOn ? ` ${t('regie.closure.closedOn', { date: formatDate(closure.closedOn, i18n.language) })}` : ''}
        </strong>
      </p>
      <div className="field-grid">
        <AutosaveText
          label={t('regie.closure.judgement')}
          value={closure?.safetyJudgement ?? ''}
          multiline
          rows={3}
          maxLength={4000}
          onSave={(v) => saveRegieField(familyId, () => saveClosure({ familyId, safetyJudgement: v }))}
        />
        <AutosaveDate
          label={t('regie.closure.judgementDate')}
          value={closure?.safetyJudgementDate ?? null}
          onSave={(v) => saveRegieField(familyId, () => saveClosure({ familyId, safetyJudgementDate: v }))}
        />
        {children.map((c) => (
          <AutosaveDate
            key={c.id}
            label={t('regie.closure.childSeen', { name: c.givenName })}
            value={closure?.childrenSeen.find((s) => s.memberId === c.id)?.date ?? null}
            onSave={(v) => saveRegieField(familyId, () => saveClosure({ familyId, childSeen: { memberId: c.id, date: v } }))}
          />
        ))}
      </div>
      {children.length === 0 ? <p>{t('regie.closure.noChildren')}</p> : null}

      <h3>{t('regie.closure.monitoringTitle')}</h3>
      {monitoring.length === 0 ? (
        <p>{t('regie.closure.monitoringEmpty')}</p>
      ) : (
        <ul className="regie-monitoring">
          {monitoring.map((m) => (
            <li key={m.id}>
              <span dir="auto">{m.description}</span> — {ownerLabel(m, directory)}
              <ActionStatusSelect familyId={familyId} action={m} />
            </li>
          ))}
        </ul>
      )}
      <AddMonitoringForm familyId={familyId} directory={directory} />

      <div className="regie-gate" aria-labelledby="regie-gate-title" role="group">
        <h3 id="regie-gate-title">{t('regie.closure.missingTitle')}</h3>
        {gate.allowed ? <p>{t('regie.closure.allPresent')}</p> : <MissingList missing={gate.missing} />}
      </div>
      {refusal ? (
        <ErrorAlert>
          <p>{t('regie.closure.blocked')}</p>
          <MissingList missing={refusal} />
        </ErrorAlert>
      ) : null}
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      {status !== 'open' ? <StatusMessage tone="success">{t('regie.closure.closedMessage', { status: t(`regie.closure.statuses.${status}`) })}</StatusMessage> : null}
      <div className="button-row">
        {status === 'open' ? (
          <>
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void close('gesloten')}>
              {t('regie.closure.close')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void close('afgeschaald')}>
              {t('regie.closure.scaleDown')}
            </button>
          </>
        ) : (
          <button type="button" className="button" disabled={busy} onClick={() => void reopen()}>
            {t('regie.closure.reopen')}
          </button>
        )}
      </div>
    </section>
  );
}

function AddMonitoringForm({ familyId, directory }: { familyId: string; directory: DirectoryContent }) {
  const { t } = useTranslation();
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const form = useSubmit();
  const errors = form.fieldErrors;

  const submit = form.onSubmit(async () => {
    const rejected = form.rejects({
      description: description.trim() === '' ? t('regie.actions.descriptionRequired') : null,
      owner: owner === '' ? t('regie.owner.required') : null,
    });
    if (rejected) return;
    const saved = await form.settle(() => writeRegie(familyId, () =>
      saveAction(newOpenAction({ familyId, kind: 'monitoring', description, ...ownerIds(owner, directory), dueDate: null })),
    ));
    if (saved) setDescription('');
  });

  return (
    <form className="regie-form" onSubmit={submit} noValidate>
      <div className="field-grid">
        <TextInput label={t('regie.closure.monitoringDescription')} value={description} onChange={setDescription} error={errors.description} />
        <OwnerSelect label={t('regie.owner.label')} value={owner} onChange={setOwner} directory={directory} error={errors.owner} />
      </div>
      <FormFooter label={t('regie.closure.monitoringSubmit')} error={form.error} busy={form.busy} />
    </form>
  );
}
