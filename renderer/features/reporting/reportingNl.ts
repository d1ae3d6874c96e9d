import type { TranslationOf } from '../../i18n/translationOf';
import { INDICATOR_WORDS } from '../../../shared/reporting/reportWords';

/** Dutch texts of the Rapportage screen; its own i18next namespace `reporting`. */
export const reportingNl = {
  nav: 'Rapportage',
  title: 'Rapportage',
  intro:
    'Wat de organisatie leert van haar overleggen: aantallen per periode, per school, team of soort overleg. Zonder namen, zonder vrije tekst en zonder data fijner dan de week.',
  from: 'Van',
  to: 'Tot en met',
  dateHint: 'dd-mm-jjjj',
  toBeforeFrom: 'De einddatum ligt voor de begindatum.',
  by: 'Per',
  byChoices: { geen: 'hele organisatie', school: 'school', team: 'team', meeting_kind: 'soort overleg' },
  show: 'Toon rapportage',
  loading: 'Rapportage wordt gemaakt…',
  period: 'Periode: {{from}} t/m {{to}}. Gemaakt in {{week}}.',
  suppression:
    'Aantallen van 1 tot {{threshold}} staan er als "< {{threshold}}". Een "x" is afgeschermd zodat zo\'n klein aantal niet uit een totaal terug te rekenen is. Elk gezin telt bij de groep van het laatste overleg waarin het tot het einde van de periode besproken is.',
  indicatorsTitle: 'Indicatoren',
  indicator: 'Indicator',
  indicators: INDICATOR_WORDS,
  groups: { zonder_school: 'overleg zonder school', zonder_team: 'overleg zonder team', geen_overleg: 'niet in een overleg besproken', totaal: 'Totaal' },
  cells: { klein: '< {{threshold}}', afgeschermd: 'x', geen: '–' },
  trendTitle: 'Verloop per maand',
  trendChart: 'Staafdiagram: besprekingen, nieuwe signalen en hulp gestart per maand. De tabel ernaast heeft dezelfde cijfers.',
  month: 'Maand',
  series: { discussions: 'Besprekingen', newSignals: 'Nieuwe signalen', helpStarted: 'Hulp gestart', families: 'Gezinnen' },
  total: 'Totaal',
  daysTitle: 'Dagen van eerste signaal tot hulp',
  daysChart: 'Staafdiagram: aantal gezinnen per aantal dagen van eerste signaal tot hulp. De tabel ernaast heeft dezelfde cijfers.',
  days: 'Dagen',
  bucket: '{{from}}–{{upTo}} dagen',
  bucketOpen: 'meer dan {{from}} dagen',
  exportsTitle: 'Exports naar soort ontvanger',
  recipient: 'Ontvanger',
  count: 'Aantal',
  noRecipient: 'geen ontvanger (eigen gebruik)',
  noExports: 'Geen exports in deze periode.',
  exportCsv: 'Exporteer als CSV',
  exportPdf: 'Exporteer als PDF',
  exported: 'Opgeslagen als {{fileName}} en vastgelegd in het exportlogboek.',
  exportCancelled: 'Niet opgeslagen.',
} as const;

export type ReportingTranslation = TranslationOf<typeof reportingNl>;
