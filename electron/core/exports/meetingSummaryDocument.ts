import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { ATTENDANCE_WORDS, LEGAL_BASIS_WORDS } from '../../../shared/exports/exportWords';
import { confidentialDocument, repeatingTable } from '../pdf/confidentialDocument';
import { dutchDateTime } from '../pdf/dutchDates';
import type { RecipientShare, SummaryItem, SummaryMeeting } from './summaryModel';

/**
 * One recipient's summary as a PDF document definition. Only what `share.families` holds is
 * printed: withheld families are not named anywhere in the file (not even as "withheld"), only
 * counted, so the recipient learns that something was left out, not what.
 */
function paragraphs(text: string): Content[] {
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => ({ text: p, margin: [0, 0, 0, 4] }) as Content);
}

function familySection(family: RecipientShare['families'][number]): Content[] {
  const of = (kind: SummaryItem['kind']) => family.items.filter((i) => i.kind === kind);
  const out: Content[] = [
    { text: family.label, style: 'h2', headlineLevel: 1 } as Content,
    {
      text:
        family.basis === null
          ? 'Anoniem: deze casus gaat zonder namen en zonder tijdlijn mee, er is (nog) geen grondslag om het gezin bij naam te delen.'
          : `Grondslag voor deze samenvatting: ${LEGAL_BASIS_WORDS[family.basis]}${family.form === 'anoniem' ? ' (anoniem besproken: zonder namen en zonder tijdlijn)' : ''}`,
      style: 'note',
    },
  ];
  // What keeps a child safe now comes before anything else about the family.
  const safety = of('veiligheidsafspraak');
  if (safety.length) {
    out.push(
      { text: 'Veiligheidsafspraken', style: 'h3' },
      repeatingTable(
        [60, '*', 95, 60, 80],
        ['Voor', 'Wat houdt het kind nu veilig', 'Wie', 'Uiterlijk', 'Ouders'],
        safety.map((a) => {
          const [children = '', what = a.text, owner = '', due = '', parents = '', status = ''] = a.cells ?? [];
          return [{ text: children }, { text: status === 'open' ? what : `${what} (${status})` }, { text: owner }, { text: due }, { text: parents }];
        }),
      ),
    );
  }
  for (const r of of('regie')) out.push({ text: r.text, bold: true, margin: [0, 0, 0, 4] });
  const decisions = of('besluit');
  if (decisions.length) {
    out.push({ text: 'Besluiten', style: 'h3' }, { ul: decisions.map((d) => d.text) });
  }
  const actions = of('actie');
  if (actions.length) {
    out.push(
      { text: 'Acties', style: 'h3' },
      repeatingTable(['*', 130, 80, 45], ['Wat', 'Eigenaar', 'Uiterlijk', 'Status'], actions.map((a) => (a.cells ?? [a.text, '', '', '']).map((c) => ({ text: c })))),
    );
  }
  for (const p of of('gezinsplan')) out.push({ text: 'Gezinsplan', style: 'h3' }, ...paragraphs(p.text));
  for (const m of of('notulen')) out.push({ text: 'Notulen', style: 'h3' }, ...paragraphs(m.text));
  for (const m of of('notulen_medisch')) {
    out.push(
      { text: 'JGZ-notulen', style: 'h3' },
      { text: m.release !== null ? 'Vrijgegeven uit het medisch beroepsgeheim.' : 'Medisch beroepsgeheim: alleen voor de JGZ.', style: 'note' },
      ...paragraphs(m.text),
    );
  }
  const events = of('tijdlijn');
  if (events.length) {
    out.push(
      { text: 'Tijdlijn sinds het vorige overleg', style: 'h3' },
      repeatingTable([70, 100, 70, '*'], ['Datum', 'Organisatie', 'Soort', 'Samenvatting'], events.map((e) => (e.cells ?? ['', '', '', e.text]).map((c) => ({ text: c })))),
    );
  }
  // One heading, then one line per child assessed (never one family line).
  const risks = of('risico');
  if (risks.length) out.push({ text: risks.length === 1 ? 'Zorg (risicotaxatie)' : 'Zorg per kind (risicotaxatie)', style: 'h3' }, ...risks.map((r) => ({ text: r.text })));
  for (const v of of('vervolg')) out.push({ text: 'Vervolg', style: 'h3' }, { text: v.text });
  return out;
}

export function meetingSummaryDocument(data: SummaryMeeting, share: RecipientShare, password: string | null): TDocumentDefinitions {
  const r = share.recipient;
  const meeting = data.meeting;
  const withheldFamilies = share.scopes.filter((s) => !s.included).length;
  const withheldItems = share.scopes.filter((s) => s.included).flatMap((s) => s.items).filter((i) => !i.included).length;
  const content: Content[] = [
    { text: `Voor: ${r.name}, ${r.organisationName}${r.role ? ` (${r.role})` : ''}`, margin: [0, 0, 0, 8] },
    { text: 'Deelnemers', style: 'h2' },
    repeatingTable(
      ['*', '*', 80],
      ['Naam', 'Organisatie', 'Aanwezigheid'],
      share.participants.map((p) => [{ text: p.name }, { text: p.organisationName }, { text: ATTENDANCE_WORDS[p.attendance] }]),
    ),
  ];
  if (share.families.length === 0) {
    content.push({ text: 'Er zijn geen casussen die u op grond van toestemming, betrokkenheid of meldrecht mag ontvangen.', margin: [0, 10, 0, 0] });
  }
  for (const family of share.families) content.push(...familySection(family));
  if (withheldFamilies > 0 || withheldItems > 0) {
    const parts = [
      withheldFamilies > 0 ? `${withheldFamilies} ${withheldFamilies === 1 ? 'casus' : 'casussen'}` : null,
      withheldItems > 0 ? `${withheldItems} ${withheldItems === 1 ? 'onderdeel' : 'onderdelen'}` : null,
    ].filter((p) => p !== null);
    content.push({
      text: `Niet in deze samenvatting: ${parts.join(' en ')} zonder vastgelegde grondslag om ze met u te delen (gegevensminimalisatie).`,
      style: 'note',
      margin: [0, 14, 0, 0],
    });
  }
  return confidentialDocument({
    title: `Samenvatting ${data.typeWord}`,
    subtitle: `${data.heldAt === null ? `Gepland op ${dutchDateTime(meeting.startsAt)}, nog niet gehouden` : `Gehouden op ${dutchDateTime(data.heldAt)}`}${meeting.location ? ` · ${meeting.location}` : ''}${meeting.title ? ` · ${meeting.title}` : ''}`,
    headerNote: `Voor ${r.name} (${r.organisationName})`,
    content,
    password,
  });
}
