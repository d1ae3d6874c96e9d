import { MEETING_TYPE_WORDS, ORGANISATION_TYPE_WORDS } from '../exports/exportWords';
import type { CountIndicator, DayStatistic, RecipientKind, ReportCell, ReportGroup, ReportGrouping } from './reportRecords';

/**
 * Dutch words of the report's files (CSV, PDF, the CLI). Files that leave the vault are Dutch,
 * whatever the UI language; the screen has its own translations with the same wording.
 */
export const INDICATOR_WORDS: Record<CountIndicator | DayStatistic, string> = {
  besproken: 'Besproken casussen',
  anoniem_besproken: 'Anonieme besprekingen',
  nieuwe_signalen: 'Nieuwe signalen',
  hulp_gestart: 'Hulp gestart',
  dagen_tot_hulp_mediaan: 'Dagen signaal tot hulp (mediaan)',
  dagen_tot_hulp_p75: 'Dagen signaal tot hulp (75e percentiel)',
  pingpong: 'Pingpong-episodes',
  regiewissels: 'Regiewissels',
  signalen_besproken: 'Besproken signalen',
  terugkoppeling_op_tijd: 'Terugkoppeling binnen 5 werkdagen',
  terugkoppeling_te_laat: 'Terugkoppeling te laat',
  terugkoppeling_niet: 'Geen terugkoppeling na de termijn',
  terugkoppeling_binnen_termijn: 'Terugkoppeling nog binnen de termijn',
  acties_met_deadline: 'Acties met deadline in de periode',
  acties_op_tijd: 'Acties op tijd gedaan',
  verplichte_onderwerpen_open: 'Verplichte kindveiligheidsonderwerpen open',
  afgesloten_via_poort: 'Afgesloten of afgeschaald via de poort',
  zorg_hoog_acuut: 'Gezinnen met zorg hoog of acuut (einde periode)',
};

export const GROUPING_WORDS: Record<ReportGrouping, string> = { school: 'school', team: 'team', meeting_kind: 'soort overleg' };

export function recipientWord(kind: RecipientKind): string {
  return kind === 'geen_ontvanger' ? 'geen ontvanger (eigen gebruik)' : ORGANISATION_TYPE_WORDS[kind];
}

export function groupWord(g: ReportGroup, grouping: ReportGrouping | null): string {
  switch (g.kind) {
    case 'organisatie':
      return g.name;
    case 'overlegsoort':
      return MEETING_TYPE_WORDS[g.meetingType];
    case 'zonder':
      return grouping === 'school' ? 'overleg zonder school' : 'overleg zonder team';
    case 'geen_overleg':
      return 'niet in een overleg besproken';
    case 'totaal':
      return 'Totaal';
  }
}

/** A cell as text: the number (decimal comma), "< 5", "x" or "–". */
export function cellWord(c: ReportCell, threshold: number): string {
  switch (c.kind) {
    case 'waarde':
      return String(c.value).replace('.', ',');
    case 'klein':
      return `< ${threshold}`;
    case 'afgeschermd':
      return 'x';
    case 'geen':
      return '–';
  }
}

export function bucketWord(from: number, upTo: number | null): string {
  return upTo === null ? `meer dan ${from - 1} dagen` : `${from}–${upTo} dagen`;
}

export function suppressionNote(threshold: number): string {
  return (
    `Aantallen van 1 tot ${threshold} staan er als "< ${threshold}". Een "x" is afgeschermd zodat zo'n klein aantal niet uit een totaal ` +
    'terug te rekenen is. Elk gezin telt bij de groep van het laatste overleg waarin het tot het einde van de periode besproken is. ' +
    'Geen namen, geen vrije tekst, geen data fijner dan de week.'
  );
}
