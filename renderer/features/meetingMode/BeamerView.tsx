import { useTranslation } from 'react-i18next';
import type { MeetingCase, MeetingModeState } from '../../../shared/contract/meetingModeChannels';
import type { RegieOverview } from '../../../shared/contract/regieChannels';
import type { DirectoryContent } from '../../../shared/contract/registerChannels';
import { parseCalendarDay } from '../../../shared/domain/calendarDate';
import { daysOverdue } from '../../../shared/regie/actionFollowUp';
import { activeRegie } from '../../../shared/regie/regieRule';
import { ErrorAlert } from '../../components/Alert';
import { formatDate } from '../../format/dateTime';
import { useDirectory } from '../../state/directoryStore';
import { useMeetingMode } from '../../state/meetingModeStore';
import { ownerLabel } from '../regie/OwnerSelect';
import { useRegie } from '../regie/regieStore';
import { caseSeconds, formatClock, isOverTime } from '../../state/caseTimer';
import { focusHeading } from './caseTitle';
import { CompactTimeline } from './CompactTimeline';
import { InvolvedOverview } from './InvolvedOverview';
import { afterRender } from './meetingModeActions';
import { RiskFlags } from './RiskFlags';
import '../regie/regie.css';

/** Leaves the projector view; focus returns to the switch that turned it on. */
export function closeProjector(): void {
  useMeetingMode.getState().setProjector(false);
  afterRender(() => document.getElementById('mm-projector-toggle')?.focus());
}

/**
 * The projector view: the room sees one case, the one in focus, across the whole window in large
 * type, read-only. Nothing of the operator, no agenda (it names other families), no controls but a
 * small exit in a corner; the chair still moves on with Alt+↓/↑ and Alt+T, jumps with Alt+1…6 and
 * closes with Escape. Medical items stay hidden exactly as in the projector-safe view: the timeline
 * leaves them out and the JGZ notes are never shown.
 */
export function BeamerView({ mode }: { mode: MeetingModeState }) {
  const { t } = useTranslation();
  const focusIndex = useMeetingMode((s) => s.focusIndex);
  const focus = useMeetingMode((s) => s.focus);
  const current = mode.startedAt === null ? undefined : mode.cases[focusIndex];
  const data = current && focus?.familyId === current.familyId ? focus : null;
  const loaded = data?.dossier && data.concern && data.timeline ? data : null;

  return (
    <div className="mm-beamer">
      <button type="button" className="mm-beamer__exit" aria-label={t('meetingMode.beamer.exit')} aria-keyshortcuts="Escape" title={t('meetingMode.beamer.exit')} onClick={closeProjector}>
        <span aria-hidden="true">×</span>
      </button>
      <section className="mm-beamer__case" aria-labelledby="mm-case-title">
        {!current ? (
          <h1 id="mm-case-title" tabIndex={-1} className="mm-beamer__title">
            {mode.startedAt === null ? t('meetingMode.beamer.notStarted') : t('meetingMode.case.none')}
          </h1>
        ) : (
          <>
            <div className="mm-beamer__head">
              <h1 id="mm-case-title" tabIndex={-1} className="mm-beamer__title" dir="auto">
                {focusHeading(current, focusIndex, mode.cases.length, t)}
              </h1>
              <BeamerClock meetingCase={current} />
            </div>
            {data?.error ? <ErrorAlert>{data.error}</ErrorAlert> : null}
            {!loaded ? (
              data?.error ? null : <p role="status">{t('meetingMode.case.loading')}</p>
            ) : (
              <div key={current.familyId} className="mm-beamer__grid">
                {/* The room first sees the concern per child, then who is involved. */}
                <RiskFlags view={loaded.concern!} />
                <InvolvedOverview dossier={loaded.dossier!} />
                <CompactTimeline content={loaded.timeline!} />
                <BeamerRegie familyId={current.familyId} />
                <BeamerMinutes meetingCase={current} />
              </div>
            )}
          </>
        )}
      </section>
    </div>
  );
}

/** The case's clock for the room: elapsed of planned, and "over tijd" in words. No button. */
function BeamerClock({ meetingCase }: { meetingCase: MeetingCase }) {
  const { t } = useTranslation();
  const timer = useMeetingMode((s) => s.timer);
  const nowMs = useMeetingMode((s) => s.nowMs);
  const seconds = caseSeconds(meetingCase.familyId, meetingCase.elapsedSeconds, timer, nowMs);
  const over = isOverTime(seconds, meetingCase.plannedMinutes);
  return (
    <p className={over ? 'mm-beamer__clock mm-clock--over' : 'mm-beamer__clock'}>
      <span className="mm-timer__elapsed">{formatClock(seconds)}</span>{' '}
      {t('meetingMode.timer.planned', { planned: formatClock(meetingCase.plannedMinutes * 60) })}
      {over ? <span className="mm-over">{t('meetingMode.timer.overShort')}</span> : null}
    </p>
  );
}

/** Open acties and besluiten, read-only, once regie and the sociale kaart are read. */
function BeamerRegie({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const overview = useRegie((s) => (s.familyId === familyId ? s.overview : null));
  const directory = useDirectory((s) => s.content);
  const loadError = useRegie((s) => s.loadError);
  if (!overview || !directory) return loadError ? <ErrorAlert>{loadError}</ErrorAlert> : <p role="status">{t('regie.loading')}</p>;
  return (
    <>
      <BeamerActions overview={overview} directory={directory} />
      <BeamerDecisions overview={overview} directory={directory} />
    </>
  );
}

function BeamerActions({ overview, directory }: { overview: RegieOverview; directory: DirectoryContent }) {
  const { t, i18n } = useTranslation();
  const today = parseCalendarDay(overview.today)!;
  const open = overview.actions.filter((a) => a.status === 'open' && a.kind !== 'monitoring');
  return (
    <section className="panel mm-beamer__actions" aria-labelledby="mm-actions-title">
      <h3 id="mm-actions-title">{t('meetingMode.parts.actions')}</h3>
      {open.length === 0 ? (
        <p>{t('meetingMode.beamer.noOpenActions')}</p>
      ) : (
        <ul className="mm-beamer__list">
          {open.map((a) => {
            const late = daysOverdue(a, today);
            return (
              <li key={a.id}>
                <span dir="auto">{a.description}</span>
                <span className="mm-beamer__meta" dir="auto">
                  {ownerLabel(a, directory)} · {a.dueDate ? t('meetingMode.beamer.due', { date: formatDate(a.dueDate, i18n.language) }) : t('meetingMode.beamer.noDue')}
                  {late > 0 ? <span className="regie-late">{t('regie.actions.overdue', { count: late })}</span> : null}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function BeamerDecisions({ overview, directory }: { overview: RegieOverview; directory: DirectoryContent }) {
  const { t, i18n } = useTranslation();
  const current = activeRegie(overview.decisions);
  let line = t('meetingMode.beamer.noRegie');
  if (current?.kind === 'eigen_regie') line = t('meetingMode.beamer.eigenRegie', { who: t('regie.decision.eigenRegieSummary'), date: formatDate(current.since, i18n.language) });
  else if (current) {
    const p = directory.professionals.find((x) => x.id === current.professionalId);
    const o = directory.organisations.find((x) => x.id === current.organisationId);
    const who = t('regie.decision.regisseurSummary', { name: p?.name ?? '—', organisation: o?.name ?? '—', mandate: current.mandate ? t(`regie.mandate.${current.mandate}`) : '—' });
    line = t('meetingMode.beamer.regisseur', { who, date: formatDate(current.since, i18n.language) });
  }
  return (
    <section className="panel mm-beamer__decisions" aria-labelledby="mm-decisions-title">
      <h3 id="mm-decisions-title">{t('meetingMode.parts.decisions')}</h3>
      <p dir="auto">{line}</p>
    </section>
  );
}

/** The minutes as the room may read them; the JGZ notes never (medical secrecy, whatever was released). */
function BeamerMinutes({ meetingCase }: { meetingCase: MeetingCase }) {
  const { t } = useTranslation();
  const paragraphs = meetingCase.minutes.split('\n').filter((line) => line.trim() !== '');
  return (
    <section className="panel mm-beamer__minutes" aria-labelledby="mm-minutes-title">
      <h3 id="mm-minutes-title">{t('meetingMode.minutes.title')}</h3>
      {paragraphs.length === 0 ? <p className="muted">{t('meetingMode.beamer.noMinutes')}</p> : paragraphs.map((line, i) => <p key={i} dir="auto">{line}</p>)}
      <p className="mm-hidden-note">{t('meetingMode.medical.hiddenOnProjector')}</p>
    </section>
  );
}
