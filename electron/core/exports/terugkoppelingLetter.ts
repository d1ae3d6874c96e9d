import type { Content } from 'pdfmake/interfaces';
import { AppError } from '../../../shared/contract/errors';
import type { Operator } from '../../../shared/contract/schemas';
import type { LetterPreview } from '../../../shared/contract/summaryChannels';
import { MEETING_TYPE_WORDS } from '../../../shared/exports/exportWords';
import { mayNameRegisseurToSignaller } from '../../../shared/exports/recipientScope';
import type { MeetingType } from '../../../shared/domain/vocabulary';
import { confidentialDocument } from '../pdf/confidentialDocument';
import { amsterdamDay } from '../../../shared/domain/amsterdamTime';
import { dutchDate } from '../pdf/dutchDates';
import { renderPdf } from '../pdf/renderPdf';
import { readRecord } from '../recordStore/recordTable';
import { reachLine, readActiveRegie } from '../regie/activeRegie';
import { actionTable } from '../regie/regieTables';
import type { ReadableDb } from '../vault/connection';

/**
 * The terugkoppeling letter: the signaller hears back ("a letter with what was discussed, what the
 * plan is and who the regisseur is — then I know whom to call"). At the level a signaller may know:
 * that the signal was discussed and taken up, the plan in general terms (how many agreements, who
 * holds regie), never the risk assessment, the minutes or other organisations' information.
 */
export interface TerugkoppelingLetter {
  preview: LetterPreview;
  familyId: string;
  signallerName: string;
  /** Who at the signalling organisation noticed it ("huisarts", "leerkracht groep 5"), when recorded. */
  attentionOf: string;
  pdfTitle: string;
}

interface Sender {
  organisation: string;
  street: string;
  postcode: string;
  place: string;
  phone: string;
  email: string;
  /** A direct number of the person signing, when the sociale kaart has one. */
  personalPhone: string;
}

/**
 * Who sends the letter, with what the sociale kaart knows of them, so the signaller can call back:
 * the meeting's chair when that is who signs, else the organisation the operator named when
 * starting the session (matched by name in the sociale kaart), else only what the operator typed.
 */
function senderOf(db: ReadableDb, meetingId: string | null, operator: Operator): Sender {
  type OrganisationRow = { name: string; street: string; postcode: string; place: string; phone: string; email: string };
  const fromRow = (o: OrganisationRow, personalPhone = ''): Sender => ({ organisation: o.name, street: o.street, postcode: o.postcode, place: o.place, phone: o.phone, email: o.email, personalPhone });
  const chair =
    meetingId === null
      ? undefined
      : (db
          .prepare(
            `SELECT p.name AS person, p.phone AS personal_phone, o.name, o.street, o.postcode, o.place, o.phone, o.email FROM meetings m
             JOIN professionals p ON p.id = m.chair_id JOIN organisations o ON o.id = p.organisation_id WHERE m.id = ?`,
          )
          .get(meetingId) as (OrganisationRow & { person: string; personal_phone: string }) | undefined);
  if (chair !== undefined && chair.person.trim().toLowerCase() === operator.name.trim().toLowerCase()) return fromRow(chair, chair.personal_phone);
  const org = db.prepare('SELECT name, street, postcode, place, phone, email FROM organisations WHERE name = ? COLLATE NOCASE ORDER BY created_at LIMIT 1').get(operator.organisation.trim()) as
    | OrganisationRow
    | undefined;
  return fromRow(org ?? { name: operator.organisation, street: '', postcode: '', place: '', phone: '', email: '' });
}

function senderLines(sender: Sender): string {
  const reach = [sender.phone.trim() ? `telefoon ${sender.phone.trim()}` : '', sender.email.trim()].filter((x) => x !== '');
  // As an address is written on a Dutch letter: the street, then postcode and place (the place alone when that is all the sociale kaart knows).
  const town = [sender.postcode.trim(), sender.place.trim()].filter((x) => x !== '').join('  ');
  return [sender.organisation, sender.street.trim(), town, reach.join(' · ')].filter((x) => x !== '').join('\n');
}

function safeFilePart(text: string): string {
  return text.replace(/[\\/:*?"<>|]/g, '').replace(/\s+/g, ' ').trim().slice(0, 60);
}

export function buildTerugkoppelingLetter(db: ReadableDb, actionId: string, operator: Operator, now: Date): TerugkoppelingLetter {
  const action = readRecord(db, actionTable, actionId);
  if (action.kind !== 'terugkoppeling' || action.signallerOrganisationId === null) {
    throw new AppError('invalid_request', 'Een terugkoppelingsbrief hoort bij een terugkoppelingsactie met een signaalgever.');
  }
  const signaller = db.prepare('SELECT name FROM organisations WHERE id = ?').get(action.signallerOrganisationId) as { name: string } | undefined;
  if (signaller === undefined) throw new AppError('invalid_request', 'De signaalgever bestaat niet (meer).');
  const family = db.prepare('SELECT display_name, anonymous FROM families WHERE id = ?').get(action.familyId) as { display_name: string; anonymous: number };
  // The letter reaches the right desk at a practice or school: "t.a.v." whoever noticed the signal there.
  const noticed = db
    .prepare(
      `SELECT noticed_by FROM timeline_events WHERE family_id = ? AND organisation_id = ? AND type = 'signaal' AND noticed_by <> ''
       ORDER BY sort_key DESC, created_at DESC LIMIT 1`,
    )
    .get(action.familyId, action.signallerOrganisationId) as { noticed_by: string } | undefined;
  const attentionOf = noticed?.noticed_by.trim() ?? '';
  const addressee = attentionOf === '' ? signaller.name : `${signaller.name}, t.a.v. ${attentionOf}`;

  // The meeting where the signal was discussed: the action's own, else the family's latest so far.
  const meeting = db
    .prepare(
      `SELECT m.id, m.type, m.starts_at, (SELECT a.anonymous FROM agenda_items a WHERE a.meeting_id = m.id AND a.family_id = @family) AS anonymous
       FROM meetings m
       WHERE m.id = @meeting OR (@meeting IS NULL AND m.id IN (SELECT meeting_id FROM agenda_items WHERE family_id = @family) AND m.starts_at <= @now)
       ORDER BY m.starts_at DESC LIMIT 1`,
    )
    .get({ meeting: action.meetingId, family: action.familyId, now: now.toISOString() }) as
    | { id: string; type: MeetingType; starts_at: string; anonymous: number | null }
    | undefined;

  const anonymous = family.anonymous === 1 || meeting?.anonymous === 1;
  const about = anonymous ? 'het gezin waarover u uw zorgen deelde' : familyPhrase(family.display_name);
  const regie = readActiveRegie(db, action.familyId);
  const agreements = (
    db.prepare("SELECT count(*) AS n FROM regie_actions WHERE family_id = ? AND kind <> 'terugkoppeling' AND status <> 'vervallen'").get(action.familyId) as { n: number }
  ).n;

  const sender = senderOf(db, meeting?.id ?? null, operator);
  // "Opgepakt" only when something was decided: a regisseur, eigen regie, or agreements in a plan.
  const decided = regie !== null || agreements > 0;
  const discussed = meeting === undefined ? 'is besproken' : `is besproken in het ${MEETING_TYPE_WORDS[meeting.type]} van ${dutchDate(meeting.starts_at)}`;
  const callBack = sender.personalPhone.trim() || sender.phone.trim();

  const paragraphs: string[] = [];
  paragraphs.push(`Van: ${senderLines(sender)}`);
  paragraphs.push(`Aan: ${addressee}`);
  paragraphs.push(`Datum: ${dutchDate(now.toISOString())}`);
  paragraphs.push(
    decided
      ? `U heeft een signaal afgegeven over ${about}. Met deze brief laten we u weten dat uw signaal ${discussed} en is opgepakt.`
      : `U heeft een signaal afgegeven over ${about}. Met deze brief laten we u weten dat uw signaal ${discussed}. Over de vervolgstappen is nog geen besluit genomen; we laten u weten wie de regie krijgt zodra dat vaststaat.`,
  );
  if (decided) {
    paragraphs.push(
      agreements > 0
        ? `Er is een plan gemaakt met ${agreements} ${agreements === 1 ? 'afspraak' : 'afspraken'} over de vervolgstappen. Uit privacyoverwegingen delen we de inhoud van het plan en de afwegingen niet.`
        : 'De betrokken professionals bepalen samen de vervolgstappen. Uit privacyoverwegingen delen we de inhoud en de afwegingen niet.',
    );
  }
  if (regie?.kind === 'regisseur' && !mayNameRegisseurToSignaller(regie.medicalAssociation !== null)) {
    paragraphs.push(`De regie is belegd bij een van de betrokken professionals. Heeft u nieuwe zorgen of vragen, neem dan contact op met ${operator.name} (${sender.organisation}).`);
  } else if (regie?.kind === 'regisseur') {
    paragraphs.push(
      `De regie ligt bij ${regie.who}.${regie.reach.length ? ` U kunt contact opnemen via ${reachLine(regie)}.` : ''} Heeft u nieuwe zorgen of vragen, neem dan contact op met de regisseur.`,
    );
  } else if (regie?.kind === 'eigen_regie') {
    paragraphs.push('Het gezin houdt zelf de regie, met steun van de betrokken professionals. Heeft u nieuwe zorgen, geef die dan opnieuw aan ons door.');
  } else if (decided) {
    paragraphs.push('Wie de regie krijgt, wordt nog vastgesteld. Heeft u intussen nieuwe zorgen, geef die dan opnieuw aan ons door.');
  }
  paragraphs.push(
    callBack !== ''
      ? `Heeft u vragen over deze brief, bel dan ${operator.name} op ${callBack}${sender.email.trim() ? ` of mail naar ${sender.email.trim()}` : ''}.`
      : `Heeft u vragen over deze brief, neem dan contact op met ${operator.name} (${sender.organisation}).`,
  );
  paragraphs.push(`Met vriendelijke groet,\n${operator.name}\n${sender.organisation}${operator.role ? `, ${operator.role}` : ''}`);

  return {
    familyId: action.familyId,
    signallerName: signaller.name,
    attentionOf,
    pdfTitle: 'Terugkoppeling van uw signaal',
    preview: {
      actionId,
      familyId: action.familyId,
      recipientLabel: addressee,
      fileName: `Terugkoppeling ${safeFilePart(signaller.name)} ${amsterdamDay(now)}.pdf`,
      paragraphs,
    },
  };
}

export function renderTerugkoppelingLetter(letter: TerugkoppelingLetter): Promise<Uint8Array> {
  const content: Content[] = letter.preview.paragraphs.map((p) => ({ text: p, margin: [0, 0, 0, 10] }));
  return renderPdf(confidentialDocument({ title: letter.pdfTitle, content, headerNote: `Aan ${letter.preview.recipientLabel}` }));
}

/**
 * "over Gezin Drenth", "over Familie Yilmaz", but "over het gezin Drenth" when the name is typed
 * without a word for the family: the letter never says "de familie Gezin Drenth".
 */
export function familyPhrase(displayName: string): string {
  return /^(gezin|familie)\b/i.test(displayName.trim()) ? displayName.trim() : `het gezin ${displayName.trim()}`;
}
