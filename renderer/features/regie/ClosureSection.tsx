import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegieOverview } from '../../../shared/contract/regieChannels';
import type { DirectoryContent } from '../../../shared/contract/registerChannels';
import type { HouseholdMember } from '../../../shared/domain/records';
import { REQUIRED_TOPICS, type RequiredTopicKind } from '../../../shared/contract/assessmentChannels';
import { actionsToCarryOver, type GateMissing } from '../../../shared/regie/closureGate';
import type { RequestOf } from '../../../shared/contract/channels';
import type { ChildSeen } from '../../../shared/regie/regieRecords';
import { AutosaveDate, AutosaveText } from '../../autosave/AutosaveFields';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { formatDate } from '../../format/dateTime';
import { ActionStatusSelect } from './ActionsSection';
import { FormFooter, TextInput } from '../../components/FormFields';
import { OwnerSelect, ownerIds, ownerLabel, type OwnerFamily } from './OwnerSelect';
import { saveRegieField, writeRegie } from './loadRegie';
import { actionSave, newOpenAction } from './regieActionRequest';
import { useSubmit } from '../../api/useSubmit';
import { closeRegie, reopenRegie, saveAction, saveClosure } from './regieActions';

type Translate = ReturnType<typeof useTranslation>['t'];

const isRequiredTopic = (topic: string): topic is RequiredTopicKind => (REQUIRED_TOPICS as readonly string[]).includes(topic);

/** The values a missing item's sentence names: the child, the action, the level, the topic. */
function missingValues(m: GateMissing, t: Translate, language: string): Record<string, string | number> {
  switch (m.code) {
    case 'risk_level':
      return { name: m.name, level: t(`assessment.level.${m.level}`) };
    case 'child_seen_stale':
      return { name: m.name, date: formatDate(m.date, language), weeks: m.weeks };
    case 'required_topic':
      return { topic: t(`regie.closure.topics.${isRequiredTopic(m.topic) ? m.topic : 'other'}`), name: m.name || t('regie.closure.theFamily') };
    default:
      return 'name' in m ? { name: m.name } : 'description' in m ? { description: m.description } : {};
  }
}

function missingKey(m: GateMissing): string {
  return `${m.code}-${'memberId' in m ? m.memberId : 'actionId' in m ? m.actionId : 'topicId' in m ? m.topicId : 'key' in m ? m.key : ''}`;
}

function MissingList({ missing }: { missing: readonly GateMissing[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="regie-missing">
      {missing.map((m) => (
        <li key={missingKey(m)}>
          {t(`regie.closure.missing.${m.code}`, missingValues(m, t, i18n.language))}
        </li>
      ))}
    </ul>
  );
}

/**
 * Closing or scaling down (omgekeerde bewijslast): the judgement, each child's contact, monitoring
 * and the open actions' carry-over, what is still missing (as core computed it with the shared gate),
 * and the buttons.
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
  const gate = overview.gate;
  const openActions = actionsToCarryOver(overview.actions);
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
      </div>
      {children.map((c) => (
        <ChildContact key={c.id} familyId={familyId} child={c} contact={closure?.childrenSeen.find((s) => s.memberId === c.id) ?? null} weeks={overview.contactWeeks} />
      ))}
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
      <AddMonitoringForm familyId={familyId} directory={directory} family={{ choices: overview.familyChoices, today: overview.today }} />

      {openActions.length > 0 ? (
        <>
          <h3>{t('regie.closure.openActionsTitle')}</h3>
          <p className="muted">{t('regie.closure.openActionsIntro')}</p>
          <ul className="regie-monitoring">
            {openActions.map((a) => (
              <li key={a.id}>
                <span dir="auto">{a.description}</span> — {ownerLabel(a, directory)}
                <ActionStatusSelect familyId={familyId} action={a} />
                <AutosaveText
                  label={t('regie.closure.carryOver', { description: a.description })}
                  value={a.carryOverReason}
                  maxLength={2000}
                  onSave={(v) => saveRegieField(familyId, () => saveAction({ ...actionSave(a), carryOverReason: v }))}
                />
              </li>
            ))}
          </ul>
        </>
      ) : null}

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

/**
 * The structured safety judgement for one child: who saw and spoke the child, on which day, what was
 * seen, and what keeps the child safe now. Each field is saved as it is left.
 */
type ChildSeenPatch = NonNullable<RequestOf<'regie:saveClosure'>['childSeen']>;

function ChildContact({ familyId, child, contact, weeks }: { familyId: string; child: HouseholdMember; contact: ChildSeen | null; weeks: number }) {
  const { t } = useTranslation();
  const save = (patch: Omit<ChildSeenPatch, 'memberId'>) => saveRegieField(familyId, () => saveClosure({ familyId, childSeen: { memberId: child.id, ...patch } }));
  const headingId = `regie-contact-${child.id}`;
  return (
    <fieldset className="regie-contact" aria-labelledby={headingId}>
      <legend id={headingId}>{t('regie.closure.contactTitle', { name: child.givenName, weeks })}</legend>
      <div className="field-grid">
        <AutosaveDate label={t('regie.closure.childSeen', { name: child.givenName })} value={contact?.date ?? null} onSave={(v) => save({ date: v })} />
        <AutosaveText label={t('regie.closure.seenBy', { name: child.givenName })} value={contact?.seenBy ?? ''} maxLength={200} onSave={(v) => save({ seenBy: v })} />
        <AutosaveText
          label={t('regie.closure.observation', { name: child.givenName })}
          value={contact?.observation ?? ''}
          multiline
          rows={2}
          maxLength={4000}
          onSave={(v) => save({ observation: v })}
        />
        <AutosaveText
          label={t('regie.closure.keepsSafe', { name: child.givenName })}
          value={contact?.keepsSafe ?? ''}
          multiline
          rows={2}
          maxLength={4000}
          onSave={(v) => save({ keepsSafe: v })}
        />
      </div>
    </fieldset>
  );
}

function AddMonitoringForm({ familyId, directory, family }: { familyId: string; directory: DirectoryContent; family: OwnerFamily }) {
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
        <OwnerSelect label={t('regie.owner.label')} value={owner} onChange={setOwner} directory={directory} family={family} error={errors.owner} />
      </div>
      <FormFooter label={t('regie.closure.monitoringSubmit')} error={form.error} busy={form.busy} />
    </form>
  );
}
