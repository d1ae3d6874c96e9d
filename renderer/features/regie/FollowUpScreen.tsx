import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_PARTS, type FollowUpFamily, type FollowUpOrder, type FollowUpPart } from '../../../shared/contract/regieChannels';
import { ConcernBadge } from '../assessment/ConcernBadge';
import { messageOf } from '../../api/apiError';
import { ErrorAlert } from '../../components/Alert';
import { DataTable } from '../../components/DataTable';
import { Pager } from '../../components/Pager';
import { ScreenHeading } from '../../components/ScreenHeading';
import { formatDate, formatDateTime } from '../../format/dateTime';
import { useDossier } from '../../state/dossierStore';
import { useNavigation } from '../../state/navigationStore';
import { WarningText } from '../timeline/TimelineSignalsPanel';
import { SelectInput, TextInput } from '../../components/FormFields';
import { ownerLabel } from './OwnerSelect';
import { FOLLOW_UP_PAGE_SIZE, reloadFollowUp } from './loadRegie';
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

/** Each part's title with its count, as the totals and each family name them. */
const PART_TITLES: Record<FollowUpPart, string> = {
  overdueActions: 'regie.followUp.overdueTitle',
  signallersNotInformed: 'regie.followUp.signallersTitle',
  passedTerms: 'regie.followUp.termsTitle',
  signalsWithoutFeedback: 'regie.followUp.unansweredTitle',
  withoutRegie: 'regie.followUp.noRegieTitle',
  openRequiredTopics: 'regie.followUp.topicsTitle',
  timelineWarnings: 'regie.followUp.timelineTitle',
};

function partCount(family: FollowUpFamily, part: FollowUpPart): number {
  return part === 'withoutRegie' ? (family.withoutRegieSince === null ? 0 : 1) : family[part].length;
}

/**
 * Opvolging: between meetings, what needs chasing, per family — actions past their due date,
 * signallers not yet informed, afweging terms passed, discussed signals without feedback, no regie,
 * mandatory topics, timeline signals — the family with the highest concern first. Core sends one
 * page of families at a time, with the totals over all of them. One click to the family.
 */
export function FollowUpScreen() {
  const { t, i18n } = useTranslation();
  const followUp = useRegie((s) => s.followUp);
  const loadError = useRegie((s) => s.loadError);
  const [filter, setFilter] = useState('');
  const [order, setOrder] = useState<FollowUpOrder>('concern');
  const [openError, setOpenError] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const asked = useRef(0);

  const load = useCallback(
    async (offset: number) => {
      asked.current += 1;
      const mine = asked.current;
      // The sociale kaart (owners' names) once per visit, not with every page or letter typed.
      await reloadFollowUp({ offset, limit: FOLLOW_UP_PAGE_SIZE, query: filter, order }, () => mine === asked.current, mine === 1);
    },
    [filter, order],
  );

  useEffect(() => {
    void load(0);
  }, [load]);

  const open = (familyId: string) => {
    openFamilyDecisions(familyId).catch((e: unknown) => setOpenError(messageOf(e, t)));
  };
  const openButton = (familyId: string, name: string) => (
    <button type="button" className="link-button" onClick={() => open(familyId)} aria-label={t('regie.followUp.open', { name })}>
      <span dir="auto">{name}</span>
    </button>
  );

  if (!followUp) {
    return (
      <div className="screen">
        <ScreenHeading>{t('regie.followUp.title')}</ScreenHeading>
        {loadError ? <ErrorAlert>{loadError}</ErrorAlert> : <p role="status">{t('regie.followUp.loading')}</p>}
      </div>
    );
  }
  const meetings = followUp.upcomingMeetings;

  return (
    <div className="screen regie-followup">
      <ScreenHeading>{t('regie.followUp.title')}</ScreenHeading>
      <p className="muted">{t('regie.followUp.intro')}</p>
      {openError ? <ErrorAlert>{openError}</ErrorAlert> : null}
      {loadError ? <ErrorAlert>{loadError}</ErrorAlert> : null}
      <div className="field-grid regie-followup__controls">
        <TextInput label={t('regie.followUp.filter')} value={filter} onChange={setFilter} maxLength={200} />
        <SelectInput
          label={t('regie.followUp.sort')}
          value={order}
          onChange={(v) => setOrder(v as FollowUpOrder)}
          choices={[
            { value: 'concern', label: t('regie.followUp.sortConcern') },
            { value: 'due', label: t('regie.followUp.sortDue') },
            { value: 'family', label: t('regie.followUp.sortFamily') },
          ]}
        />
      </div>
      <section className="panel regie-panel" aria-labelledby="followup-families">
        <h2 id="followup-families">{t('regie.followUp.familiesTitle', { count: followUp.total })}</h2>
        <ul className="followup-totals" aria-label={t('regie.followUp.totals')}>
          {FOLLOW_UP_PARTS.map((part) => (
            <li key={part}>{t(PART_TITLES[part], { count: followUp.totals[part] })}</li>
          ))}
        </ul>
        {followUp.total === 0 ? (
          <p>{filter.trim() === '' ? t('regie.followUp.nothing') : t('regie.followUp.noMatch')}</p>
        ) : (
          <ol className="followup-families" ref={list} tabIndex={-1} aria-labelledby="followup-families" start={followUp.offset + 1}>
            {followUp.families.map((family) => (
              <li key={family.familyId}>
                <FamilyFollowUp family={family} openButton={openButton} />
              </li>
            ))}
          </ol>
        )}
        <Pager
          offset={followUp.offset}
          limit={FOLLOW_UP_PAGE_SIZE}
          total={followUp.total}
          onPage={(offset) => void load(offset).then(() => list.current?.focus())}
          label={t('regie.followUp.pages')}
          previous={t('regie.followUp.previous')}
          next={t('regie.followUp.next')}
          range={(from, to, total) => t('regie.followUp.range', { from, to, total })}
        />
      </section>
      <section className="panel regie-panel" aria-labelledby="followup-meetings">
        <h2 id="followup-meetings">{t('regie.followUp.meetingsTitle', { count: meetings.length })}</h2>
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
      </section>
    </div>
  );
}

/** One family: its name (one click to its decisions), its concern with the child, and each part that has something. */
function FamilyFollowUp({ family, openButton }: { family: FollowUpFamily; openButton: (familyId: string, name: string) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const directory = useDirectory((s) => s.content);
  const nameId = `followup-family-${family.familyId}`;
  const date = (day: string | null) => (day ? formatDate(day, i18n.language) : '—');
  const lines: Record<FollowUpPart, ReactNode[]> = {
    overdueActions: family.overdueActions.map((r) => (
      <li key={r.action.id}>
        <span dir="auto">{r.action.description}</span> — {ownerLabel(r.action, directory)} — {t('regie.followUp.dueOn', { date: date(r.action.dueDate) })} (
        {t('regie.followUp.lateDays', { count: r.daysOverdue })})
      </li>
    )),
    signallersNotInformed: family.signallersNotInformed.map((r) => (
      <li key={r.action.id}>
        <span dir="auto">{r.action.description}</span> — {ownerLabel(r.action, directory)} — {t('regie.followUp.dueOn', { date: date(r.action.dueDate) })}
      </li>
    )),
    passedTerms: family.passedTerms.map((r) => (
      <li key={`${r.childId}-${r.professional}-${r.term}`}>
        <span dir="auto">{r.childName}</span> — <span dir="auto">{r.professional}</span> — {t('regie.followUp.termOn', { date: date(r.term) })}
      </li>
    )),
    signalsWithoutFeedback: family.signalsWithoutFeedback.map((r) => (
      <li key={r.signal.eventId}>
        <span dir="auto">{r.signallerName}</span>
        {r.signal.summary ? (
          <>
            : <span dir="auto">{r.signal.summary}</span>
          </>
        ) : null}{' '}
        — {t('regie.followUp.discussedOn', { date: formatDateTime(r.signal.discussedAt, i18n.language) })}
      </li>
    )),
    withoutRegie:
      family.withoutRegieSince === null ? [] : [<li key="regie">{t('regie.followUp.discussedOn', { date: formatDateTime(family.withoutRegieSince, i18n.language) })}</li>],
    openRequiredTopics: family.openRequiredTopics.map((r) => (
      <li key={r.topic.id}>
        {t(`regie.followUp.topics.${r.topic.topic}`)}
        {r.topic.childName ? (
          <>
            {' '}
            (<span dir="auto">{r.topic.childName}</span>)
          </>
        ) : null}{' '}
        — {t('regie.followUp.sinceOn', { date: formatDateTime(r.topic.createdAt, i18n.language) })}
      </li>
    )),
    timelineWarnings: family.timelineWarnings.map((w) => (
      <li key={w.kind}>
        <WarningText warning={w} />
      </li>
    )),
  };
  return (
    <article className="followup-family" aria-labelledby={nameId}>
      <h3 className="followup-family__head">
        <span id={nameId} dir="auto" className="visually-hidden">
          {family.familyName}
        </span>
        {openButton(family.familyId, family.familyName)} <ConcernBadge level={family.concern.level} childNames={family.concern.children.map((c) => c.childName)} />
      </h3>
      <dl className="followup-family__parts">
        {FOLLOW_UP_PARTS.filter((part) => partCount(family, part) > 0).map((part) => (
          <div key={part} className="followup-family__part">
            <dt>{t(PART_TITLES[part], { count: partCount(family, part) })}</dt>
            <dd>
              <ul className="regie-inline-list">{lines[part]}</ul>
            </dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
