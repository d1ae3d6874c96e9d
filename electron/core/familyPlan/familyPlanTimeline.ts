import type { LegalBasis } from '../../../shared/domain/vocabulary';
import type { MeldcodeStepKind } from '../../../shared/instrument/meldcodeSteps';
import type { TimelineEvent } from '../../../shared/timeline/timelineEvent';
import { listMeldcodeSteps } from '../assessment/meldcodeStepService';
import { derivedEventBase, familyByFamily, type TimelineDerivation } from '../timeline/timelineDerivation';
import { listPlanVersions } from './familyPlanService';

/**
 * What the family plan and the Meldcode's first steps add to the family timeline, derived at read
 * time: every agreed version of the plan (with who agreed), every consultation with a colleague or
 * with Veilig Thuis, and every conversation with parent and child.
 */
const base = (familyId: string, date: string) => ({
  ...derivedEventBase(familyId, date),
  organisationId: null,
  memberIds: [] as string[],
});

export const planVersionEvents: TimelineDerivation = familyByFamily('family_plan_versions', (db, familyId) =>
  listPlanVersions(db, familyId).map(
    (v): TimelineEvent => ({
      ...base(familyId, v.agreedOn),
      id: `gezinsplan:${v.id}`,
      type: 'besluit',
      summary: `Gezinsplan versie ${v.number} vastgesteld met ${v.agreedBy.map((a) => `${a.name} (${a.role})`).join(', ')}`.slice(0, 4000),
      legalBasis: 'noodzakelijk_betrokkenen',
      recordedBy: v.recordedBy,
      source: 'gezinsplan',
    }),
  ),
);

const STEP_WORDS: Record<MeldcodeStepKind, string> = {
  collegiaal_consult: 'Collegiaal overleg (Meldcode stap 2)',
  advies_veilig_thuis: 'Advies gevraagd aan Veilig Thuis (Meldcode stap 2)',
  gesprek_ouder_kind: 'Gesprek met ouder en kind (Meldcode stap 3)',
};

export const meldcodeStepEvents: TimelineDerivation = familyByFamily('meldcode_steps', (db, familyId) =>
  listMeldcodeSteps(db, familyId).map((s): TimelineEvent => {
    // A named advice told Veilig Thuis who the family is: like a decision to ask advice, it rests on the
    // meldrecht and goes to Veilig Thuis only. An anonymous one did not leave the professional's desk.
    const legalBasis: LegalBasis = s.step === 'advies_veilig_thuis' && !s.anonymous ? 'meldrecht' : 'noodzakelijk_betrokkenen';
    const who = `${s.professional.name} (${s.professional.discipline})`;
    const detail = s.step === 'gesprek_ouder_kind' ? `gevoerd door ${s.ledBy}` : s.step === 'advies_veilig_thuis' && s.anonymous ? 'anoniem' : s.withWhom;
    return {
      ...base(familyId, s.date),
      id: `meldcode:${s.id}`,
      type: s.step === 'advies_veilig_thuis' ? 'advies_gevraagd' : 'notitie',
      summary: `${STEP_WORDS[s.step]}, ${who}${detail ? `, ${detail}` : ''}: ${s.outcome}`.slice(0, 4000),
      noticedBy: who.slice(0, 200),
      legalBasis,
      recordedBy: who,
      source: 'meldcode',
    };
  }),
);

export const FAMILY_PLAN_TIMELINE_DERIVATIONS: readonly TimelineDerivation[] = [planVersionEvents, meldcodeStepEvents];
