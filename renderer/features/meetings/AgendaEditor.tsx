import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail, SearchHit } from '../../../shared/contract/registerChannels';
import type { AgendaItem } from '../../../shared/domain/records';
import { calendarDayOf } from '../../../shared/domain/calendarDate';
import { childConsents } from '../../../shared/rules/familyConsent';
import { runSave } from '../../autosave/runSave';
import { ErrorAlert } from '../../components/Alert';
import { memberName } from '../../format/memberName';
import { FamilySearch } from '../home/FamilySearch';
import { useMeetings } from '../../state/meetingStore';
import { ShortButton } from '../../components/ShortButton';
import { useNavigation } from '../../state/navigationStore';
import { writeMeeting } from './meetingWrites';
import { fetchBasisEndings, fetchDossier, setAgenda } from './meetingActions';
import { useLoad } from '../../api/useLoad';
import type { BasisEndings } from '../../../shared/rules/basisEndings';
import { BasisEndingsAlert } from '../consent/BasisEndingsAlert';
import { useDirectory } from '../../state/directoryStore';
import { formatDate } from '../../format/dateTime';

type ItemInput = { familyId: string; memberIds: string[]; anonymous: boolean };

/**
 * The cases on the agenda: a family, the children discussed and whether anonymously. Consent is
 * judged on the meeting day; when it is missing or refused, anonymous discussion is suggested.
 */
export function AgendaEditor({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation();
  const families = useMeetings((s) => s.agendaFamilies);
  const openFamily = useNavigation((s) => s.openFamily);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { meeting, agenda } = detail;
  const on = calendarDayOf(new Date(meeting.startsAt));
  // What runs out before this meeting is core's to say; reloaded when the agenda changes.
  const agendaKey = agenda.map((a) => a.familyId).join(',');
  const endings = useLoad(() => fetchBasisEndings({ meetingId: meeting.id }), [meeting.id, agendaKey]);

  const save = async (change: (items: ItemInput[]) => ItemInput[]) =>
    setError(
      await runSave(() =>
        writeMeeting(meeting.id, () => {
          const stored = useMeetings.getState().detail?.agenda ?? [];
          const items = stored.map((a) => ({ familyId: a.familyId, memberIds: a.memberIds, anonymous: a.anonymous }));
          return setAgenda({ meetingId: meeting.id, items: change(items) });
        }),
      ),
    );

  const addFamily = async (hit: SearchHit) => {
    setQuery('');
    if (agenda.some((a) => a.familyId === hit.familyId)) {
      setError(t('meetings.agenda.alreadyOn', { name: hit.displayName }));
      return;
    }
    try {
      const dossier = await fetchDossier({ familyId: hit.familyId });
      useMeetings.getState().setAgendaFamily(dossier);
      const states = childConsents(dossier.members, dossier.consents, on);
      await save((items) => [
        ...items,
        { familyId: hit.familyId, memberIds: states.map((s) => s.child.id), anonymous: dossier.family.anonymous || states.some((s) => s.suggestAnonymous) },
      ]);
    } catch {
      setError(t('errors.internal'));
    }
  };

  const update = (familyId: string, patch: Partial<ItemInput>) => save((items) => items.map((i) => (i.familyId === familyId ? { ...i, ...patch } : i)));
  const move = (index: number, by: number) =>
    save((items) => {
      const next = [...items];
      const [item] = next.splice(index, 1);
      if (item) next.splice(Math.max(0, Math.min(next.length, index + by)), 0, item);
      return next;
    });

  return (
    <section className="panel" aria-labelledby="meeting-agenda">
      <h2 id="meeting-agenda">{t('meetings.agenda.title', { count: agenda.length })}</h2>
      {agenda.length === 0 ? <p>{t('meetings.agenda.empty')}</p> : null}
      <ol className="agenda">
        {agenda.map((item, index) => (
          <AgendaRow
            key={item.id}
            item={item}
            index={index}
            last={index === agenda.length - 1}
            on={on}
            onToggleChild={(childId, ticked) =>
              update(item.familyId, { memberIds: ticked ? [...item.memberIds, childId] : item.memberIds.filter((id) => id !== childId) })
            }
            onAnonymous={(anonymous) => update(item.familyId, { anonymous })}
            onRemove={() => save((items) => items.filter((i) => i.familyId !== item.familyId))}
            onMove={(by) => move(index, by)}
            onOpen={() => openFamily(item.familyId)}
            dossier={families[item.familyId]}
            endings={endings.data?.find((e) => e.familyId === item.familyId)?.endings}
          />
        ))}
      </ol>
      <FamilySearch label={t('meetings.agenda.add')} hint={t('meetings.agenda.addHint')} query={query} onQueryChange={setQuery} onChoose={(hit) => void addFamily(hit)} limit={10} />
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
    </section>
  );
}

function AgendaRow({
  item,
  index,
  last,
  on,
  dossier,
  onToggleChild,
  onAnonymous,
  onRemove,
  onMove,
  onOpen,
  endings,
}: {
  endings: BasisEndings | undefined;
  item: AgendaItem;
  index: number;
  last: boolean;
  on: ReturnType<typeof calendarDayOf>;
  dossier: ReturnType<typeof useMeetings.getState>['agendaFamilies'][string] | undefined;
  onToggleChild(childId: string, ticked: boolean): void;
  onAnonymous(anonymous: boolean): void;
  onRemove(): void;
  onMove(by: number): void;
  onOpen(): void;
}) {
  const { t, i18n } = useTranslation();
  const organisations = useDirectory((s) => s.content?.organisations);
  if (!dossier) {
    return (
      <li className="agenda__item">
        <p role="status">{t('meetings.loading')}</p>
      </li>
    );
  }
  const name = dossier.family.displayName;
  const states = childConsents(dossier.members, dossier.consents, on);
  const ticked = states.filter((s) => item.memberIds.includes(s.child.id));
  const needsAnonymous = ticked.filter((s) => s.suggestAnonymous);
  const checkboxId = `agenda-${item.id}-anonymous`;

  return (
    <li className="agenda__item">
      <div className="agenda__head">
        <span className="agenda__number" aria-hidden="true">
          {index + 1}
        </span>
        <h3 className="agenda__title" dir="auto">
          {name}
          {item.anonymous ? <span className="tag tag--anonymous">{t('meetings.agenda.anonymousTag')}</span> : null}
        </h3>
        <div className="agenda__actions">
          <ShortButton text={t('meetings.agenda.openShort')} forName={name} onClick={onOpen} />
          <ShortButton text={t('meetings.agenda.upShort')} forName={name} onClick={() => onMove(-1)} disabled={index === 0} />
          <ShortButton text={t('meetings.agenda.downShort')} forName={name} onClick={() => onMove(1)} disabled={last} />
          <ShortButton text={t('meetings.agenda.removeShort')} forName={name} onClick={onRemove} />
        </div>
      </div>
      <fieldset className="subgroup">
        <legend>{t('meetings.agenda.children', { name })}</legend>
        {states.length === 0 ? <p className="muted">{t('meetings.agenda.noChildren')}</p> : null}
        {states.map((s) => {
          const id = `agenda-${item.id}-child-${s.child.id}`;
          return (
            <div className="checkbox agenda__child" key={s.child.id}>
              <input id={id} type="checkbox" checked={item.memberIds.includes(s.child.id)} onChange={(e) => onToggleChild(s.child.id, e.target.checked)} />
              <label htmlFor={id}>
                <span dir="auto">{memberName(s.child)}</span>{' '}
                <span className={`verdict verdict--${s.verdict}`}>{t(`meetings.agenda.consent.${s.verdict}`)}</span>
              </label>
            </div>
          );
        })}
      </fieldset>
      <div className="checkbox">
        <input id={checkboxId} type="checkbox" checked={item.anonymous} onChange={(e) => onAnonymous(e.target.checked)} />
        <label htmlFor={checkboxId}>{t('meetings.agenda.anonymous')}</label>
      </div>
      {needsAnonymous.length > 0 && !item.anonymous ? (
        <p className="callout callout--warning">
          {t('meetings.agenda.suggestAnonymous', { names: needsAnonymous.map((s) => s.child.givenName).join(', ') })}
        </p>
      ) : null}
      {endings ? (
        <BasisEndingsAlert
          endings={endings}
          orgName={(id) => organisations?.find((o) => o.id === id)?.name ?? t('involvement.unknownOrganisation')}
          meetingLabel={formatDate(endings.before, i18n.language)}
        />
      ) : null}
    </li>
  );
}
