import { DEFAULT_SUPPRESSION_THRESHOLD, suppressCells, type LinkedSet } from './suppression';
import { emptyCounts, type FamilyFacts, type ReportPeriod } from './familyFacts';
import { isoWeekOf, monthsBetween } from './isoWeek';
import {
  COUNT_INDICATORS,
  DAYS_TO_HELP_BUCKETS,
  FEEDBACK_PARTS,
  RECIPIENT_KINDS,
  type CountIndicator,
  type DayStatistic,
  type RecipientKind,
  type Report,
  type ReportCell,
  type ReportGroup,
  type ReportGrouping,
} from './reportRecords';

/**
 * Adds the families' facts up per group and for the whole period, then suppresses small numbers
 * over the report as one set of cells: a figure that appears in two tables (help started in the
 * main table and in the distribution, new signals in the trend) is one cell, so it is hidden in
 * both or in neither.
 */
export interface ReportExport {
  /** Day the file left the vault, `YYYY-MM-DD`. */
  day: string;
  recipient: RecipientKind;
}

export interface ReportInput {
  period: ReportPeriod;
  grouping: ReportGrouping | null;
  facts: Iterable<FamilyFacts>;
  exports: readonly ReportExport[];
  /** The day the report is made, `YYYY-MM-DD` (only its week is shown). */
  today: string;
  threshold?: number;
}

/** Running sums while facts stream in; the core feeds one family at a time. */
interface Tally {
  group: ReportGroup;
  counts: Record<CountIndicator, number>;
  helpDays: number[];
}

export function groupKey(g: ReportGroup): string {
  switch (g.kind) {
    case 'organisatie':
      return `o:${g.name}`;
    case 'overlegsoort':
      return `m:${g.meetingType}`;
    default:
      return g.kind;
  }
}

/** Groups in the order a reader looks for them: by name, the leftovers last. */
function groupOrder(a: ReportGroup, b: ReportGroup): number {
  const rank = (g: ReportGroup) => (g.kind === 'zonder' ? 1 : g.kind === 'geen_overleg' ? 2 : g.kind === 'totaal' ? 3 : 0);
  const label = (g: ReportGroup) => (g.kind === 'organisatie' ? g.name : g.kind === 'overlegsoort' ? g.meetingType : '');
  return rank(a) - rank(b) || label(a).localeCompare(label(b), 'nl');
}

/** Percentile by linear interpolation between closest ranks (as a spreadsheet's PERCENTILE.INC), one decimal. */
export function percentileOf(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('no values');
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  const value = sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
  return Math.round(value * 10) / 10;
}

class CellBook {
  readonly values: number[] = [];
  readonly sets: LinkedSet[] = [];
  add(value: number): number {
    this.values.push(value);
    return this.values.length - 1;
  }
  link(parts: readonly number[], total: number): void {
    this.sets.push({ parts, total });
  }
}

export function buildReport(input: ReportInput): Report {
  const threshold = input.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const months = monthsBetween(input.period.from, input.period.to);
  const tallies = new Map<string, Tally>();
  const total: Tally = { group: { kind: 'totaal' }, counts: emptyCounts(), helpDays: [] };
  const perMonth = new Map(months.map((m) => [m, { discussions: 0, newSignals: 0, helpStarted: 0 }]));

  for (const f of input.facts) {
    const key = groupKey(f.group);
    let tally = tallies.get(key);
    if (tally === undefined) {
      tally = { group: f.group, counts: emptyCounts(), helpDays: [] };
      tallies.set(key, tally);
    }
    for (const k of COUNT_INDICATORS) {
      tally.counts[k] += f.counts[k];
      total.counts[k] += f.counts[k];
    }
    for (const start of f.helpStarts) {
      tally.helpDays.push(start.days);
      total.helpDays.push(start.days);
      const m = perMonth.get(start.month);
      if (m) m.helpStarted += 1;
    }
    for (const month of f.discussionMonths) {
      const m = perMonth.get(month);
      if (m) m.discussions += 1;
    }
    for (const month of f.newSignalMonths) {
      const m = perMonth.get(month);
      if (m) m.newSignals += 1;
    }
  }

  // A group with nothing to count in the period (a school whose families were all discussed
  // before it) is left out: it would only show a row of zeros.
  const groups =
    input.grouping === null
      ? []
      : [...tallies.values()].filter((t) => COUNT_INDICATORS.some((k) => t.counts[k] > 0)).sort((a, b) => groupOrder(a.group, b.group));
  const rows = [...groups, total];

  const book = new CellBook();
  const rowCells = rows.map((r) => Object.fromEntries(COUNT_INDICATORS.map((k) => [k, book.add(r.counts[k])])) as Record<CountIndicator, number>);
  const totalCells = rowCells.at(-1)!;
  if (groups.length > 0) {
    // The groups partition the families, so every column adds up to the total row.
    for (const k of COUNT_INDICATORS) book.link(rowCells.slice(0, -1).map((c) => c[k]), totalCells[k]);
  }
  for (const cells of rowCells) book.link(FEEDBACK_PARTS.map((k) => cells[k]), cells.signalen_besproken);

  const monthCells = months.map((m) => {
    const v = perMonth.get(m)!;
    return { month: m, discussions: book.add(v.discussions), newSignals: book.add(v.newSignals), helpStarted: book.add(v.helpStarted) };
  });
  const discussionsTotal = book.add(monthCells.reduce((n, m) => n + book.values[m.discussions]!, 0));
  book.link(monthCells.map((m) => m.discussions), discussionsTotal);
  book.link(monthCells.map((m) => m.newSignals), totalCells.nieuwe_signalen);
  book.link(monthCells.map((m) => m.helpStarted), totalCells.hulp_gestart);

  const bounds = [0, ...DAYS_TO_HELP_BUCKETS.map((b) => b + 1)];
  const bucketCells = bounds.map((lower, i) => {
    const upper = DAYS_TO_HELP_BUCKETS[i] ?? null;
    const n = total.helpDays.filter((d) => d >= lower && (upper === null || d <= upper)).length;
    return { from: lower, upTo: upper, cell: book.add(n) };
  });
  book.link(bucketCells.map((b) => b.cell), totalCells.hulp_gestart);

  const exportCounts = new Map<RecipientKind, number>();
  for (const e of input.exports) {
    if (e.day < input.period.from || e.day > input.period.to) continue;
    exportCounts.set(e.recipient, (exportCounts.get(e.recipient) ?? 0) + 1);
  }
  const exportRows = RECIPIENT_KINDS.filter((k) => exportCounts.has(k)).map((k) => ({ recipient: k, cell: book.add(exportCounts.get(k)!) }));
  const exportsTotal = book.add([...exportCounts.values()].reduce((a, b) => a + b, 0));
  book.link(exportRows.map((r) => r.cell), exportsTotal);

  const status = suppressCells(book.values, book.sets, threshold);
  const cell = (i: number): ReportCell =>
    status[i] === 'klein' ? { kind: 'klein' } : status[i] === 'afgeschermd' ? { kind: 'afgeschermd' } : { kind: 'waarde', value: book.values[i]! };

  const dayStats = (r: Tally, nCell: number): Record<DayStatistic, ReportCell> => {
    const shown = cell(nCell);
    if (r.helpDays.length === 0) return { dagen_tot_hulp_mediaan: { kind: 'geen' }, dagen_tot_hulp_p75: { kind: 'geen' } };
    // A median of fewer cases than the threshold describes those few families: hidden with their count.
    if (shown.kind !== 'waarde' || r.helpDays.length < threshold) return { dagen_tot_hulp_mediaan: shown, dagen_tot_hulp_p75: shown };
    const sorted = [...r.helpDays].sort((a, b) => a - b);
    return { dagen_tot_hulp_mediaan: { kind: 'waarde', value: percentileOf(sorted, 0.5) }, dagen_tot_hulp_p75: { kind: 'waarde', value: percentileOf(sorted, 0.75) } };
  };

  return {
    period: { fromWeek: isoWeekOf(input.period.from), toWeek: isoWeekOf(input.period.to) },
    generatedWeek: isoWeekOf(input.today),
    grouping: input.grouping,
    threshold,
    rows: rows.map((r, i) => ({
      group: r.group,
      counts: Object.fromEntries(COUNT_INDICATORS.map((k) => [k, cell(rowCells[i]![k])])) as Record<CountIndicator, ReportCell>,
      days: dayStats(r, rowCells[i]!.hulp_gestart),
    })),
    trend: {
      months: monthCells.map((m) => ({ month: m.month, discussions: cell(m.discussions), newSignals: cell(m.newSignals), helpStarted: cell(m.helpStarted) })),
      total: { discussions: cell(discussionsTotal), newSignals: cell(totalCells.nieuwe_signalen), helpStarted: cell(totalCells.hulp_gestart) },
    },
    daysToHelp: { buckets: bucketCells.map((b) => ({ from: b.from, upTo: b.upTo, cell: cell(b.cell) })), total: cell(totalCells.hulp_gestart) },
    exports: { rows: exportRows.map((r) => ({ recipient: r.recipient, cell: cell(r.cell) })), total: cell(exportsTotal) },
  };
}
