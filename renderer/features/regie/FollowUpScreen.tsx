import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpAction } from '../../../shared/contract/regieChannels';
import { byConcernFirst, byDueDate, type RowConcern } from '../../../shared/regie/concernOrder';
import { ConcernBadge } from '../assessment/ConcernBadge';
import { messageOf } from '../../api/apiError';
import { ErrorAlert } from '../../components/Alert';
import { DataTable } from '../../components/DataTable';
import { ScreenHeading } from '../../components/ScreenHeading';
import { formatDate, formatDateTime } from '../../format/dateTime';
import { useDossier } from '../../state/dossierStore';
import { useNavigation } from '../../state/navigationStore';
import { WarningText } from '../timeline/TimelineSignalsPanel';
import { urgentTopicsFirst } from '../assessment/urgentTopicsFirst';
import { SelectInput, TextInput } from '../../components/FormFields';
import { ownerLabel } from './OwnerSelect';
import { reloadFollowUp } from './loadRegie';
import { useRegie } from './regieStore';
import './regie.css';
import { fetchDossier } from './regieActions';
import { useDirectory } from '../../state/directoryStore';

/** The tab a family opens on from here. */
export const BESLUITEN_TAB_ID = 'besluiten';

/** Opens a family's dossier on its Besluiten tab (the dossier is loaded first, so the tab stays). */
export async function openFamilyDecisions(familyId: string): Promise<void> {
  const dossier = await fetchDossier({ familyId });
  useDossier.getState().setDossier(dossier);
  useDossier.getState().setTab(BESLUITEN_TAB_ID);
  useNavigation.getState().openFamily(familyId);
}

type Sort = 'concern' | 'due' | 'family';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="panel regie-panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * Opvolging: between meetings, what needs chasing — actions past their due date, signallers not yet
 * informed, discussed families without regie, and the meetings coming up. One click to the family.
 */
export function FollowUpScreen() {
  const { t, i18n } = useTranslation();
  const followUp = useRegie((s) => s.followUp);
  const directory = useDirectory((s) => s.content);
  const loadError = useRegie((s) => s.loadError);
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<Sort>('concern');
  const [openError, setOpenError] = useState<string | null>(null);

  useEffect(() => {
    void reloadFollowUp();
  }, []);

  const open = (familyId: string) => {
    openFamilyDecisions(familyId).catch((e: unknown) => setOpenError(messageOf(e, t)));
  };
  const matches = (name: string) => name.toLocaleLowerCase('nl').includes(filter.trim().toLocaleLowerCase('nl'));
  const byFamily = (a: FollowUpAction, b: FollowUpAction) => a.familyName.localeCompare(b.familyName, 'nl');
  const byDue = (a: FollowUpAction, b: FollowUpAction) => byDueDate(a.action.dueDate, b.action.dueDate);
  const arrange = (rows: readonly FollowUpAction[]) => {
    const shown = rows.filter((r) => matches(r.familyName));
    if (sort === 'concern') return byConcernFirst(shown, (r) => r.concern, (a, b) => byDue(a, b) || byFamily(a, b));
    return shown.sort((a, b) => (sort === 'family' ? byFamily(a, b) || byDue(a, b) : byDue(a, b) || byFamily(a, b)));
  };
  const concernCell = (concern: RowConcern) => <ConcernBadge level={concern.level} childNames={concern.children.map((c) => c.childName)} />;
  const openButton = (familyId: string, name: string) => (
    <button type="button" className="link-button" onClick={() => open(familyId)} aria-label={t('regie.followUp.open', { name })}>
      <span dir="auto">{name}</span>
    </button>
  );

  const actionTable = (rows: FollowUpAction[], withLate: boolean, empty: string) => (
    <DataTable
      empty={empty}
      columns={[
        { header: t('regie.followUp.family') },
        { header: t('regie.followUp.concern') },
        { header: t('regie.followUp.action'), cellDir: 'auto' },
        { header: t('regie.followUp.owner') },
        { header: t('regie.followUp.due'), cellClassName: 'table__nowrap' },
        ...(withLate ? [{ header: t('regie.followUp.late') }] : []),
      ]}
      rows={rows.map((r) => ({
        key: r.action.id,
        cells: [
          openButton(r.action.familyId, r.familyName),
          concernCell(r.concern),
          r.action.description,
          ownerLabel(r.action, directory),
          r.action.dueDate ? formatDate(r.action.dueDate, i18n.language) : '—',
          ...(withLate ? [r.daysOverdue] : []),
        ],
      }))}
    />
  );

  if (!followUp) {
    return (
      <div className="screen">
        <ScreenHeading>{t('regie.followUp.title')}</ScreenHeading>
        {loadError ? <ErrorAlert>{loadError}</ErrorAlert> : <p role="status">{t('regie.followUp.loading')}</p>}
      </div>
    );
  }
  const overdue = arrange(followUp.overdueActions);
  const signallers = arrange(followUp.signallersNotInformed);
  const withoutRegie = followUp.familiesWithoutRegie.filter((f) => matches(f.familyName));
  const meetings = followUp.upcomingMeetings.filter((m) => filter.trim() === '' || m.familyNames.some(matches));
  const warnings = followUp.timelineWarnings.filter((w) => matches(w.familyName));
  const topics = urgentTopicsFirst(followUp.openRequiredTopics, (r) => r.topic.topic).filter((r) => matches(r.familyName));
  const unanswered = followUp.signalsWithoutFeedback.filter((r) => matches(r.familyName));
  const terms = followUp.passedTerms.filter((r) => matches(r.familyName));

  return (
    <div className="screen regie-followup">
      <ScreenHeading>{t('regie.followUp.title')}</ScreenHeading>
      <p className="muted">{t('regie.followUp.intro')}</p>
      {openError ? <ErrorAlert>{openError}</ErrorAlert> : null}
      <div className="field-grid regie-followup__controls">
        <TextInput label={t('regie.followUp.filter')} value={filter} onChange={setFilter} maxLength={200} />
        <SelectInput
          label={t('regie.followUp.sort')}
          value={sort}
          onChange={(v) => setSort(v as Sort)}
          choices={[
            { value: 'concern', label: t('regie.followUp.sortConcern') },
            { value: 'due', label: t('regie.followUp.sortDue') },
            { value: 'family', label: t('regie.followUp.sortFamily') },
          ]}
        />
      </div>
      <Section id="followup-overdue" title={t('regie.followUp.overdueTitle', { count: overdue.length })}>
        {actionTable(overdue, true, t('regie.followUp.overdueNone'))}
      </Section>
      <Section id="followup-signallers" title={t('regie.followUp.signallersTitle', { count: signallers.length })}>
        {actionTable(signallers, false, t('regie.followUp.signallersNone'))}
      </Section>
      <Section id="followup-terms" title={t('regie.followUp.termsTitle', { count: terms.length })}>
        <p className="muted">{t('regie.followUp.termsIntro')}</p>
        <DataTable
          empty={t('regie.followUp.termsNone')}
          columns={[
            { header: t('regie.followUp.family') },
            { header: t('regie.followUp.concern') },
            { header: t('regie.followUp.child'), cellDir: 'auto' },
            { header: t('regie.followUp.professional'), cellDir: 'auto' },
            { header: t('regie.followUp.term'), cellClassName: 'table__nowrap' },
          ]}
          rows={terms.map((r) => ({
            key: `${r.familyId}-${r.childId}-${r.professional}-${r.term}`,
            cells: [openButton(r.familyId, r.familyName), concernCell(r.concern), r.childName, r.professional, formatDate(r.term, i18n.language)],
          }))}
        />
      </Section>
      <Section id="followup-unanswered" title={t('regie.followUp.unansweredTitle', { count: unanswered.length })}>
        <DataTable
          empty={t('regie.followUp.unansweredNone')}
          columns={[
            { header: t('regie.followUp.family') },
            { header: t('regie.followUp.concern') },
            { header: t('regie.followUp.signaller') },
            { header: t('regie.followUp.lastDiscussed') },
          ]}
          rows={unanswered.map((r) => ({
            key: r.signal.eventId,
            cells: [
              openButton(r.familyId, r.familyName),
              concernCell(r.concern),
              <>
                <span dir="auto">{r.signallerName}</span>
                {r.signal.summary ? <span className="table__sub" dir="auto">{r.signal.summary}</span> : null}
              </>,
              formatDateTime(r.signal.discussedAt, i18n.language),
            ],
          }))}
        />
      </Section>
      <Section id="followup-noregie" title={t('regie.followUp.noRegieTitle', { count: withoutRegie.length })}>
        <DataTable
          empty={t('regie.followUp.noRegieNone')}
          columns={[{ header: t('regie.followUp.family') }, { header: t('regie.followUp.concern') }, { header: t('regie.followUp.lastDiscussed') }]}
          rows={withoutRegie.map((f) => ({
            key: f.familyId,
            cells: [openButton(f.familyId, f.familyName), concernCell(f.concern), formatDateTime(f.lastDiscussed, i18n.language)],
          }))}
        />
      </Section>
      <Section id="followup-topics" title={t('regie.followUp.topicsTitle', { count: topics.length })}>
        <DataTable
          empty={t('regie.followUp.topicsNone')}
          columns={[
            { header: t('regie.followUp.family') },
            { header: t('regie.followUp.concern') },
            { header: t('regie.followUp.topic') },
            { header: t('regie.followUp.since') },
          ]}
          rows={topics.map((r) => ({
            key: r.topic.id,
            cells: [
              openButton(r.topic.familyId, r.familyName),
              concernCell(r.concern),
              <>
                {t(`regie.followUp.topics.${r.topic.topic}`)}
                {r.topic.childName ? <span className="table__sub" dir="auto">{r.topic.childName}</span> : null}
              </>,
              formatDateTime(r.topic.createdAt, i18n.language),
            ],
          }))}
        />
      </Section>
      <Section id="followup-timeline" title={t('regie.followUp.timelineTitle', { count: warnings.length })}>
        <DataTable
          empty={t('regie.followUp.timelineNone')}
          columns={[{ header: t('regie.followUp.family') }, { header: t('regie.followUp.concern') }, { header: t('regie.followUp.signals') }]}
          rows={warnings.map((w) => ({
            key: w.familyId,
            cells: [
              openButton(w.familyId, w.familyName),
              concernCell(w.concern),
              <ul className="regie-inline-list">
                {w.warnings.map((x) => (
                  <li key={x.kind}>
                    <WarningText warning={x} />
                  </li>
                ))}
              </ul>,
            ],
          }))}
        />
      </Section>
      <Section id="followup-meetings" title={t('regie.followUp.meetingsTitle', { count: meetings.length })}>
        <DataTable
          empty={t('regie.followUp.meetingsNone')}
          columns={[{ header: t('regie.followUp.meeting') }, { header: t('regie.followUp.families') }]}
          rows={meetings.map((m) => ({
            key: m.id,
            cells: [
              <>
                {formatDateTime(m.startsAt, i18n.language)}
                {m.title ? <span className="table__sub" dir="auto">{m.title}</span> : null}
              </>,
              <ul className="regie-inline-list">
                {m.familyIds.map((id, i) => (
                  <li key={id}>{openButton(id, m.familyNames[i] ?? '')}</li>
                ))}
              </ul>,
            ],
          }))}
        />
      </Section>
    </div>
  );
}
