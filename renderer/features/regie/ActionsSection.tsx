import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegieOverview } from '../../../shared/contract/regieChannels';
import type { DirectoryContent } from '../../../shared/contract/registerChannels';
import { parseCalendarDay } from '../../../shared/domain/calendarDate';
import type { HouseholdMember } from '../../../shared/domain/records';
import { daysOverdue } from '../../../shared/regie/actionFollowUp';
import { ACTION_STATUSES, type ActionStatus, type RegieAction } from '../../../shared/regie/regieRecords';
import { addWorkingDaysTo, FEEDBACK_WORKING_DAYS } from '../../../shared/regie/workingDays';
import { AutosaveSelect } from '../../autosave/AutosaveFields';
import { DataTable } from '../../components/DataTable';
import { formatDate } from '../../format/dateTime';
import { toDutchDateInput } from '../../format/dutchDate';
import { FormFooter, SelectInput, TextInput } from '../../components/FormFields';
import { actionOwnerIds, OwnerSelect, ownerIds, ownerLabel } from './OwnerSelect';
import { signallersFirst } from '../../../shared/regie/familyChoices';
import { saveRegieField, writeRegie } from './loadRegie';
import { actionSave, newOpenAction } from './regieActionRequest';
import { useSubmit } from '../../api/useSubmit';
import { VerwijsindexInforming } from './VerwijsindexInforming';
import { saveAction, signalDiscussed } from './regieActions';
import { typedDate } from '../../format/typedDate';
import { DateField } from '../../components/DateField';

/** An action's status, saved as it is chosen (the actions table and the monitoring list). */
export function ActionStatusSelect({ familyId, action }: { familyId: string; action: RegieAction }) {
  const { t } = useTranslation();
  return (
    <AutosaveSelect
      className="regie-status"
      label={t('regie.actions.statusOf', { description: action.description })}
      value={action.status}
      choices={ACTION_STATUSES.map((s) => ({ value: s, label: t(`regie.actions.statuses.${s}`) }))}
      onSave={(v) => saveRegieField(familyId, () => saveAction({ ...actionSave(action), status: v as ActionStatus }))}
    />
  );
}

/** Actions (all but monitoring): what, owner, due date, status, children; plus adding one. */
export function ActionsSection({
  familyId,
  overview,
  directory,
  children,
  meetingId = null,
}: {
  familyId: string;
  overview: RegieOverview;
  directory: DirectoryContent;
  children: readonly HouseholdMember[];
  /** Meeting mode links a new action to the meeting that agreed it. */
  meetingId?: string | null;
}) {
  const { t, i18n } = useTranslation();
  const today = parseCalendarDay(overview.today)!;
  const actions = overview.actions.filter((a) => a.kind !== 'monitoring');
  const childName = (id: string) => children.find((c) => c.id === id)?.givenName ?? '';

  return (
    <section className="panel regie-panel" aria-labelledby="regie-actions-title">
      <h2 id="regie-actions-title">{t('regie.actions.title')}</h2>
      <DataTable
        className="regie-actions"
        empty={t('regie.actions.empty')}
        columns={[
          { header: t('regie.actions.what') },
          { header: t('regie.actions.owner') },
          { header: t('regie.actions.due'), cellClassName: 'table__nowrap' },
          { header: t('regie.actions.children') },
          { header: t('regie.actions.status') },
        ]}
        rows={actions.map((a) => {
          const late = daysOverdue(a, today);
          return {
            key: a.id,
            className: late > 0 ? 'regie-row--late' : undefined,
            cells: [
              <>
                <span className="badge regie-kind">{t(`regie.actions.kinds.${a.kind}`)}</span> <span dir="auto">{a.description}</span>
                {a.kind === 'verwijsindex' ? <VerwijsindexInforming familyId={familyId} action={a} children={children} today={today} /> : null}
              </>,
              ownerLabel(a, directory),
              <>
                {a.dueDate ? formatDate(a.dueDate, i18n.language) : '—'}
                {late > 0 ? <span className="regie-late">{t('regie.actions.overdue', { count: late })}</span> : null}
              </>,
              a.memberIds.length === 0 ? t('regie.actions.wholeFamily') : a.memberIds.map(childName).join(', '),
              <ActionStatusSelect familyId={familyId} action={a} />,
            ],
          };
        })}
      />
      <AddActionForm familyId={familyId} overview={overview} directory={directory} children={children} meetingId={meetingId} />
    </section>
  );
}

function AddActionForm({
  familyId,
  overview,
  directory,
  children,
  meetingId,
}: {
  familyId: string;
  overview: RegieOverview;
  directory: DirectoryContent;
  children: readonly HouseholdMember[];
  meetingId: string | null;
}) {
  const { t } = useTranslation();
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [about, setAbout] = useState<string[]>([]);
  const form = useSubmit();
  const errors = form.fieldErrors;

  const submit = form.onSubmit(async () => {
    const { day: dueDate, error: dueError } = typedDate(due, 'uiterste_datum', { today: overview.today });
    const rejected = form.rejects({
      description: description.trim() === '' ? t('regie.actions.descriptionRequired') : null,
      owner: owner === '' ? t('regie.owner.required') : null,
      due: due.trim() === '' ? t('regie.actions.dueRequired') : dueError,
    });
    if (rejected) return;
    const saved = await form.settle(() => writeRegie(familyId, () =>
      saveAction(newOpenAction({ familyId, kind: 'actie', description, ...actionOwnerIds(owner, directory), dueDate, memberIds: about, meetingId })),
    ));
    if (saved) {
      setDescription('');
      setDue('');
      setAbout([]);
    }
  });

  return (
    <form className="regie-form" onSubmit={submit} noValidate aria-labelledby="regie-action-add-title">
      <h3 id="regie-action-add-title">{t('regie.actions.addTitle')}</h3>
      <div className="field-grid">
        <TextInput label={t('regie.actions.description')} value={description} onChange={setDescription} error={errors.description} />
        <OwnerSelect
          label={t('regie.owner.label')}
          value={owner}
          onChange={setOwner}
          directory={directory}
          family={{ choices: overview.familyChoices, today: overview.today }}
          withFamily
          error={errors.owner}
        />
        <DateField label={t('regie.actions.dueLabel')} value={due} onChange={setDue} error={errors.due} />
      </div>
      {children.length > 0 ? (
        <fieldset className="regie-children">
          <legend>{t('regie.actions.aboutChildren')}</legend>
          {children.map((c) => (
            <div className="checkbox" key={c.id}>
              <input
                type="checkbox"
                id={`regie-about-${c.id}`}
                checked={about.includes(c.id)}
                onChange={(e) => setAbout(e.target.checked ? [...about, c.id] : about.filter((x) => x !== c.id))}
              />
              <label htmlFor={`regie-about-${c.id}`} dir="auto">
                {c.givenName}
              </label>
            </div>
          ))}
        </fieldset>
      ) : null}
      <FormFooter label={t('regie.actions.submit')} error={form.error} busy={form.busy} primary />
    </form>
  );
}

/** Terugkoppeling: a discussed signal becomes "signaalgever informeren", due in five working days by default. */
export function FeedbackSection({
  familyId,
  overview,
  directory,
  meetingId = null,
}: {
  familyId: string;
  overview: RegieOverview;
  directory: DirectoryContent;
  meetingId?: string | null;
}) {
  const { t } = useTranslation();
  const [signaller, setSignaller] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState(toDutchDateInput(addWorkingDaysTo(overview.today, FEEDBACK_WORKING_DAYS)));
  const signallers = signallersFirst(directory.organisations, overview.familyChoices.signallerOrganisationIds);
  const form = useSubmit();
  const errors = form.fieldErrors;

  const submit = form.onSubmit(async () => {
    const { day: dueDate, error: dueError } = typedDate(due, 'uiterste_datum', { today: overview.today });
    const rejected = form.rejects({
      signaller: signaller === '' ? t('regie.feedback.signallerRequired') : null,
      owner: owner === '' ? t('regie.owner.required') : null,
      due: dueError,
    });
    if (rejected) return;
    const saved = await form.settle(() => writeRegie(familyId, () =>
      signalDiscussed({ familyId, signallerOrganisationId: signaller, ...ownerIds(owner, directory), dueDate, meetingId }),
    ));
    if (saved) setSignaller('');
  });

  return (
    <section className="panel regie-panel" aria-labelledby="regie-feedback-title">
      <h2 id="regie-feedback-title">{t('regie.feedback.title')}</h2>
      <p className="muted">{t('regie.feedback.intro')}</p>
      {overview.signalsAwaitingFeedback.length > 0 ? (
        <div className="message message--warning">
          <p>{t('regie.feedback.pendingTitle', { count: overview.signalsAwaitingFeedback.length })}</p>
          <ul className="regie-pending">
            {overview.signalsAwaitingFeedback.map((s) => {
              const name = directory.organisations.find((o) => o.id === s.organisationId)?.name ?? '—';
              return (
                <li key={s.eventId}>
                  <span dir="auto">{t('regie.feedback.pendingItem', { organisation: name, summary: s.summary || '—' })}</span>{' '}
                  <button type="button" className="button button--small" onClick={() => setSignaller(s.organisationId)}>
                    {t('regie.feedback.useSignaller', { organisation: name })}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <form className="regie-form" onSubmit={submit} noValidate>
        <div className="field-grid">
          <SelectInput
            label={t('regie.feedback.signaller')}
            value={signaller}
            onChange={setSignaller}
            error={errors.signaller}
            choices={[
              { value: '', label: t('regie.choose') },
              ...signallers.family.map((o) => ({ value: o.id, label: o.name, group: t('regie.feedback.signalledGroup') })),
              ...signallers.others.map((o) => ({ value: o.id, label: o.name, group: signallers.family.length > 0 ? t('regie.feedback.otherGroup') : undefined })),
            ]}
          />
          <OwnerSelect
            label={t('regie.feedback.owner')}
            value={owner}
            onChange={setOwner}
            directory={directory}
            family={{ choices: overview.familyChoices, today: overview.today }}
            error={errors.owner}
          />
          <DateField label={t('regie.feedback.due')} hint={t('regie.feedback.dueHint', { count: FEEDBACK_WORKING_DAYS })} value={due} onChange={setDue} error={errors.due} />
        </div>
        <FormFooter label={t('regie.feedback.submit')} error={form.error} busy={form.busy} primary />
      </form>
    </section>
  );
}

/** Verwijsindex: a reminder action, created only when someone chooses to; never registered automatically. */
export function VerwijsindexSection({ familyId, overview, directory }: { familyId: string; overview: RegieOverview; directory: DirectoryContent }) {
  const { t } = useTranslation();
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const form = useSubmit();
  const errors = form.fieldErrors;

  const submit = form.onSubmit(async () => {
    const { day: dueDate, error: dueError } = typedDate(due, 'uiterste_datum', { today: overview.today });
    const rejected = form.rejects({
      owner: owner === '' ? t('regie.owner.required') : null,
      due: due.trim() === '' ? t('regie.actions.dueRequired') : dueError,
    });
    if (rejected) return;
    const saved = await form.settle(() => writeRegie(familyId, () =>
      saveAction(newOpenAction({ familyId, kind: 'verwijsindex', description: t('regie.vir.description'), ...ownerIds(owner, directory), dueDate })),
    ));
    if (saved) setDue('');
  });

  return (
    <section className="panel regie-panel" aria-labelledby="regie-vir-title">
      <h2 id="regie-vir-title">{t('regie.vir.title')}</h2>
      <p className="muted">{t('regie.vir.intro')}</p>
      <form className="regie-form" onSubmit={submit} noValidate>
        <div className="field-grid">
          <OwnerSelect
            label={t('regie.vir.owner')}
            value={owner}
            onChange={setOwner}
            directory={directory}
            family={{ choices: overview.familyChoices, today: overview.today }}
            error={errors.owner}
          />
          <DateField label={t('regie.vir.due')} value={due} onChange={setDue} error={errors.due} />
        </div>
        <FormFooter label={t('regie.vir.submit')} error={form.error} busy={form.busy} />
      </form>
    </section>
  );
}
