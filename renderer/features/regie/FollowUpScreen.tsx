import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpAction } from '../../../shared/contract/regieChannels';
import { api } from '../../api';
import { messageOf } from '../../api/apiError';
import { ErrorAlert } from '../../components/Alert';
import { ScreenHeading } from '../../components/ScreenHeading';
import { formatDate, formatDateTime } from '../../format/dateTime';
import { useDossier } from '../../state/dossierStore';
import { useNavigation } from '../../state/navigationStore';
import { WarningText } from '../timeline/TimelineSignalsPanel';
import { ownerLabel, SelectInput, TextInput } from './FormFields';
import { reloadFollowUp } from './loadRegie';
import { useRegie } from './regieStore';
import './regie.css';

/** The tab a family opens on from here. */
export const BESLUITEN_TAB_ID = 'besluiten';

/** Opens a family's dossier on its Besluiten tab (the dossier is loaded first, so the tab stays). */
export async function openFamilyDecisions(familyId: string): Promise<void> {
  const dossier = await api.call('register:dossier', { familyId });
  useDossier.getState().setDossier(dossier);
  useDossier.getState().setTab(BESLUITEN_TAB_ID);
  useNavigation.getState().openFamily(familyId);
}

type Sort = 'due' | 'family';

function Section({ id, title, empty, count, children }: { id: string; title: string; empty: string; count: number; children: ReactNode }) {
  return (
    <section className="panel regie-panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {count === 0 ? <p>{empty}</p> : <div className="table-wrap">{children}</div>}
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
  const directory = useRegie((s) => s.directory);
  const loadError = useRegie((s) => s.loadError);
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<Sort>('due');
  const [openError, setOpenError] = useState<string | null>(null);

  useEffect(() => {
    void reloadFollowUp();
  }, []);

  const open = (familyId: string) => {
    openFamilyDecisions(familyId).catch((e: unknown) => setOpenError(messageOf(e, t)));
  };
  const matches = (name: string) => name.toLocaleLowerCase('nl').includes(filter.trim().toLocaleLowerCase('nl'));
  const arrange = (rows: readonly FollowUpAction[]) =>
    rows
      .filter((r) => matches(r.familyName))
      .sort((a, b) =>
        sort === 'family'
          ? a.familyName.localeCompare(b.familyName, 'nl') || (a.action.dueDate ?? '').localeCompare(b.action.dueDate ?? '')
          : (a.action.dueDate ?? '9999').localeCompare(b.action.dueDate ?? '9999') || a.familyName.localeCompare(b.familyName, 'nl'),
      );
  const openButton = (familyId: string, name: string) => (
    <button type="button" className="link-button" onClick={() => open(familyId)} aria-label={t('regie.followUp.open', { name })}>
      <span dir="auto">{name}</span>
    </button>
  );

  const actionTable = (rows: FollowUpAction[], withLate: boolean) => (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{t('regie.followUp.family')}</th>
          <th scope="col">{t('regie.followUp.action')}</th>
          <th scope="col">{t('regie.followUp.owner')}</th>
          <th scope="col">{t('regie.followUp.due')}</th>
          {withLate ? <th scope="col">{t('regie.followUp.late')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.action.id}>
            <td>{openButton(r.action.familyId, r.familyName)}</td>
            <td dir="auto">{r.action.description}</td>
            <td>{ownerLabel(r.action, directory)}</td>
            <td className="table__nowrap">{r.action.dueDate ? formatDate(r.action.dueDate, i18n.language) : '—'}</td>
            {withLate ? <td>{r.daysOverdue}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
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
  const topics = followUp.openRequiredTopics.filter((r) => matches(r.familyName));
  const unanswered = followUp.signalsWithoutFeedback.filter((r) => matches(r.familyName));

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
            { value: 'due', label: t('regie.followUp.sortDue') },
            { value: 'family', label: t('regie.followUp.sortFamily') },
          ]}
        />
      </div>
      <Section id="followup-overdue" title={t('regie.followUp.overdueTitle', { count: overdue.length })} empty={t('regie.followUp.overdueNone')} count={overdue.length}>
        {actionTable(overdue, true)}
      </Section>
      <Section id="followup-signallers" title={t('regie.followUp.signallersTitle', { count: signallers.length })} empty={t('regie.followUp.signallersNone')} count={signallers.length}>
        {actionTable(signallers, false)}
      </Section>
      <Section id="followup-unanswered" title={t('regie.followUp.unansweredTitle', { count: unanswered.length })} empty={t('regie.followUp.unansweredNone')} count={unanswered.length}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('regie.followUp.family')}</th>
              <th scope="col">{t('regie.followUp.signaller')}</th>
              <th scope="col">{t('regie.followUp.lastDiscussed')}</th>
            </tr>
          </thead>
          <tbody>
            {unanswered.map((r) => (
              <tr key={r.signal.eventId}>
                <td>{openButton(r.familyId, r.familyName)}</td>
                <td>
                  <span dir="auto">{r.signallerName}</span>
                  {r.signal.summary ? <span className="table__sub" dir="auto">{r.signal.summary}</span> : null}
                </td>
                <td>{formatDateTime(r.signal.discussedAt, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section id="followup-noregie" title={t('regie.followUp.noRegieTitle', { count: withoutRegie.length })} empty={t('regie.followUp.noRegieNone')} count={withoutRegie.length}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('regie.followUp.family')}</th>
              <th scope="col">{t('regie.followUp.lastDiscussed')}</th>
            </tr>
          </thead>
          <tbody>
            {withoutRegie.map((f) => (
              <tr key={f.familyId}>
                <td>{openButton(f.familyId, f.familyName)}</td>
                <td>{formatDateTime(f.lastDiscussed, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section id="followup-topics" title={t('regie.followUp.topicsTitle', { count: topics.length })} empty={t('regie.followUp.topicsNone')} count={topics.length}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('regie.followUp.family')}</th>
              <th scope="col">{t('regie.followUp.topic')}</th>
              <th scope="col">{t('regie.followUp.since')}</th>
            </tr>
          </thead>
          <tbody>
            {topics.map((r) => (
              <tr key={r.topic.id}>
                <td>{openButton(r.topic.familyId, r.familyName)}</td>
                <td>
                  {t(`regie.followUp.topics.${r.topic.topic}`)}
                  {r.topic.childName ? <span className="table__sub" dir="auto">{r.topic.childName}</span> : null}
                </td>
                <td>{formatDateTime(r.topic.createdAt, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section id="followup-timeline" title={t('regie.followUp.timelineTitle', { count: warnings.length })} empty={t('regie.followUp.timelineNone')} count={warnings.length}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('regie.followUp.family')}</th>
              <th scope="col">{t('regie.followUp.signals')}</th>
            </tr>
          </thead>
          <tbody>
            {warnings.map((w) => (
              <tr key={w.familyId}>
                <td>{openButton(w.familyId, w.familyName)}</td>
                <td>
                  <ul className="regie-inline-list">
                    {w.warnings.map((x) => (
                      <li key={x.kind}>
                        <WarningText warning={x} />
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section id="followup-meetings" title={t('regie.followUp.meetingsTitle', { count: meetings.length })} empty={t('regie.followUp.meetingsNone')} count={meetings.length}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('regie.followUp.meeting')}</th>
              <th scope="col">{t('regie.followUp.families')}</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((m) => (
              <tr key={m.id}>
                <td>
                  {formatDateTime(m.startsAt, i18n.language)}
                  {m.title ? <span className="table__sub" dir="auto">{m.title}</span> : null}
                </td>
                <td>
                  <ul className="regie-inline-list">
                    {m.familyIds.map((id, i) => (
                      <li key={id}>{openButton(id, m.familyNames[i] ?? '')}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
    </div>
  );
}
