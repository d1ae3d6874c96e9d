import { csvText, type CsvValue } from '../exports/csvText';
import type { Report } from './reportRecords';
import { COUNT_INDICATORS, DAY_STATISTICS } from './reportRecords';
import { bucketWord, cellWord, GROUPING_WORDS, groupWord, INDICATOR_WORDS, recipientWord, suppressionNote } from './reportWords';

/**
 * The report as CSV: one block per table with its own header row, blank lines between, so it reads
 * in a spreadsheet and stays parseable. Suppressed cells are text ("< 5", "x"), never a number a
 * formula could add up as if it were a count.
 */
export function reportCsv(r: Report): string {
  const cell = (c: Parameters<typeof cellWord>[0]): CsvValue => (c.kind === 'waarde' ? c.value : cellWord(c, r.threshold));
  const rows: CsvValue[][] = [
    ['Rapportage Casustafel'],
    ['Periode', `${r.period.fromWeek} t/m ${r.period.toWeek}`],
    ['Gemaakt in week', r.generatedWeek],
    ['Per', r.grouping === null ? 'hele organisatie' : GROUPING_WORDS[r.grouping]],
    ['Toelichting', suppressionNote(r.threshold)],
    [],
    ['Groep', ...COUNT_INDICATORS.map((k) => INDICATOR_WORDS[k]), ...DAY_STATISTICS.map((k) => INDICATOR_WORDS[k])],
    ...r.rows.map((row) => [groupWord(row.group, r.grouping), ...COUNT_INDICATORS.map((k) => cell(row.counts[k])), ...DAY_STATISTICS.map((k) => cell(row.days[k]))]),
    [],
    ['Maand', 'Besprekingen', 'Nieuwe signalen', 'Hulp gestart'],
    ...r.trend.months.map((m) => [m.month, cell(m.discussions), cell(m.newSignals), cell(m.helpStarted)]),
    ['Totaal', cell(r.trend.total.discussions), cell(r.trend.total.newSignals), cell(r.trend.total.helpStarted)],
    [],
    ['Dagen van eerste signaal tot hulp', 'Aantal gezinnen'],
    ...r.daysToHelp.buckets.map((b) => [bucketWord(b.from, b.upTo), cell(b.cell)]),
    ['Totaal', cell(r.daysToHelp.total)],
    [],
    ['Exports naar soort ontvanger', 'Aantal'],
    ...r.exports.rows.map((e) => [recipientWord(e.recipient), cell(e.cell)]),
    ['Totaal', cell(r.exports.total)],
  ];
  return csvText(rows);
}
