import type { Content } from 'pdfmake/interfaces';
import { chartSvg, daysToHelpChart, trendChart } from '../../../shared/reporting/reportCharts';
import { monthWords, weekWords } from '../../../shared/reporting/isoWeek';
import { reportCsv } from '../../../shared/reporting/reportCsv';
import { COUNT_INDICATORS, DAY_STATISTICS, type Report, type ReportCell } from '../../../shared/reporting/reportRecords';
import { bucketWord, cellWord, GROUPING_WORDS, groupWord, INDICATOR_WORDS, recipientWord, suppressionNote } from '../../../shared/reporting/reportWords';
import type { Operator } from '../../../shared/contract/schemas';
import type { WritableDb } from '../vault/connection';
import { recordExport } from '../exports/exportLog';
import { confidentialDocument, renderPdf, repeatingTable } from '../pdf';

/**
 * The report as the files that leave the vault (CSV for a spreadsheet, PDF to read), and the
 * record of it in the export log and on the audit trail. The file name carries the weeks, no day.
 */
export type ReportFormat = 'csv' | 'pdf';

export function reportFileName(r: Report, format: ReportFormat): string {
  const by = r.grouping === null ? '' : `-per-${r.grouping.replace('_', '-')}`;
  return `rapportage-${r.period.fromWeek}-tm-${r.period.toWeek}${by}.${format}`;
}

export async function reportFile(r: Report, format: ReportFormat): Promise<Uint8Array> {
  return format === 'csv' ? new TextEncoder().encode(reportCsv(r)) : renderReportPdf(r);
}

const text = (c: ReportCell, threshold: number): Content => ({ text: cellWord(c, threshold), alignment: 'right' });

/** A chart with its table beside it: the table is the same figures for whoever cannot see the chart. */
function chartWithTable(svg: string, header: string[], rows: Content[][]): Content {
  return {
    columns: [
      { width: 270, svg, fit: [270, 155] },
      { width: '*', stack: [repeatingTable(header.map(() => '*'), header, rows)] },
    ],
    columnGap: 12,
    margin: [0, 4, 0, 10],
  };
}

export async function renderReportPdf(r: Report): Promise<Uint8Array> {
  const t = r.threshold;
  const per = r.grouping === null ? 'hele organisatie' : `per ${GROUPING_WORDS[r.grouping]}`;
  // The main table turned on its side: indicators as rows, groups as columns, so it fits A4.
  const groups = r.rows.map((row) => groupWord(row.group, r.grouping));
  const indicatorRows: Content[][] = [
    ...COUNT_INDICATORS.map((k) => [{ text: INDICATOR_WORDS[k] } as Content, ...r.rows.map((row) => text(row.counts[k], t))]),
    ...DAY_STATISTICS.map((k) => [{ text: INDICATOR_WORDS[k] } as Content, ...r.rows.map((row) => text(row.days[k], t))]),
  ];
  const content: Content[] = [
    { text: suppressionNote(t), style: 'note' },
    { text: 'Indicatoren', style: 'h2' },
    repeatingTable([150, ...groups.map(() => '*' as const)], ['Indicator', ...groups], indicatorRows),
    { text: 'Verloop per maand', style: 'h2' },
    chartWithTable(
      chartSvg(trendChart(r)),
      ['Maand', 'Bespr.', 'Signalen', 'Hulp'],
      [
        // A month stays on one line ("jan 2026"); the figures' columns give way.
        ...r.trend.months.map((m) => [{ text: monthWords(m.month), noWrap: true }, text(m.discussions, t), text(m.newSignals, t), text(m.helpStarted, t)]),
        [{ text: 'Totaal', bold: true }, text(r.trend.total.discussions, t), text(r.trend.total.newSignals, t), text(r.trend.total.helpStarted, t)],
      ],
    ),
    { text: 'Dagen van eerste signaal tot hulp', style: 'h2' },
    chartWithTable(
      chartSvg(daysToHelpChart(r)),
      ['Dagen', 'Gezinnen'],
      [...r.daysToHelp.buckets.map((b) => [{ text: bucketWord(b.from, b.upTo) }, text(b.cell, t)]), [{ text: 'Totaal', bold: true }, text(r.daysToHelp.total, t)]],
    ),
    { text: 'Exports naar soort ontvanger', style: 'h2' },
    repeatingTable(['*', 80], ['Ontvanger', 'Aantal'], [...r.exports.rows.map((e) => [{ text: recipientWord(e.recipient) }, text(e.cell, t)]), [{ text: 'Totaal', bold: true }, text(r.exports.total, t)]]),
  ];
  return renderPdf(
    confidentialDocument({
      title: 'Rapportage casusoverleg',
      subtitle: `Periode ${weekWords(r.period.fromWeek)} t/m ${weekWords(r.period.toWeek)}, ${per}; gemaakt in ${weekWords(r.generatedWeek)}`,
      content,
    }),
  );
}

/**
 * Logs the report that left the vault: no family is in it, so the entry names none. The log keeps
 * the neutral file name, not one typed in a dialog or on the command line (the log outlives the
 * families and may not carry a name someone typed).
 */
export function recordReportExport(db: WritableDb, operator: Operator, at: Date, r: Report, format: ReportFormat): string {
  return db
    .transaction(() =>
      recordExport(db, operator, at, {
        kind: 'rapportage',
        fileName: reportFileName(r, format),
        familyIds: [],
        meetingId: null,
        recipient: null,
        included: `Indicatoren ${r.grouping === null ? 'voor de hele organisatie' : `per ${GROUPING_WORDS[r.grouping]}`}, ${r.period.fromWeek} t/m ${r.period.toWeek}, als ${format.toUpperCase()}`,
        withheld: `Geen namen, vrije tekst of data fijner dan de week; aantallen onder ${r.threshold} afgeschermd`,
      }),
    )
    .immediate();
}
