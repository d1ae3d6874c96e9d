import { levelRank, type RiskLevel } from '../instrument/assessmentRecords';
import type { ActionKind, ActionStatus, CaseStatus } from '../regie/regieRecords';
import { signalsAwaitingFeedback } from '../regie/signalFeedback';
import { addWorkingDaysTo, FEEDBACK_WORKING_DAYS } from '../regie/workingDays';
import { dayString, parseFuzzyDate, representativeDay } from '../timeline/fuzzyDate';
import type { TimelineEvent } from '../timeline/timelineEvent';
import { computeSignals, type SignalOptions } from '../timeline/timelineSignals';
import { dayNumberOf } from './isoWeek';
import type { CountIndicator, ReportGroup } from './reportRecords';

/**
 * What one family contributes to a report, computed from its plain records. The indicators reuse
 * the rules the dossier already applies (ping-pong and first signal → help from timelineSignals,
 * "discussed" from signalFeedback, working days from workingDays), so a figure in the report and
 * the warning in a dossier can never disagree.
 *
 * Every family counts in one group: the group of the last meeting that discussed it up to the end
 * of the period (or "not discussed in a meeting"). Groups therefore add up to the total, which
 * is what lets suppression protect a small group against subtraction from the total.
 */
export interface ReportPeriod {
  /** First and last day, `YYYY-MM-DD`, both included. */
  from: string;
  to: string;
}

export interface FamilyDiscussion {
  /** When the meeting starts, ISO instant (the feedback rule compares instants). */
  startsAt: string;
  /** Its day in Amsterdam, `YYYY-MM-DD`. */
  day: string;
  /** The meeting's group under the report's grouping. */
  group: ReportGroup;
  anonymous: boolean;
  /** Meeting mode marked the case postponed: it was on the agenda, not discussed. */
  postponed: boolean;
}

export interface FamilyAction {
  kind: ActionKind;
  status: ActionStatus;
  dueDate: string | null;
  doneOn: string | null;
  /** ISO instant the action was agreed. */
  createdAt: string;
  signallerOrganisationId: string | null;
}

export interface FamilyRecords {
  /** Timeline events that signals are computed from (typed and derived); content fields may be empty. */
  events: readonly TimelineEvent[];
  discussions: readonly FamilyDiscussion[];
  actions: readonly FamilyAction[];
  /** Required agenda topics (kindveiligheid, meldbesluit, spoedzorg): the day raised and the day resolved. */
  requiredTopics: readonly { raisedOn: string; resolvedOn: string | null }[];
  closure: { status: CaseStatus; closedOn: string | null } | null;
  /**
   * The family's concern at the end of the period: the highest of each child's latest assessment
   * made up to that day (shared/instrument/familyConcern); null when no child was assessed by then.
   */
  concernAtEnd: RiskLevel | null;
}

export interface FamilyFacts {
  group: ReportGroup;
  counts: Record<CountIndicator, number>;
  /** One month key ("2026-03") per discussion in the period. */
  discussionMonths: string[];
  newSignalMonths: string[];
  /**
   * Each episode whose help started in the period: days from that episode's first signal (a
   * signal after earlier help ended counts from itself), and the month help started.
   */
  helpStarts: { days: number; month: string }[];
}

export const NOT_DISCUSSED: ReportGroup = { kind: 'geen_overleg' };

const monthOf = (day: number) => dayString(day).slice(0, 7);

/**
 * The same few thousand dates recur across a region's events; parsing each once keeps a report
 * over ten times the region within its time. Bounded, so a long-running app cannot grow it.
 */
const representativeDays = new Map<string, number | null>();
function representativeDayOf(date: string): number | null {
  let day = representativeDays.get(date);
  if (day === undefined) {
    day = representativeDay(date);
    if (representativeDays.size >= 50_000) representativeDays.clear();
    representativeDays.set(date, day);
  }
  return day;
}

export function emptyCounts(): Record<CountIndicator, number> {
  return {
    besproken: 0,
    anoniem_besproken: 0,
    nieuwe_signalen: 0,
    hulp_gestart: 0,
    pingpong: 0,
    regiewissels: 0,
    signalen_besproken: 0,
    terugkoppeling_op_tijd: 0,
    terugkoppeling_te_laat: 0,
    terugkoppeling_niet: 0,
    terugkoppeling_binnen_termijn: 0,
    acties_met_deadline: 0,
    acties_op_tijd: 0,
    verplichte_onderwerpen_open: 0,
    afgesloten_via_poort: 0,
    zorg_hoog_acuut: 0,
  };
}

export function familyFacts(records: FamilyRecords, period: ReportPeriod, signalOptions: Partial<Omit<SignalOptions, 'today'>> = {}): FamilyFacts {
  const from = dayNumberOf(period.from);
  const to = dayNumberOf(period.to);
  const inPeriod = (day: number | null): day is number => day !== null && day >= from && day <= to;
  const counts = emptyCounts();

  // Discussions: the family's group and what was discussed in the period.
  const held = records.discussions.filter((d) => !d.postponed && d.day <= period.to);
  const last = [...held].sort((a, b) => a.startsAt.localeCompare(b.startsAt)).at(-1);
  const inThePeriod = held.filter((d) => d.day >= period.from);
  counts.besproken = inThePeriod.length > 0 ? 1 : 0;
  counts.anoniem_besproken = inThePeriod.filter((d) => d.anonymous).length;
  const discussionMonths = inThePeriod.map((d) => d.day.slice(0, 7));

  // The timeline as it stood at the end of the period.
  const dayOf = new Map<string, number>();
  const known: TimelineEvent[] = [];
  for (const e of records.events) {
    const day = representativeDayOf(e.date);
    if (day === null || day > to) continue;
    dayOf.set(e.id, day);
    known.push(e);
  }
  const newSignalMonths: string[] = [];
  let eventInPeriod = false;
  for (const e of known) {
    const day = dayOf.get(e.id)!;
    if (!inPeriod(day)) continue;
    eventInPeriod = true;
    if (e.type === 'signaal') newSignalMonths.push(monthOf(day));
    if (e.type === 'regiewissel') counts.regiewissels += 1;
  }
  counts.nieuwe_signalen = newSignalMonths.length;

  // Help started (per episode) and ping-pong both need an event in the period: without one the timeline's rules
  // have nothing to add (and at regional scale most families are skipped this way).
  const helpStarts: FamilyFacts['helpStarts'] = [];
  if (eventInPeriod) {
    const signals = computeSignals(known, { ...signalOptions, today: period.to });
    for (const episode of signals.episodes) {
      const helpDay = episode.helpStartedEventId === null ? null : (dayOf.get(episode.helpStartedEventId) ?? null);
      if (inPeriod(helpDay)) helpStarts.push({ days: episode.days, month: monthOf(helpDay) });
    }
    counts.hulp_gestart = helpStarts.length;
    // An episode counts in the period in which its last move happened.
    counts.pingpong = signals.pingPong.episodes.filter((ep) => inPeriod(Math.max(...ep.eventIds.map((id) => dayOf.get(id) ?? -Infinity)))).length;
  }

  // Terugkoppeling: every signal discussed in the period, and whether its signaller heard back
  // within five working days of that discussion.
  const signalled = (inThePeriod.length === 0 ? [] : known)
    .filter((e) => e.type === 'signaal' && e.organisationId !== null)
    .map((e) => ({ eventId: e.id, organisationId: e.organisationId!, date: e.date, summary: '' }));
  const dayOfMeeting = new Map(held.map((d) => [d.startsAt, d.day]));
  const endOfPeriod = `${period.to}T23:59:59.999Z`;
  // A signal counts once a meeting in the period discussed it: without a discussion in the period, none does.
  for (const signal of signalled.length === 0 ? [] : signalsAwaitingFeedback(
    signalled,
    [],
    held.map((d) => d.startsAt),
    endOfPeriod,
  )) {
    const discussedOn = dayOfMeeting.get(signal.discussedAt) ?? signal.discussedAt.slice(0, 10);
    if (discussedOn < period.from) continue;
    counts.signalen_besproken += 1;
    const signalFrom = dayString(parseFuzzyDate(signal.date)!.startDay);
    const given = records.actions
      .filter(
        (a) =>
          a.kind === 'terugkoppeling' &&
          a.signallerOrganisationId === signal.organisationId &&
          a.createdAt.slice(0, 10) >= signalFrom &&
          a.status === 'gedaan' &&
          a.doneOn !== null &&
          a.doneOn <= period.to,
      )
      .map((a) => a.doneOn!)
      .sort()[0];
    const deadline = addWorkingDaysTo(discussedOn, FEEDBACK_WORKING_DAYS) ?? discussedOn;
    if (given !== undefined) counts[given <= deadline ? 'terugkoppeling_op_tijd' : 'terugkoppeling_te_laat'] += 1;
    else counts[deadline < period.to ? 'terugkoppeling_niet' : 'terugkoppeling_binnen_termijn'] += 1;
  }

  // Agreed actions due in the period (monitoring runs on without a date; dropped ones are not owed).
  for (const a of records.actions) {
    if (a.kind === 'monitoring' || a.status === 'vervallen' || a.dueDate === null) continue;
    if (a.dueDate < period.from || a.dueDate > period.to) continue;
    counts.acties_met_deadline += 1;
    if (a.status === 'gedaan' && a.doneOn !== null && a.doneOn <= a.dueDate) counts.acties_op_tijd += 1;
  }

  counts.verplichte_onderwerpen_open = records.requiredTopics.filter((t) => t.raisedOn <= period.to && (t.resolvedOn === null || t.resolvedOn > period.to)).length;

  const c = records.closure;
  // The core closes or scales down a case only through the closure gate, so every such closure passed it.
  counts.afgesloten_via_poort = c !== null && c.status !== 'open' && c.closedOn !== null && c.closedOn >= period.from && c.closedOn <= period.to ? 1 : 0;

  counts.zorg_hoog_acuut = records.concernAtEnd !== null && levelRank(records.concernAtEnd) >= levelRank('hoog') ? 1 : 0;

  return { group: last?.group ?? NOT_DISCUSSED, counts, discussionMonths, newSignalMonths, helpStarts };
}
