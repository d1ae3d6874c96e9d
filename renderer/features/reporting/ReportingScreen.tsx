import { monthText, weekText } from '../../format/reportPeriod';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { daysToHelpChart, trendChart } from '../../../shared/reporting/reportCharts';
import { COUNT_INDICATORS, DAY_STATISTICS, type Report, type ReportCell, type ReportGroup, type ReportGrouping, type ReportRequest } from '../../../shared/reporting/reportRecords';
import { useLoad } from '../../api/useLoad';
import { useSubmit } from '../../api/useSubmit';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { DataTable } from '../../components/DataTable';
import { FormFooter, SelectInput } from '../../components/FormFields';
import { ScreenHeading } from '../../components/ScreenHeading';
import { parseDutchDate, toDutchDateInput } from '../../format/dutchDate';
import { ReportChart } from './ReportChart';
import { buildReport, exportReport } from './reportingActions';
import './reporting.css';
import { unreadableDateText } from '../../format/typedDate';
import { DateField } from '../../components/DateField';

type ByChoice = ReportGrouping | 'geen';

function cellText(c: ReportCell, threshold: number, t: TFunction, language: string): string {
  switch (c.kind) {
    case 'waarde':
      return c.value.toLocaleString(language);
    case 'klein':
      return t('reporting.cells.klein', { threshold });
    case 'afgeschermd':
      return t('reporting.cells.afgeschermd');
    case 'geen':
      return t('reporting.cells.geen');
  }
}

function groupText(g: ReportGroup, grouping: ReportGrouping | null, t: TFunction): string {
  switch (g.kind) {
    case 'organisatie':
      return g.name;
    case 'overlegsoort':
      return t(`vocab.meetingType.${g.meetingType}`);
    case 'zonder':
      return grouping === 'school' ? t('reporting.groups.zonder_school') : t('reporting.groups.zonder_team');
    case 'geen_overleg':
      return t('reporting.groups.geen_overleg');
    case 'totaal':
      return t('reporting.groups.totaal');
  }
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The figures of one report: the indicators per group, the two charts each with its table, the exports. */
function ReportView({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  const n = (c: ReportCell) => cellText(c, report.threshold, t, i18n.language);
  // The chart's texts come from the shared layout in Dutch ("< 5", "x"): shown as the table shows them.
  const chartText = (text: string) => (text === 'x' ? t('reporting.cells.afgeschermd') : text === '–' ? t('reporting.cells.geen') : text);
  const number = { cellClassName: 'report-number' };
  const bucketText = (from: number, upTo: number | null) => (upTo === null ? t('reporting.bucketOpen', { from: from - 1 }) : t('reporting.bucket', { from, upTo }));
  return (
    <>
      <p>{t('reporting.period', { from: weekText(report.period.fromWeek, i18n.language), to: weekText(report.period.toWeek, i18n.language), week: weekText(report.generatedWeek, i18n.language) })}</p>
      <p className="hint">{t('reporting.suppression', { threshold: report.threshold })}</p>

      <section aria-labelledby="report-indicators">
        <h2 id="report-indicators">{t('reporting.indicatorsTitle')}</h2>
        <DataTable
          className="report-table"
          caption={t('reporting.indicatorsTitle')}
          captionHidden
          columns={[{ header: t('reporting.indicator') }, ...report.rows.map((r) => ({ header: groupText(r.group, report.grouping, t), ...number }))]}
          rows={[
            ...COUNT_INDICATORS.map((k) => ({ key: k, cells: [t(`reporting.indicators.${k}`), ...report.rows.map((r) => n(r.counts[k]))] })),
            ...DAY_STATISTICS.map((k) => ({ key: k, cells: [t(`reporting.indicators.${k}`), ...report.rows.map((r) => n(r.days[k]))] })),
          ]}
        />
      </section>

      <section aria-labelledby="report-trend">
        <h2 id="report-trend">{t('reporting.trendTitle')}</h2>
        <div className="report-figure">
          <ReportChart chart={trendChart(report)} description={t('reporting.trendChart')} seriesLabel={(key) => t(`reporting.series.${key}`)} cellText={chartText} />
          <DataTable
            className="report-table"
            caption={t('reporting.trendTitle')}
            captionHidden
            columns={[{ header: t('reporting.month') }, { header: t('reporting.series.discussions'), ...number }, { header: t('reporting.series.newSignals'), ...number }, { header: t('reporting.series.helpStarted'), ...number }]}
            rows={[
              ...report.trend.months.map((m) => ({ key: m.month, cells: [monthText(m.month, i18n.language), n(m.discussions), n(m.newSignals), n(m.helpStarted)] })),
              { key: 'totaal', cells: [t('reporting.total'), n(report.trend.total.discussions), n(report.trend.total.newSignals), n(report.trend.total.helpStarted)] },
            ]}
          />
        </div>
      </section>

      <section aria-labelledby="report-days">
        <h2 id="report-days">{t('reporting.daysTitle')}</h2>
        <div className="report-figure">
          <ReportChart chart={daysToHelpChart(report)} description={t('reporting.daysChart')} seriesLabel={(key) => t(`reporting.series.${key}`)} cellText={chartText} />
          <DataTable
            className="report-table"
            caption={t('reporting.daysTitle')}
            captionHidden
            columns={[{ header: t('reporting.days') }, { header: t('reporting.series.families'), ...number }]}
            rows={[
              ...report.daysToHelp.buckets.map((b) => ({ key: String(b.from), cells: [bucketText(b.from, b.upTo), n(b.cell)] })),
              { key: 'totaal', cells: [t('reporting.total'), n(report.daysToHelp.total)] },
            ]}
          />
        </div>
      </section>

      <section aria-labelledby="report-exports">
        <h2 id="report-exports">{t('reporting.exportsTitle')}</h2>
        <DataTable
          className="report-table"
          caption={t('reporting.exportsTitle')}
          captionHidden
          columns={[{ header: t('reporting.recipient') }, { header: t('reporting.count'), ...number }]}
          rows={[
            ...report.exports.rows.map((e) => ({
              key: e.recipient,
              cells: [e.recipient === 'geen_ontvanger' ? t('reporting.noRecipient') : t(`vocab.organisationType.${e.recipient}`), n(e.cell)],
            })),
            { key: 'totaal', cells: [t('reporting.total'), n(report.exports.total)] },
          ]}
        />
      </section>
    </>
  );
}

/**
 * "Rapportage": management information without names for a period, per school, team or kind of
 * meeting, with CSV and PDF export through the save dialog (logged in the export log).
 */
export function ReportingScreen() {
  const { t } = useTranslation();
  const [fromText, setFromText] = useState(toDutchDateInput(`${today().slice(0, 4)}-01-01`));
  const [toText, setToText] = useState(toDutchDateInput(today()));
  const [by, setBy] = useState<ByChoice>('geen');
  const [request, setRequest] = useState<ReportRequest | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const form = useSubmit();
  const exporting = useSubmit();
  const loaded = useLoad(request === null ? null : () => buildReport(request), [request]);

  const show = () => {
    const from = parseDutchDate(fromText);
    const to = parseDutchDate(toText);
    if (form.rejects({ from: from === null ? unreadableDateText(fromText) : null, to: to === null ? unreadableDateText(toText) : from !== null && to < from ? t('reporting.toBeforeFrom') : null })) return;
    setStatus(null);
    setRequest({ from: from!, to: to!, by: by === 'geen' ? null : by });
  };

  const save = (format: 'csv' | 'pdf') => {
    if (request === null) return;
    void exporting.run(
      () => exportReport({ request, format }),
      (r) => setStatus(r.saved && r.fileName ? t('reporting.exported', { fileName: r.fileName }) : t('reporting.exportCancelled')),
    );
  };

  return (
    <div className="screen">
      <ScreenHeading>{t('reporting.title')}</ScreenHeading>
      <p>{t('reporting.intro')}</p>
      <form className="report-form" onSubmit={form.onSubmit(show)} noValidate>
        <DateField label={t('reporting.from')} value={fromText} onChange={setFromText} error={form.fieldErrors.from ?? null} />
        <DateField label={t('reporting.to')} value={toText} onChange={setToText} error={form.fieldErrors.to ?? null} />
        <SelectInput
          label={t('reporting.by')}
          value={by}
          onChange={(value) => setBy(value as ByChoice)}
          choices={(['geen', 'school', 'team', 'meeting_kind'] as const).map((value) => ({ value, label: t(`reporting.byChoices.${value}`) }))}
        />
        <FormFooter busy={form.busy} error={form.error} label={t('reporting.show')} primary />
      </form>
      {status ? <StatusMessage>{status}</StatusMessage> : null}
      {exporting.error ? <ErrorAlert>{exporting.error}</ErrorAlert> : null}
      {loaded.error ? <ErrorAlert>{loaded.error}</ErrorAlert> : null}
      {request !== null && loaded.data === undefined && loaded.error === null ? <p role="status">{t('reporting.loading')}</p> : null}
      {loaded.data !== undefined && request !== null ? (
        <>
          <ReportView report={loaded.data} />
          <div className="button-row">
            <button type="button" className="button" disabled={exporting.busy} onClick={() => save('csv')}>
              {t('reporting.exportCsv')}
            </button>
            <button type="button" className="button" disabled={exporting.busy} onClick={() => save('pdf')}>
              {t('reporting.exportPdf')}
            </button>
          </div>
        </>
      ) : null}
    </div>
  );
}
