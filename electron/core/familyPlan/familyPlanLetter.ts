import type { Content } from 'pdfmake/interfaces';
import type { PlanLetterPreview } from '../../../shared/contract/familyPlanChannels';
import { AppError } from '../../../shared/contract/errors';
import type { Operator } from '../../../shared/contract/schemas';
import { amsterdamDay } from '../../../shared/domain/amsterdamTime';
import type { PlanAgreement, PlanVersion } from '../../../shared/familyPlan/familyPlanRecords';
import { latestVersion } from '../../../shared/familyPlan/planVersioning';
import { confidentialDocument } from '../pdf/confidentialDocument';
import { dutchDate } from '../pdf/dutchDates';
import { renderPdf } from '../pdf/renderPdf';
import type { ReadableDb } from '../vault/connection';
import { aanspreekpunt, listPlanVersions, readPlanVersion } from './familyPlanService';

/**
 * The family's own copy of an agreed plan, in plain Dutch (B1): what they said, what they want,
 * their goals, who helps and what everyone agreed to do, and whom to call. It holds nothing the
 * family did not see at the table: no risk level, no signals or flags, no assessment, no minutes,
 * and nothing of any other family. It always shows an agreed version, never a half-edited draft.
 */
export interface FamilyPlanLetter {
  preview: PlanLetterPreview;
  /** The blocks of the PDF: a heading, then its lines. */
  sections: { heading: string | null; lines: string[] }[];
  agreements: PlanAgreement[];
}

function ownerWords(a: PlanAgreement): string {
  return a.ownerKind === 'gezin' ? 'jullie zelf' : a.owner;
}

function statusWords(a: PlanAgreement): string {
  if (a.status === 'gedaan') return 'gedaan';
  return a.dueDate === null ? 'loopt door' : `uiterlijk ${dutchDate(a.dueDate)}`;
}

function safeFilePart(text: string): string {
  return text.replace(/[\\/:*?"<>|]/g, '').replace(/\p{Cc}/gu, '').replace(/\s+/g, ' ').trim().slice(0, 60);
}

export function buildFamilyPlanLetter(db: ReadableDb, familyId: string, versionNumber: number | null, operator: Operator, now: Date): FamilyPlanLetter {
  const family = db.prepare('SELECT display_name FROM families WHERE id = ?').get(familyId) as { display_name: string } | undefined;
  if (family === undefined) throw new AppError('not_found');
  let version: PlanVersion | null;
  if (versionNumber === null) version = latestVersion(listPlanVersions(db, familyId));
  else version = readPlanVersion(db, familyId, versionNumber);
  if (version === null) throw new AppError('invalid_request', 'Het gezinsplan is nog niet vastgesteld. Stel het eerst samen met het gezin vast; daarna kan de brief worden gemaakt.');
  const c = version.content;
  const sections: FamilyPlanLetter['sections'] = [];
  sections.push({
    heading: null,
    lines: [
      `Aan: ${family.display_name}`,
      `Datum: ${dutchDate(now.toISOString())}`,
      `Dit is jullie gezinsplan. Het is versie ${version.number}. Jullie hebben dit plan samen afgesproken op ${dutchDate(version.agreedOn)}, met: ${version.agreedBy
        .map((a) => `${a.name} (${a.role})`)
        .join(', ')}.`,
    ],
  });
  if (c.familyView.trim() !== '') sections.push({ heading: 'Zo zien jullie het', lines: [c.familyView.trim()] });
  if (c.wishes.trim() !== '') sections.push({ heading: 'Dit willen jullie', lines: [c.wishes.trim()] });
  if (c.goals.length > 0) sections.push({ heading: 'Jullie doelen', lines: c.goals.map((g) => `• ${g.text.trim()}`) });
  const open = c.agreements.filter((a) => a.status !== 'vervallen');
  sections.push({
    heading: 'Wat we hebben afgesproken',
    lines: open.length === 0 ? ['Er staan nog geen afspraken in het plan.'] : open.map((a) => `• ${a.description.trim()} — wie: ${ownerWords(a)} — ${statusWords(a)}`),
  });
  if (c.network.length > 0) {
    sections.push({
      heading: 'Wie helpt jullie',
      lines: c.network.map((n) => `• ${n.name}${n.relation.trim() ? ` (${n.relation.trim()})` : ''}${n.contribution.trim() ? `: ${n.contribution.trim()}` : ''}`),
    });
  }
  const talked: string[] = [];
  if (c.discussedWithParentsOn !== null) talked.push(`met de ouders op ${dutchDate(c.discussedWithParentsOn)}`);
  if (c.discussedWithChildOn !== null) talked.push(`met het kind op ${dutchDate(c.discussedWithChildOn)}`);
  if (talked.length > 0) sections.push({ heading: 'Samen besproken', lines: [`We hebben dit plan besproken ${talked.join(' en ')}.`] });

  const contact = aanspreekpunt(db, familyId);
  const who =
    contact.kind === 'regisseur'
      ? `Jullie vaste contactpersoon is ${contact.who}.${contact.reach ? ` Jullie kunnen bellen of mailen via ${contact.reach}.` : ''} Heb je een vraag, of gaat iets anders dan afgesproken? Neem dan contact op.`
      : contact.kind === 'eigen_regie'
        ? `Jullie houden zelf de regie over dit plan. Hebben jullie hulp nodig, of gaat iets anders dan afgesproken? Neem dan contact op met ${operator.name} (${operator.organisation}).`
        : `Wie jullie vaste contactpersoon wordt, spreken we nog af. Tot die tijd kunnen jullie terecht bij ${operator.name} (${operator.organisation}).`;
  sections.push({ heading: 'Wie kunnen jullie bellen', lines: [who] });
  sections.push({ heading: null, lines: [`Met vriendelijke groet,\n${operator.name}\n${operator.organisation}`] });

  const paragraphs = sections.flatMap((s) => (s.heading === null ? s.lines : [s.heading, ...s.lines]));
  return {
    sections,
    agreements: open,
    preview: {
      familyId,
      version: version.number,
      fileName: `Gezinsplan ${safeFilePart(family.display_name)} versie ${version.number} ${amsterdamDay(now)}.pdf`,
      paragraphs,
    },
  };
}

export function renderFamilyPlanLetter(letter: FamilyPlanLetter): Promise<Uint8Array> {
  const content: Content[] = letter.sections.flatMap((s): Content[] => [
    ...(s.heading === null ? [] : [{ text: s.heading, style: 'h3' } as Content]),
    ...s.lines.map((line): Content => ({ text: line, margin: [0, 0, 0, 6] })),
  ]);
  return renderPdf(
    confidentialDocument({
      title: 'Jullie gezinsplan',
      subtitle: `Versie ${letter.preview.version}`,
      content,
      headerNote: 'Voor het gezin',
      footerNote: 'Dit plan is van jullie. Deel het alleen met wie jullie dat willen.',
    }),
  );
}
