import type { MedicalAssociation } from '../../../shared/exports/medicalSecrecy';
import { medicalAssociationOf } from '../register/medicalSecrecyFacts';
import type { ReadableDb } from '../vault/connection';

/**
 * The family's one active regie decision as documents print it: who the regisseur is and how to
 * reach them ("then I know whom to call"). Every document that names the regisseur reads it here,
 * so a summary and a letter never disagree about whom to call.
 */
export type ActiveRegie =
  | {
      kind: 'regisseur';
      /** "Roel Venema (Wijkteam Emmen-Oost)". */
      who: string;
      /** How to reach them: the contact recorded with the decision first (it is this family's), then phone, then e-mail; no repeats. */
      reach: string[];
      /** The regisseur works under medical secrecy (see medicalAssociationOf): naming them says the family is in that care. */
      medicalAssociation: MedicalAssociation | null;
      meetingId: string | null;
    }
  | { kind: 'eigen_regie'; judgement: string; meetingId: string | null };

interface Row {
  kind: 'regisseur' | 'eigen_regie';
  contact: string;
  judgement: string;
  meeting_id: string | null;
  prof_name: string | null;
  prof_phone: string | null;
  prof_email: string | null;
  org_name: string | null;
  org_phone: string | null;
  org_email: string | null;
  professional_id: string | null;
  organisation_id: string | null;
}

export function readActiveRegie(db: ReadableDb, familyId: string): ActiveRegie | null {
  const row = db
    .prepare(
      `SELECT d.kind, d.contact, d.judgement, d.meeting_id, p.name AS prof_name, p.phone AS prof_phone, p.email AS prof_email,
              o.name AS org_name, o.phone AS org_phone, o.email AS org_email, d.professional_id, d.organisation_id
       FROM regie_decisions d LEFT JOIN professionals p ON p.id = d.professional_id LEFT JOIN organisations o ON o.id = d.organisation_id
       WHERE d.family_id = ? AND d.ended_on IS NULL`,
    )
    .get(familyId) as Row | undefined;
  if (row === undefined) return null;
  if (row.kind === 'eigen_regie') return { kind: 'eigen_regie', judgement: row.judgement, meetingId: row.meeting_id };
  return {
    kind: 'regisseur',
    who: `${row.prof_name ?? 'onbekend'} (${row.org_name ?? 'onbekende organisatie'})`,
    reach: reachOf(row.contact, row.prof_phone || row.org_phone || '', row.prof_email || row.org_email || ''),
    medicalAssociation: medicalAssociationOf(db, { professionalId: row.professional_id, organisationId: row.organisation_id }),
    meetingId: row.meeting_id,
  };
}

const digits = (s: string) => s.replace(/\D/g, '');

/**
 * The contact recorded with the decision, then the phone and e-mail from the sociale kaart unless
 * that contact already holds them: a chair often types "0591-123456, r.venema@…" into the contact,
 * and the letter should not then print the same number twice (written differently or not).
 */
export function reachOf(contact: string, phone: string, email: string): string[] {
  const recorded = contact.trim();
  const out = recorded === '' ? [] : [recorded];
  const phoneDigits = digits(phone);
  if (phone.trim() !== '' && !(phoneDigits.length >= 6 && digits(recorded).includes(phoneDigits)) && recorded !== phone.trim()) out.push(phone.trim());
  if (email.trim() !== '' && !recorded.toLowerCase().includes(email.trim().toLowerCase())) out.push(email.trim());
  return out;
}

/** The contact line both documents print: "0591-123456, r.venema@wijkteam.example". */
export function reachLine(regie: { reach: readonly string[] }): string {
  return regie.reach.join(', ');
}
