import type { Operator } from '../../../shared/contract/schemas';
import { saveAnswer, startAssessment } from '../assessment/assessmentService';
import { writeOutsideHistory, type WriteContext } from '../recordStore/writeContext';
import type { WritableDb } from '../vault/connection';

const OBSERVER = { name: 'Ilse Wiersma', discipline: 'JGZ' };

/**
 * Risk assessments for the demo, so the whole family shows: in a few families with two or more
 * children the older child was assessed first with a serious concern, and a younger sibling was
 * assessed later at a lower level. A chair trying the demo sees the family named by the older child's
 * concern (Opvolging, meeting mode, the digest, the summaries) and the closure gate refuse with that
 * child's name. Deterministic: the families in name order, the same answers each time.
 */
export function seedDemoAssessments(db: WritableDb, operator: Operator, now: Date): number {
  const families = db
    .prepare(
      `SELECT f.id FROM families f
       WHERE (SELECT count(*) FROM family_members m WHERE m.family_id = f.id AND m.role = 'kind') >= 2
         AND EXISTS (SELECT 1 FROM agenda_items a WHERE a.family_id = f.id)
       ORDER BY f.display_name, f.id LIMIT 3`,
    )
    .all() as { id: string }[];
  const children = db.prepare("SELECT id FROM family_members WHERE family_id = ? AND role = 'kind' ORDER BY birth_date, given_name, id");
  const daysAgo = (days: number): WriteContext => writeOutsideHistory(db, operator, new Date(now.getTime() - days * 86_400_000));
  // Older child: acute unsafety (A1), a positive Kindcheck (C4) or one child signal (B1); the younger later without signals.
  const olderAnswers = [['A1'], ['C4', 'B1'], ['B1']] as const;
  families.forEach((family, index) => {
    const [older, younger] = (children.all(family.id) as { id: string }[]).slice(0, 2);
    if (older === undefined || younger === undefined) return;
    const first = daysAgo(20);
    const { assessment } = startAssessment(first, { familyId: family.id, childId: older.id, instrumentId: null, meetingId: null });
    for (const itemId of olderAnswers[index % olderAnswers.length]!) {
      saveAnswer(daysAgo(20), assessment.id, { itemId, value: 'ja', observer: OBSERVER, source: 'eigen_waarneming', date: first.at.toISOString().slice(0, 10), note: '', owner: '' });
    }
    startAssessment(daysAgo(6), { familyId: family.id, childId: younger.id, instrumentId: null, meetingId: null });
  });
  return families.length;
}
