import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyPlanOverview } from '../../../shared/contract/familyPlanChannels';
import type { DirectoryContent } from '../../../shared/contract/registerChannels';
import { parseCalendarDay } from '../../../shared/domain/calendarDate';
import type { AgreedBy, PlanVersion } from '../../../shared/familyPlan/familyPlanRecords';
import { daysOverdue } from '../../../shared/regie/actionFollowUp';
import { useLoad } from '../../api/useLoad';
import { useSubmit } from '../../api/useSubmit';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { DataTable } from '../../components/DataTable';
import { FormFooter, TextInput } from '../../components/FormFields';
import { formatDate } from '../../format/dateTime';
import { parseDutchDate, toDutchDateInput } from '../../format/dutchDate';
import { useSaveStatus } from '../../autosave/saveStatusStore';
import { useDirectory } from '../../state/directoryStore';
import { useDirectoryLoaded } from '../../state/loadDirectory';
import { ownerLabel } from '../regie/OwnerSelect';
import { agreePlan, exportActionCalendar, exportPlanLetter, loadFamilyPlan, removeNetworkMember, saveAgreement, saveNetworkMember, updatePlan } from './familyPlanActions';
import { PlanOwnerSelect, planOwnerIds } from './PlanOwnerSelect';
import './familyPlan.css';
import { unreadableDateText } from '../../format/typedDate';
import { DateField } from '../../components/DateField';

/**
 * Gezinsplan: the family's own plan. The family's view and wishes, goals in their words, when it was
 * talked through, the network, the agreements (whoever carries them out: the family, someone of
 * the network or a professional), agreeing it as a version, and the letter to the family per
 * version. Every change is saved at once and reloads the plan, so the status line always says
 * whether the screen shows an agreed version or the draft of the next one.
 */
export function FamilyPlanTab({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const [reloads, setReloads] = useState(0);
  const revision = useSaveStatus((s) => s.revision);
  const { data: plan, error } = useLoad(() => loadFamilyPlan(familyId), [familyId, reloads, revision]);
  // The sociale kaart from its one store: the professionals an agreement can be given to.
  const directoryError = useDirectoryLoaded();
  const directory = useDirectory((s) => s.content);
  const reload = () => setReloads((n) => n + 1);

  if (plan === undefined || directory === null) {
    const failed = error ?? directoryError;
    return failed ? <ErrorAlert>{failed}</ErrorAlert> : <p role="status">{t('familyPlan.loading')}</p>;
  }
  return (
    <div className="family-plan">
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <PlanStatus plan={plan} />
      <ViewSection plan={plan} onSaved={reload} />
      <GoalsSection plan={plan} onSaved={reload} />
      <NetworkSection plan={plan} onSaved={reload} />
      <AgreementsSection plan={plan} directory={directory} onSaved={reload} />
      <AgreeSection plan={plan} onSaved={reload} />
      <VersionsSection plan={plan} />
    </div>
  );
}

function PlanStatus({ plan }: { plan: FamilyPlanOverview }) {
  const { t, i18n } = useTranslation();
  const latest = plan.versions[0];
  const contact = plan.aanspreekpunt;
  return (
    <section className="panel family-plan__status" aria-labelledby="family-plan-status-title">
      <h2 id="family-plan-status-title">{t('familyPlan.tab')}</h2>
      <p role="status">
        {latest === undefined
          ? t('familyPlan.status.concept')
          : t(`familyPlan.status.${plan.status}`, { number: latest.number, next: latest.number + 1, date: formatDate(latest.agreedOn, i18n.language) })}
      </p>
      {plan.changedSinceLatest.length > 0 ? (
        <p>{t('familyPlan.status.changed', { parts: plan.changedSinceLatest.map((p) => t(`familyPlan.status.parts.${p}`)).join(', ') })}</p>
      ) : null}
      <p>{t(`familyPlan.contact.${contact.kind}`, { who: contact.reach ? `${contact.who}, ${contact.reach}` : contact.who })}</p>
    </section>
  );
}

function ViewSection({ plan, onSaved }: { plan: FamilyPlanOverview; onSaved: () => void }) {
  const { t } = useTranslation();
  const [view, setView] = useState(plan.plan.familyView);
  const [wishes, setWishes] = useState(plan.plan.wishes);
  const [parentsOn, setParentsOn] = useState(toDutchDateInput(plan.plan.discussedWithParentsOn));
  const [childOn, setChildOn] = useState(toDutchDateInput(plan.plan.discussedWithChildOn));
  const [saved, setSaved] = useState(false);
  const form = useSubmit();
  const dayOf = (text: string) => (text.trim() === '' ? null : parseDutchDate(text));

  const submit = form.onSubmit(async () => {
    setSaved(false);
    const invalid = (text: string) => (text.trim() !== '' && dayOf(text) === null ? unreadableDateText(text.trim()) : null);
    if (form.rejects({ parentsOn: invalid(parentsOn), childOn: invalid(childOn) })) return;
    const ok = await form.settle(() =>
      updatePlan({ familyId: plan.familyId, familyView: view, wishes, discussedWithParentsOn: dayOf(parentsOn), discussedWithChildOn: dayOf(childOn) }, onSaved),
    );
    setSaved(ok);
  });

  return (
    <section className="panel" aria-labelledby="family-plan-view-title">
      <h2 id="family-plan-view-title">{t('familyPlan.view.title')}</h2>
      <form onSubmit={submit} noValidate>
        <TextInput label={t('familyPlan.view.familyView')} value={view} onChange={setView} multiline maxLength={4000} />
        <TextInput label={t('familyPlan.view.wishes')} value={wishes} onChange={setWishes} multiline maxLength={4000} />
        <div className="field-grid">
          <DateField label={t('familyPlan.view.parentsOn')} value={parentsOn} onChange={setParentsOn} error={form.fieldErrors.parentsOn} />
          <DateField label={t('familyPlan.view.childOn')} value={childOn} onChange={setChildOn} error={form.fieldErrors.childOn} />
        </div>
        {saved ? <StatusMessage tone="success">{t('familyPlan.saved')}</StatusMessage> : null}
        <FormFooter label={t('familyPlan.view.submit')} error={form.error} busy={form.busy} primary />
      </form>
    </section>
  );
}

function GoalsSection({ plan, onSaved }: { plan: FamilyPlanOverview; onSaved: () => void }) {
  const { t } = useTranslation();
  const [goal, setGoal] = useState('');
  const form = useSubmit();
  const goals = plan.plan.goals;
  const save = (next: { text: string }[]) => updatePlan({ familyId: plan.familyId, goals: next }, onSaved);

  const submit = form.onSubmit(async () => {
    if (form.rejects({ goal: goal.trim() === '' ? t('familyPlan.goals.required') : null })) return;
    if (await form.settle(() => save([...goals, { text: goal.trim() }]))) setGoal('');
  });

  return (
    <section className="panel" aria-labelledby="family-plan-goals-title">
      <h2 id="family-plan-goals-title">{t('familyPlan.goals.title')}</h2>
      {goals.length === 0 ? (
        <p>{t('familyPlan.goals.empty')}</p>
      ) : (
        <ul className="family-plan__goals">
          {goals.map((g, i) => (
            <li key={`${i}-${g.text}`}>
              <span dir="auto">{g.text}</span>{' '}
              <button type="button" className="button button--small" disabled={form.busy} onClick={() => void form.settle(() => save(goals.filter((_, j) => j !== i)))}>
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">{t('familyPlan.goals.remove', { text: g.text })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate>
        <TextInput label={t('familyPlan.goals.add')} value={goal} onChange={setGoal} error={form.fieldErrors.goal} maxLength={1000} />
        <FormFooter label={t('familyPlan.goals.submit')} error={form.error} busy={form.busy} />
      </form>
    </section>
  );
}

function NetworkSection({ plan, onSaved }: { plan: FamilyPlanOverview; onSaved: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [relation, setRelation] = useState('');
  const [contribution, setContribution] = useState('');
  const form = useSubmit();
  const remove = useSubmit();

  const submit = form.onSubmit(async () => {
    if (form.rejects({ name: name.trim() === '' ? t('familyPlan.network.nameRequired') : null })) return;
    const ok = await form.settle(() => saveNetworkMember({ familyId: plan.familyId, name, relation, contribution }, onSaved));
    if (ok) {
      setName('');
      setRelation('');
      setContribution('');
    }
  });

  return (
    <section className="panel" aria-labelledby="family-plan-network-title">
      <h2 id="family-plan-network-title">{t('familyPlan.network.title')}</h2>
      <DataTable
        empty={t('familyPlan.network.empty')}
        columns={[
          { header: t('familyPlan.network.name'), cellDir: 'auto' },
          { header: t('familyPlan.network.relation'), cellDir: 'auto' },
          { header: t('familyPlan.network.contribution'), cellDir: 'auto' },
          { header: <span className="visually-hidden">{t('familyPlan.network.remove', { name: '' })}</span> },
        ]}
        rows={plan.network.map((m) => ({
          key: m.id,
          cells: [
            m.name,
            m.relation,
            m.contribution,
            <button
              type="button"
              className="button button--small"
              disabled={remove.busy}
              onClick={() => void remove.settle(() => removeNetworkMember(m.id, onSaved))}
            >
              {t('familyPlan.network.remove', { name: m.name })}
            </button>,
          ],
        }))}
      />
      {remove.error ? <ErrorAlert>{remove.error}</ErrorAlert> : null}
      <form onSubmit={submit} noValidate aria-labelledby="family-plan-network-add">
        <h3 id="family-plan-network-add">{t('familyPlan.network.addTitle')}</h3>
        <div className="field-grid">
          <TextInput label={t('familyPlan.network.name')} value={name} onChange={setName} error={form.fieldErrors.name} maxLength={160} />
          <TextInput label={t('familyPlan.network.relation')} value={relation} onChange={setRelation} maxLength={160} />
          <TextInput label={t('familyPlan.network.contribution')} value={contribution} onChange={setContribution} maxLength={1000} />
        </div>
        <FormFooter label={t('familyPlan.network.submit')} error={form.error} busy={form.busy} />
      </form>
    </section>
  );
}

function AgreementsSection({ plan, directory, onSaved }: { plan: FamilyPlanOverview; directory: DirectoryContent; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [calendarSaved, setCalendarSaved] = useState<string | null>(null);
  const form = useSubmit();
  const calendar = useSubmit();
  const today = parseCalendarDay(plan.today)!;

  const submit = form.onSubmit(async () => {
    const dueDate = parseDutchDate(due);
    const rejected = form.rejects({
      description: description.trim() === '' ? t('familyPlan.agreements.descriptionRequired') : null,
      owner: owner === '' ? t('familyPlan.agreements.ownerRequired') : null,
      due: due.trim() === '' ? t('familyPlan.agreements.dueRequired') : dueDate === null ? unreadableDateText(due.trim()) : null,
    });
    if (rejected) return;
    const ok = await form.settle(() =>
      saveAgreement(
        {
            familyId: plan.familyId,
            kind: 'actie',
            description,
            ...planOwnerIds(owner, directory),
            dueDate,
            status: 'open',
            memberIds: [],
            meetingId: null,
            signallerOrganisationId: null,
            informed: false,
            informingPostponedUntil: null,
            informingPostponedReason: '',
        },
        onSaved,
      ),
    );
    if (ok) {
      setDescription('');
      setDue('');
    }
  });

  const saveCalendar = (actionId: string) =>
    void calendar.run(
      () => exportActionCalendar(actionId),
      (r) => setCalendarSaved(r.saved ? r.fileName : null),
    );

  return (
    <section className="panel" aria-labelledby="family-plan-agreements-title">
      <h2 id="family-plan-agreements-title">{t('familyPlan.agreements.title')}</h2>
      <DataTable
        empty={t('familyPlan.agreements.empty')}
        columns={[
          { header: t('familyPlan.agreements.what'), cellDir: 'auto' },
          { header: t('familyPlan.agreements.owner'), cellDir: 'auto' },
          { header: t('familyPlan.agreements.due'), cellClassName: 'table__nowrap' },
          { header: t('familyPlan.agreements.status') },
        ]}
        rows={plan.actions.map((a) => {
          const late = daysOverdue(a, today);
          return {
            key: a.id,
            cells: [
              a.description,
              ownerLabel(a, directory, plan.network),
              <>
                {a.dueDate ? formatDate(a.dueDate, i18n.language) : '—'}
                {late > 0 ? <span className="family-plan__late"> {t('familyPlan.agreements.overdue', { count: late })}</span> : null}
                {a.dueDate ? (
                  <button type="button" className="button button--small family-plan__ics" disabled={calendar.busy} onClick={() => saveCalendar(a.id)}>
                    .ics<span className="visually-hidden"> {t('familyPlan.agreements.calendar', { description: a.description })}</span>
                  </button>
                ) : null}
              </>,
              t(`familyPlan.agreements.statuses.${a.status}`),
            ],
          };
        })}
      />
      {calendar.error ? <ErrorAlert>{calendar.error}</ErrorAlert> : null}
      {calendarSaved ? <StatusMessage tone="success">{t('familyPlan.agreements.calendarSaved', { fileName: calendarSaved })}</StatusMessage> : null}
      <form onSubmit={submit} noValidate aria-labelledby="family-plan-agreement-add">
        <h3 id="family-plan-agreement-add">{t('familyPlan.agreements.addTitle')}</h3>
        <div className="field-grid">
          <TextInput label={t('familyPlan.agreements.description')} value={description} onChange={setDescription} error={form.fieldErrors.description} />
          <PlanOwnerSelect value={owner} onChange={setOwner} network={plan.network} directory={directory} error={form.fieldErrors.owner} />
          <DateField label={t('familyPlan.agreements.dueLabel')} value={due} onChange={setDue} error={form.fieldErrors.due} />
        </div>
        <FormFooter label={t('familyPlan.agreements.submit')} error={form.error} busy={form.busy} primary />
      </form>
    </section>
  );
}

function AgreeSection({ plan, onSaved }: { plan: FamilyPlanOverview; onSaved: () => void }) {
  const { t } = useTranslation();
  const [on, setOn] = useState(toDutchDateInput(plan.today));
  const [people, setPeople] = useState<AgreedBy[]>([{ name: '', role: '' }]);
  const [done, setDone] = useState<number | null>(null);
  const form = useSubmit();
  const setPerson = (i: number, change: Partial<AgreedBy>) => setPeople(people.map((p, j) => (j === i ? { ...p, ...change } : p)));

  const submit = form.onSubmit(async () => {
    setDone(null);
    const agreedOn = parseDutchDate(on);
    const agreedBy = people.filter((p) => p.name.trim() !== '' || p.role.trim() !== '');
    const rejected = form.rejects({
      on: agreedOn === null ? unreadableDateText(on.trim()) : null,
      who: agreedBy.length === 0 || agreedBy.some((p) => p.name.trim() === '' || p.role.trim() === '') ? t('familyPlan.agree.whoRequired') : null,
    });
    if (rejected || agreedOn === null) return;
    await form.run(
      () => agreePlan({ familyId: plan.familyId, agreedOn, agreedBy }),
      (version) => {
        setDone(version.number);
        setPeople([{ name: '', role: '' }]);
        onSaved();
      },
    );
  });

  return (
    <section className="panel" aria-labelledby="family-plan-agree-title">
      <h2 id="family-plan-agree-title">{t('familyPlan.agree.title')}</h2>
      <p className="muted">{t('familyPlan.agree.intro')}</p>
      <form onSubmit={submit} noValidate>
        <DateField label={t('familyPlan.agree.on')} value={on} onChange={setOn} error={form.fieldErrors.on} />
        <fieldset className="family-plan__people">
          <legend>{t('familyPlan.agree.who')}</legend>
          {people.map((p, i) => (
            <div className="field-grid" key={i}>
              <TextInput label={`${t('familyPlan.agree.personName')} ${i + 1}`} value={p.name} onChange={(v) => setPerson(i, { name: v })} maxLength={160} />
              <TextInput label={`${t('familyPlan.agree.personRole')} ${i + 1}`} value={p.role} onChange={(v) => setPerson(i, { role: v })} maxLength={160} />
            </div>
          ))}
          {form.fieldErrors.who ? <ErrorAlert>{form.fieldErrors.who}</ErrorAlert> : null}
          <button type="button" className="button button--small" onClick={() => setPeople([...people, { name: '', role: '' }])}>
            {t('familyPlan.agree.addPerson')}
          </button>
        </fieldset>
        {done !== null ? <StatusMessage tone="success">{t('familyPlan.agree.done', { number: done })}</StatusMessage> : null}
        <FormFooter label={t('familyPlan.agree.submit')} error={form.error} busy={form.busy} primary />
      </form>
    </section>
  );
}

function VersionsSection({ plan }: { plan: FamilyPlanOverview }) {
  const { t } = useTranslation();
  const [letterSaved, setLetterSaved] = useState<string | null>(null);
  const letter = useSubmit();
  return (
    <section className="panel" aria-labelledby="family-plan-versions-title">
      <h2 id="family-plan-versions-title">{t('familyPlan.versions.title')}</h2>
      {plan.versions.length === 0 ? <p>{t('familyPlan.versions.empty')}</p> : null}
      {plan.versions.map((v) => (
        <VersionDetails
          key={v.id}
          version={v}
          busy={letter.busy}
          onLetter={() =>
            void letter.run(
              () => exportPlanLetter({ familyId: plan.familyId, version: v.number }),
              (r) => setLetterSaved(r.saved ? r.fileName : null),
            )
          }
        />
      ))}
      {letter.error ? <ErrorAlert>{letter.error}</ErrorAlert> : null}
      {letterSaved ? <StatusMessage tone="success">{t('familyPlan.versions.letterSaved', { fileName: letterSaved })}</StatusMessage> : null}
    </section>
  );
}

function VersionDetails({ version, busy, onLetter }: { version: PlanVersion; busy: boolean; onLetter: () => void }) {
  const { t, i18n } = useTranslation();
  const c = version.content;
  return (
    <details className="family-plan__version">
      <summary>
        {t('familyPlan.versions.heading', {
          number: version.number,
          date: formatDate(version.agreedOn, i18n.language),
          who: version.agreedBy.map((a) => `${a.name} (${a.role})`).join(', '),
        })}
      </summary>
      <dl>
        <dt>{t('familyPlan.versions.view')}</dt>
        <dd dir="auto">{c.familyView || '—'}</dd>
        <dt>{t('familyPlan.versions.wishes')}</dt>
        <dd dir="auto">{c.wishes || '—'}</dd>
        <dt>{t('familyPlan.versions.goals')}</dt>
        <dd dir="auto">{c.goals.map((g) => g.text).join('; ') || '—'}</dd>
        <dt>{t('familyPlan.versions.network')}</dt>
        <dd dir="auto">{c.network.map((n) => (n.relation ? `${n.name} (${n.relation})` : n.name)).join('; ') || '—'}</dd>
        <dt>{t('familyPlan.versions.agreements')}</dt>
        <dd dir="auto">{c.agreements.map((a) => `${a.description} — ${a.owner}`).join('; ') || '—'}</dd>
      </dl>
      <button type="button" className="button" disabled={busy} onClick={onLetter}>
        {t('familyPlan.versions.letter', { number: version.number })}
      </button>
    </details>
  );
}
