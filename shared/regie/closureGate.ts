import { compareCalendarDays, parseCalendarDay, type CalendarDay } from '../domain/calendarDate';
import type { RiskLevel } from '../instrument/assessmentRecords';
import type { ActionStatus, ChildSeen } from './regieRecords';

/**
 * Omgekeerde bewijslast: a case is closed or scaled down only once it is established that the
 * child is safe. The gate lists exactly what is missing, so the screen can say it item by item:
 * (a) a dated judgement that the child is safe, (b) for every child the date it was seen and
 * spoken to, (c) monitoring agreements, each with an owner — and never while the latest risk
 * assessment still says hoog or acuut, or while the assessment points to reporting to Veilig Thuis
 * and no report is on record: a judgement "safe" cannot overrule the instrument's own level.
 */
export type GateMissing =
  | { code: 'safety_judgement' }
  | { code: 'safety_judgement_date' }
  | { code: 'safety_judgement_date_future' }
  | { code: 'no_children' }
  | { code: 'child_seen'; memberId: string; name: string }
  | { code: 'child_seen_future'; memberId: string; name: string }
  | { code: 'monitoring' }
  | { code: 'monitoring_owner'; actionId: string; description: string }
  | { code: 'risk_level'; level: RiskLevel }
  | { code: 'reporting_open' };

export interface GateInput {
  safetyJudgement: string;
  safetyJudgementDate: string | null;
  children: readonly { id: string; name: string }[];
  childrenSeen: readonly ChildSeen[];
  monitoring: readonly {
    id: string;
    description: string;
    status: ActionStatus;
    ownerProfessionalId: string | null;
    ownerOrganisationId: string | null;
  }[];
  /** The latest assessment's effective levels; null when the family was never assessed. */
  latestLevels: { now: RiskLevel; future: RiskLevel } | null;
  /** The latest assessment points to reporting (melden-norm or afwegingskader) and no report to Veilig Thuis is on record. */
  reportingOpen: boolean;
  today: CalendarDay;
}

export interface GateResult {
  allowed: boolean;
  missing: GateMissing[];
}

function isFuture(day: string, today: CalendarDay): boolean {
  const parsed = parseCalendarDay(day);
  return parsed !== null && compareCalendarDays(parsed, today) > 0;
}

export function closureGate(input: GateInput): GateResult {
  const missing: GateMissing[] = [];

  if (input.safetyJudgement.trim() === '') missing.push({ code: 'safety_judgement' });
  if (input.safetyJudgementDate === null || parseCalendarDay(input.safetyJudgementDate) === null) missing.push({ code: 'safety_judgement_date' });
  else if (isFuture(input.safetyJudgementDate, input.today)) missing.push({ code: 'safety_judgement_date_future' });

  if (input.children.length === 0) missing.push({ code: 'no_children' });
  for (const child of input.children) {
    const seen = input.childrenSeen.find((s) => s.memberId === child.id);
    if (!seen || parseCalendarDay(seen.date) === null) missing.push({ code: 'child_seen', memberId: child.id, name: child.name });
    else if (isFuture(seen.date, input.today)) missing.push({ code: 'child_seen_future', memberId: child.id, name: child.name });
  }

  const agreements = input.monitoring.filter((m) => m.status !== 'vervallen');
  if (agreements.length === 0) missing.push({ code: 'monitoring' });
  for (const m of agreements) {
    if (m.ownerProfessionalId === null && m.ownerOrganisationId === null) {
      missing.push({ code: 'monitoring_owner', actionId: m.id, description: m.description });
    }
  }

  if (input.latestLevels !== null) {
    const worst = [input.latestLevels.now, input.latestLevels.future].find((l) => l === 'acuut') ?? [input.latestLevels.now, input.latestLevels.future].find((l) => l === 'hoog');
    if (worst !== undefined) missing.push({ code: 'risk_level', level: worst });
  }
  if (input.reportingOpen) missing.push({ code: 'reporting_open' });

  return { allowed: missing.length === 0, missing };
}

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
      case 'monitoring':
        return 'afspraken over het volgen van de veiligheid (monitoring)';
      case 'monitoring_owner':
        return `een eigenaar voor de monitoringafspraak "${m.description}"`;
      case 'risk_level':
        return `een nieuwe risicotaxatie: de laatste zegt nog risico ${m.level}`;
      case 'reporting_open':
        return 'een besluit over melden bij Veilig Thuis: de risicotaxatie wijst op melden en er is geen melding vastgelegd';
    }
  };
  return `Nog nodig: ${missing.map(line).join('; ')}.`;
}
