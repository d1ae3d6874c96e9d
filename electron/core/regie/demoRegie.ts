import { calendarDayOf, formatCalendarDay } from '../../../shared/domain/calendarDate';
import { addWorkingDays, FEEDBACK_WORKING_DAYS } from '../../../shared/regie/workingDays';
import { parseCalendarDay } from '../../../shared/domain/calendarDate';
import { pendingSignals } from './pendingSignals';
import type { WriteContext } from '../recordStore/writeContext';
import { addEscalation } from './escalation';
import { saveAction, signalDiscussed } from './regieActions';
import { decideRegie, regisseurWithoutBasis } from './regieDecisions';

/**
 * Regie and follow-up for the demo vault, so "Opvolging" and the Besluiten tab have something to
 * show: for the families that were on an agenda, in turn a regisseur from the family's own register
 * (with an overdue and an open action), eigen regie with reasons, an overdue terugkoppeling, or
 * nothing at all (so the flag "besproken zonder regie" shows). Deterministic: no randomness.
 */
export function seedDemoRegie(ctx: WriteContext): { decisions: number; actions: number } {
  const day = (offset: number) => {
    const d = new Date(ctx.at.getTime() + offset * 86_400_000);
    return formatCalendarDay(calendarDayOf(d));
  };
  const families = ctx.db
    .prepare(
      `SELECT f.id, f.display_name FROM families f
       WHERE EXISTS (SELECT 1 FROM agenda_items a WHERE a.family_id = f.id) ORDER BY f.display_name`,
    )
    .all() as { id: string; display_name: string }[];
  const involvedProfessional = ctx.db.prepare(
    `SELECT i.professional_id, i.organisation_id, i.mandate, p.phone, p.email FROM involvements i JOIN professionals p ON p.id = i.professional_id
     WHERE i.family_id = ? AND i.ended_at IS NULL ORDER BY i.since, i.id`,
  );
  const signaller = ctx.db.prepare(
    `SELECT o.id FROM involvements i JOIN organisations o ON o.id = i.organisation_id
     WHERE i.family_id = ? AND o.function IN ('signalerend', 'beide') ORDER BY o.name LIMIT 1`,
  );
  let decisions = 0;
  let actions = 0;
  families.forEach((family, index) => {
    // The longest involved professional whose organisation may receive the family: a regisseur must.
    const pro = (involvedProfessional.all(family.id) as { professional_id: string; organisation_id: string; mandate: 'vrijwillig' | 'drang' | 'dwang'; phone: string; email: string }[]).find(
      (p) => regisseurWithoutBasis(ctx.db, family.id, p.organisation_id, day(0)) === null,
    );
    const variant = index % 4;
    if (variant === 0 && pro) {
      decideRegie(ctx, {
        familyId: family.id,
        kind: 'regisseur',
        professionalId: pro.professional_id,
        organisationId: pro.organisation_id,
        contact: [pro.phone, pro.email].filter((x) => x !== '').join(', '),
        mandate: pro.mandate,
        doorzettingsmacht: pro.mandate !== 'vrijwillig',
        since: day(-30),
        judgement: '',
        reasons: 'Is het langst betrokken en kent het gezin.',
        meetingId: null,
      });
      decisions++;
      const owner = { ownerProfessionalId: pro.professional_id, ownerOrganisationId: pro.organisation_id };
      const base = { familyId: family.id, status: 'open' as const, memberIds: [], meetingId: null, signallerOrganisationId: null, informed: false, informingPostponedUntil: null, informingPostponedReason: '', ...owner };
      saveAction(ctx, { ...base, kind: 'actie', description: 'Huisbezoek om het plan met ouders door te nemen', dueDate: day(-4) });
      saveAction(ctx, { ...base, kind: 'actie', description: 'Aanmelding specialistische hulp nabellen', dueDate: formatCalendarDay(addWorkingDays(calendarDayOf(ctx.at), 10)) });
      actions += 2;
      if (index % 8 === 0) {
        addEscalation(ctx, {
          familyId: family.id,
          step: 'drang',
          date: day(-20),
          trigger: 'Ouders zeggen afspraken herhaaldelijk af.',
          decidedBy: 'Casusoverleg',
          reasons: 'Vrijwillige hulp komt niet van de grond; de zorgen over de kinderen blijven.',
        });
      }
    } else if (variant === 1) {
      decideRegie(ctx, {
        familyId: family.id,
        kind: 'eigen_regie',
        professionalId: null,
        organisationId: null,
        contact: '',
        mandate: null,
        doorzettingsmacht: false,
        since: day(-14),
        judgement: 'Ouders voeren het plan zelf uit, samen met grootouders.',
        reasons: 'Sterk netwerk; eerdere afspraken zijn nagekomen.',
        meetingId: null,
      });
      decisions++;
    } else if (variant === 2 && pro) {
      const from = signaller.get(family.id) as { id: string } | undefined;
      if (from && from.id !== pro.organisation_id) {
        signalDiscussed(ctx, {
          familyId: family.id,
          signallerOrganisationId: from.id,
          ownerProfessionalId: pro.professional_id,
          ownerOrganisationId: pro.organisation_id,
          dueDate: day(-2),
          meetingId: null,
        });
        actions++;
      }
    }
    // variant 3: discussed without a regie decision, flagged on Opvolging.
  });
  return { decisions, actions };
}

/**
 * A believable day in the demo: the signallers of most discussed signals heard back on time (a done
 * action "signaalgever informeren" five working days after the meeting); only what was discussed
 * in the last days is still to be done, beside the few late actions seedDemoRegie plants, so the
 * digest has a handful of things to do rather than every family "563 dagen te laat".
 */
export function seedDemoFeedbackGiven(ctx: WriteContext): number {
  const families = ctx.db.prepare('SELECT id FROM families ORDER BY display_name, id').pluck().all() as string[];
  const involvedProfessional = ctx.db.prepare(
    'SELECT professional_id, organisation_id FROM involvements WHERE family_id = ? AND ended_at IS NULL AND professional_id IS NOT NULL ORDER BY since, id LIMIT 1',
  );
  let given = 0;
  families.forEach((familyId) => {
    const pro = involvedProfessional.get(familyId) as { professional_id: string; organisation_id: string } | undefined;
    if (pro === undefined) return;
    const seen = new Set<string>();
    for (const signal of pendingSignals(ctx.db, familyId, ctx.at)) {
      if (seen.has(signal.organisationId)) continue;
      seen.add(signal.organisationId);
      const discussed = parseCalendarDay(signal.discussedAt.slice(0, 10));
      if (discussed === null) continue;
      const due = addWorkingDays(discussed, FEEDBACK_WORKING_DAYS);
      // Only what is long past: feedback still within its five working days stays to be done.
      if (formatCalendarDay(due) >= formatCalendarDay(calendarDayOf(ctx.at))) continue;
      saveAction(ctx, {
        familyId,
        kind: 'terugkoppeling',
        status: 'gedaan',
        description: 'Signaalgever geïnformeerd over wat er met het signaal is gedaan',
        dueDate: formatCalendarDay(due),
        memberIds: [],
        meetingId: null,
        signallerOrganisationId: signal.organisationId,
        informed: false,
        informingPostponedUntil: null,
        informingPostponedReason: '',
        ownerProfessionalId: pro.professional_id,
        ownerOrganisationId: pro.organisation_id,
      });
      given++;
    }
  });
  return given;
}
