import type { Content } from 'pdfmake/interfaces';
import { INZAGE_SECTIONS, type InzageDocument } from '../../../shared/retention/inzageDocument';
import type { ProcessingOverview } from '../../../shared/retention/processingOverview';
import { confidentialDocument, dutchDate, dutchDateTime, renderPdf, repeatingTable } from '../pdf';

/** Column names as a reader knows them; anything not listed is shown as stored. */
const COLUMN_LABELS: Record<string, string> = {
  display_name: 'Naam',
  note: 'Notitie',
  role: 'Rol',
  given_name: 'Voornaam',
  family_name: 'Achternaam',
  birth_date: 'Geboortedatum',
  parental_authority: 'Gezag',
  school_id: 'School',
  school_group: 'Groep',
  organisation_id: 'Organisatie',
  to_organisation_id: 'Naar organisatie',
  professional_id: 'Professional',
  owner_professional_id: 'Eigenaar',
  owner_organisation_id: 'Eigenaar (organisatie)',
  mandate: 'Mandaat',
  since: 'Sinds',
  last_contact: 'Laatste contact',
  vir_registered: 'Verwijsindex',
  legal_basis: 'Grondslag',
  ended_at: 'Beëindigd',
  status: 'Status',
  purpose: 'Doel',
  date: 'Datum',
  type: 'Soort',
  summary: 'Omschrijving',
  reason: 'Reden',
  description: 'Omschrijving',
  due_date: 'Uiterlijk',
  created_at: 'Vastgelegd',
  created_by: 'Vastgelegd door',
  updated_at: 'Gewijzigd',
  updated_by: 'Gewijzigd door',
  recorded_by: 'Vastgelegd door',
  title: 'Titel',
  starts_at: 'Begint',
  minutes: 'Notulen',
  anonymous: 'Anoniem',
  closed_on: 'Afgesloten op',
  safety_judgement: 'Veiligheidsoordeel',
  judgement: 'Oordeel',
  reasons: 'Redenen',
  kind: 'Soort',
  step: 'Stap',
  trigger: 'Aanleiding',
  decided_by: 'Besloten door',
  value: 'Antwoord',
  item_id: 'Vraag',
  observer_name: 'Waargenomen door',
  source: 'Bron',
  question: 'Vraag',
  answer: 'Antwoord',
  reasoning: 'Afweging',
  now_level: 'Zorg om de veiligheid nu (risiconiveau)',
  future_level: 'Risico toekomst',
  assessed_on: 'Beoordeeld op',
  kindcheck: 'Kindcheck',
  noticed_by: 'Opgemerkt door',
  referral_status: 'Status verwijzing',
  retention_class: 'Bewaarklasse',
  trigger_date: 'Termijn loopt vanaf',
  decision: 'Besluit',
  request_date: 'Datum verzoek',
  requester_role: 'Verzoeker',
  organisation_ids: 'Organisaties',
  informed: 'Geïnformeerd',
  informing_postponed_until: 'Informeren uitgesteld tot',
  informing_postponed_reason: 'Reden van uitstel',
  term: 'Afgesproken termijn',
  casemanager: 'Casemanager',
  monitoring: 'Afspraken over monitoring',
  doorzettingsmacht: 'Doorzettingsmacht',
  location: 'Plaats',
  anonymous_on_agenda: 'Anoniem op de agenda',
  position: 'Volgorde',
};

/** Stored 0/1 flags, shown as ja/nee. */
const FLAGS = new Set(['anonymous', 'parental_authority', 'informed', 'doorzettingsmacht', 'handover_met_family', 'handover_responsibilities_agreed', 'handover_previous_stays_involved']);

/** Columns that only matter to software (ids that point elsewhere, sort keys): left out of the readable version. */
const HIDDEN = new Set(['id', 'family_id', 'sort_key', 'member_ids', 'member_id', 'person_id', 'child_id', 'assessment_id', 'action_id', 'meeting_id', 'export_id', 'instrument_id', 'previous_id']);

function valueText(column: string, value: string | number | null, names: Map<string, string>): string {
  if (value === null || value === '') return '';
  if (FLAGS.has(column) && (value === 0 || value === 1)) return value === 1 ? 'ja' : 'nee';
  if (typeof value === 'number') return String(value);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return dutchDateTime(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return dutchDate(value);
  if (value.startsWith('[') && value.endsWith(']')) {
    try {
      const list: unknown = JSON.parse(value);
      if (Array.isArray(list)) return list.map((v) => (typeof v === 'string' ? (names.get(v) ?? v) : JSON.stringify(v))).join(', ');
    } catch {
      // Not JSON after all: shown as stored.
    }
  }
  const named = names.get(value);
  if (named !== undefined) return named;
  // Stored vocabulary ("noodzakelijk_betrokkenen") reads as words; typed text stays exactly as typed.
  return /^[a-z]+(_[a-z0-9]+)+$/.test(value) ? value.replace(/_/g, ' ') : value;
}

function recordBlock(row: Record<string, string | number | null>, names: Map<string, string>): Content {
  const lines = Object.entries(row)
    .filter(([column]) => !HIDDEN.has(column))
    .map(([column, value]) => [COLUMN_LABELS[column] ?? column.replace(/_/g, ' '), valueText(column, value, names)] as const)
    .filter(([, text]) => text !== '');
  // A record whose every column is an id (a link row such as export_log_families) still counts, but pdfmake cannot lay out an empty table.
  if (lines.length === 0) return { text: '(alleen een verwijzing, zonder verdere gegevens)', style: 'small', margin: [0, 2, 0, 8] };
  return {
    table: { widths: [130, '*'], body: lines.map(([label, text]) => [{ text: label, style: 'small' }, { text }]) },
    layout: 'noBorders',
    margin: [0, 2, 0, 8],
  };
}

/**
 * The readable inzage: every table of the JSON version as a section with one block per record,
 * ids replaced by the names they point at, and the log of who did what with the data.
 */
export async function renderInzagePdf(doc: InzageDocument, title: string): Promise<Uint8Array> {
  const names = new Map<string, string>([
    ...doc.directory.organisations.map((o) => [o.id, o.name] as const),
    ...doc.directory.professionals.map((p) => [p.id, p.name] as const),
    ...(doc.records.family_members ?? []).map((m) => [String(m.id), `${String(m.given_name ?? '')} ${String(m.family_name ?? '')}`.trim()] as const),
  ]);
  const known = new Set(INZAGE_SECTIONS.map((s) => s.table));
  const sections = [...INZAGE_SECTIONS, ...Object.keys(doc.records).filter((t) => !known.has(t)).map((t) => ({ table: t, title: t.replace(/_/g, ' ') }))];
  const content: Content[] = [
    {
      text:
        'Dit overzicht bevat alle gegevens die deze kluis over u of uw gezin bewaart, met wie ze heeft vastgelegd en wanneer; wat er om een wettelijke reden niet in staat, staat onder "Niet in dit overzicht" met de reden. ' +
        'Hetzelfde staat in machineleesbare vorm in het JSON-bestand (schema ' +
        `${doc.schema} versie ${doc.schemaVersion}).`,
      style: 'note',
    },
  ];
  for (const section of sections) {
    const rows = doc.records[section.table];
    if (rows === undefined || rows.length === 0) continue;
    content.push({ text: `${section.title} (${rows.length})`, style: 'h2' });
    for (const row of rows) content.push(recordBlock(row, names));
  }
  if (doc.withheld !== undefined && doc.withheld.length > 0) {
    content.push({ text: 'Niet in dit overzicht', style: 'h2' });
    for (const w of doc.withheld) {
      const title = sections.find((s) => s.table === w.table)?.title ?? w.table;
      content.push({ text: `${title}: ${w.count} ${w.count === 1 ? 'onderdeel' : 'onderdelen'} niet opgenomen. Reden: ${w.reason}.`, margin: [0, 0, 0, 4] });
    }
  }
  content.push({ text: `Logboek (${doc.auditTrail.length})`, style: 'h2' });
  content.push(
    repeatingTable(
      [80, 110, '*'],
      ['Moment', 'Door', 'Wat'],
      doc.auditTrail.map((e) => [{ text: dutchDateTime(e.at) }, { text: e.operator, style: 'small' }, { text: e.summary }]),
    ),
  );
  return renderPdf(confidentialDocument({ title, subtitle: `Opgesteld ${dutchDateTime(doc.generatedAt)} door ${doc.generatedBy}`, content }));
}

/** The processing overview as a PDF (counts only, like the CSV). */
export async function renderOverviewPdf(o: ProcessingOverview): Promise<Uint8Array> {
  const content: Content[] = [
    { text: 'Gegenereerd uit de kluis; bevat geen persoonsgegevens, alleen aantallen.', style: 'note' },
    { text: 'Categorieën gegevens', style: 'h2' },
    repeatingTable(['*', 70], ['Categorie', 'Aantal'], o.categories.map((c) => [{ text: c.label }, { text: String(c.count) }])),
    { text: 'Grondslagen', style: 'h2' },
    repeatingTable(
      ['*', 90, 90],
      ['Grondslag', 'Betrokkenheden', 'Tijdlijn'],
      o.legalBases.map((b) => [{ text: b.label }, { text: String(b.involvements) }, { text: String(b.timelineEvents) }]),
    ),
    { text: 'Bewaartermijnen', style: 'h2' },
    repeatingTable(
      ['*', 60, 60, 80],
      ['Bewaarklasse', 'Jaren', 'Gezinnen', 'Verstreken'],
      o.retention.map((r) => [{ text: r.label }, { text: String(r.years) }, { text: String(r.families) }, { text: String(r.pastDue) }]),
    ),
    { text: 'Wie werkte in de kluis', style: 'h2' },
    repeatingTable(
      ['*', '*', 55, 70],
      ['Organisatie', 'Rol', 'Personen', 'Handelingen'],
      o.operators.map((p) => [{ text: p.organisation }, { text: p.role }, { text: String(p.people) }, { text: String(p.actions) }]),
    ),
    { text: `Vernietigde dossiers: ${o.destructions}. Verzoeken tot vernietiging: ${o.erasureRequests}.`, margin: [0, 8, 0, 0] },
  ];
  const period = o.firstActivity === null ? 'geen activiteit' : `${dutchDateTime(o.firstActivity)} – ${dutchDateTime(o.lastActivity ?? o.firstActivity)}`;
  return renderPdf(confidentialDocument({ title: 'Verwerkingsoverzicht (DPIA)', subtitle: `Periode: ${period}`, content }));
}
