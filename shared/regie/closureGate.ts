import { compareCalendarDays, parseCalendarDay, type CalendarDay } from '../domain/calendarDate';
import { dayNumber, dayString } from '../timeline/fuzzyDate';
import { z } from 'zod';
import { RiskLevelSchema } from '../instrument/assessmentRecords';
import { childrenAtHighConcern, type FamilyConcern } from '../instrument/familyConcern';
import type { ActionKind, ActionStatus, ChildSeen } from './regieRecords';

/**
 * Omgekeerde bewijslast: a case is closed or scaled down only once it is established that every
 * child is safe. The gate lists exactly what is missing, each with the child it is about, so the
 * screen and core's refusal can say it item by item:
 * - a dated judgement that the children are safe;
 * - for every child a recent contact (within `contactWeeks`): seen and spoken by a named
 *   professional, on a day, with what was seen and what keeps the child safe now;
 * - monitoring agreements, each with an owner;
 * - no child whose own latest assessment is hoog or acuut, and no child with an open reporting
 *   decision (shared/instrument/familyConcern): a judgement "safe" cannot overrule the instrument;
 * - no open required agenda topic (Kindcheck, kindveiligheid, meldbesluit);
 * - no open action, unless it is carried over with a reason; no terugkoppeling still owed.
 */
const child = { memberId: z.string(), name: z.string() };
export const GateMissing = z.discriminatedUnion('code', [
  z.object({ code: z.literal('safety_judgement') }),
  z.object({ code: z.literal('safety_judgement_date') }),
  z.object({ code: z.literal('safety_judgement_date_future') }),
  z.object({ code: z.literal('no_children') }),
  z.object({ code: z.literal('child_seen'), ...child }),
  z.object({ code: z.literal('child_seen_future'), ...child }),
  z.object({ code: z.literal('child_seen_stale'), ...child, date: z.string(), weeks: z.number() }),
  z.object({ code: z.literal('child_seen_by'), ...child }),
  z.object({ code: z.literal('child_seen_observation'), ...child }),
  z.object({ code: z.literal('child_keeps_safe'), ...child }),
  z.object({ code: z.literal('monitoring') }),
  z.object({ code: z.literal('monitoring_owner'), actionId: z.string(), description: z.string() }),
  z.object({ code: z.literal('risk_level'), ...child, level: RiskLevelSchema }),
  z.object({ code: z.literal('reporting_open'), ...child }),
  z.object({ code: z.literal('required_topic'), topicId: z.string(), topic: z.string(), name: z.string() }),
  z.object({ code: z.literal('open_action'), actionId: z.string(), description: z.string() }),
  z.object({ code: z.literal('feedback_open'), key: z.string(), description: z.string() }),
]);
export type GateMissing = z.infer<typeof GateMissing>;

export interface GateInput {
  safetyJudgement: string;
  safetyJudgementDate: string | null;
  children: readonly { id: string; name: string }[];
  childrenSeen: readonly ChildSeenInput[];
  monitoring: readonly {
    id: string;
    description: string;
    status: ActionStatus;
    ownerProfessionalId: string | null;
    ownerOrganisationId: string | null;
  }[];
  /** The family's concern: each child's own latest assessment. */
  concern: FamilyConcern;
  /** Required agenda topics still open, with the child they are about ('' for the family). */
  openTopics: readonly { id: string; topic: string; childName: string }[];
  /** Open actions other than monitoring and terugkoppeling, with their carry-over reason ('' for none). */
  openActions: readonly { id: string; description: string; carryOverReason: string }[];
  /** Terugkoppeling still owed: an open feedback action, or a discussed signal without one. */
  feedbackOpen: readonly { key: string; description: string }[];
  /** A child counts as recently seen when seen at most this many weeks ago. */
  contactWeeks: number;
  today: CalendarDay;
}

/** A contact as stored; fields added later may be absent on older records. */
export type ChildSeenInput = Pick<ChildSeen, 'memberId' | 'date'> & Partial<Pick<ChildSeen, 'seenBy' | 'observation' | 'keepsSafe'>>;

export const GateResult = z.object({ allowed: z.boolean(), missing: z.array(GateMissing) });
export type GateResult = z.infer<typeof GateResult>;

function isFuture(day: string, today: CalendarDay): boolean {
  const parsed = parseCalendarDay(day);
  return parsed !== null && compareCalendarDays(parsed, today) > 0;
}

const blank = (text: string | undefined) => (text ?? '').trim() === '';

/**
 * The open actions that hold the gate unless carried over with a reason: monitoring goes on after
 * closing by design, and a terugkoppeling owed is judged on its own.
 */
export function actionsToCarryOver<A extends { kind: ActionKind; status: ActionStatus }>(actions: readonly A[]): A[] {
  return actions.filter((a) => a.status === 'open' && (a.kind === 'actie' || a.kind === 'verwijsindex'));
}

export function closureGate(input: GateInput): GateResult {
  const missing: GateMissing[] = [];

  if (input.safetyJudgement.trim() === '') missing.push({ code: 'safety_judgement' });
  if (input.safetyJudgementDate === null || parseCalendarDay(input.safetyJudgementDate) === null) missing.push({ code: 'safety_judgement_date' });
  else if (isFuture(input.safetyJudgementDate, input.today)) missing.push({ code: 'safety_judgement_date_future' });

  const oldestRecent = parseCalendarDay(dayString(dayNumber(input.today.year, input.today.month, input.today.day) - 7 * input.contactWeeks))!;
  if (input.children.length === 0) missing.push({ code: 'no_children' });
  for (const child of input.children) {
    const about = { memberId: child.id, name: child.name };
    const seen = input.childrenSeen.find((s) => s.memberId === child.id);
    const day = seen === undefined || seen.date === null ? null : parseCalendarDay(seen.date);
    if (seen === undefined || seen.date === null || day === null) missing.push({ code: 'child_seen', ...about });
    else if (compareCalendarDays(day, input.today) > 0) missing.push({ code: 'child_seen_future', ...about });
    else if (compareCalendarDays(day, oldestRecent) < 0) missing.push({ code: 'child_seen_stale', ...about, date: seen.date, weeks: input.contactWeeks });
    if (seen !== undefined) {
      if (blank(seen.seenBy)) missing.push({ code: 'child_seen_by', ...about });
      if (blank(seen.observation)) missing.push({ code: 'child_seen_observation', ...about });
      if (blank(seen.keepsSafe)) missing.push({ code: 'child_keeps_safe', ...about });
    }
  }

  const agreements = input.monitoring.filter((m) => m.status !== 'vervallen');
  if (agreements.length === 0) missing.push({ code: 'monitoring' });
  for (const m of agreements) {
    if (m.ownerProfessionalId === null && m.ownerOrganisationId === null) {
      missing.push({ code: 'monitoring_owner', actionId: m.id, description: m.description });
    }
  }

  for (const child of childrenAtHighConcern(input.concern)) {
    missing.push({ code: 'risk_level', memberId: child.childId, name: child.childName, level: child.level });
  }
  for (const child of input.concern.children) {
    if (child.reportingOpen) missing.push({ code: 'reporting_open', memberId: child.childId, name: child.childName });
  }
  for (const topic of input.openTopics) missing.push({ code: 'required_topic', topicId: topic.id, topic: topic.topic, name: topic.childName });
  for (const action of input.openActions) {
    if (action.carryOverReason.trim() === '') missing.push({ code: 'open_action', actionId: action.id, description: action.description });
  }
  for (const feedback of input.feedbackOpen) missing.push({ code: 'feedback_open', key: feedback.key, description: feedback.description });

  return { allowed: missing.length === 0, missing };
}

const REQUIRED_TOPIC_WORDS: Record<string, string> = { kindveiligheid: 'kindveiligheid (Kindcheck)', meldbesluit: 'besluit over melden', spoedzorg: 'spoedzorg vandaag' };

/** The gate's findings as Dutch sentences, for the core's refusal and the logs. */
export function describeMissingInDutch(missing: readonly GateMissing[]): string {
  const line = (m: GateMissing): string => {
    switch (m.code) {
      case 'safety_judgement':
        return 'een oordeel dat het kind veilig is';
      case 'safety_judgement_date':
        return 'de datum van dat oordeel';
      case 'safety_judgement_date_future':
        return 'een oordeelsdatum die niet in de toekomst ligt';
      case 'no_children':
        return 'een kind in het gezin (er is geen kind geregistreerd)';
      case 'child_seen':
        return `de datum waarop ${m.name} is gezien en gesproken`;
      case 'child_seen_future':
        return `een datum waarop ${m.name} is gezien die niet in de toekomst ligt`;
      case 'child_seen_stale':
        return `recent contact met ${m.name}: het laatste gesprek (${m.date}) is langer dan ${m.weeks} weken geleden`;
      case 'child_seen_by':
        return `wie ${m.name} heeft gezien en gesproken (een professional met naam)`;
      case 'child_seen_observation':
        return `wat er bij ${m.name} is gezien en gehoord`;
      case 'child_keeps_safe':
        return `wat ${m.name} nu veilig houdt`;
      case 'monitoring':
        return 'afspraken over het volgen van de veiligheid (monitoring)';
      case 'monitoring_owner':
        return `een eigenaar voor de monitoringafspraak "${m.description}"`;
      case 'risk_level':
        return `een nieuwe risicotaxatie van ${m.name}: de laatste zegt nog zorg ${m.level}`;
      case 'reporting_open':
        return `een besluit over melden bij Veilig Thuis voor ${m.name}: de risicotaxatie wijst op melden en er is daarna geen melding vastgelegd`;
      case 'required_topic':
        return `het verplichte agendapunt ${REQUIRED_TOPIC_WORDS[m.topic] ?? m.topic}${m.name ? ` (${m.name})` : ''}`;
      case 'open_action':
        return `de open actie "${m.description}": afronden, laten vervallen of met een reden overdragen`;
      case 'feedback_open':
        return `terugkoppeling aan de melder: ${m.description}`;
    }
  };
  return `Nog nodig: ${missing.map(line).join('; ')}.`;
}
