import type { MeldcodeStepKind } from '../../../shared/instrument/meldcodeSteps';
import type { RecordTable } from '../recordStore/recordTable';

/**
 * The Meldcode's steps 2 and 3 per family and per professional (migration 0011). Stored flat, with
 * the professional as name and discipline like the afwegingskader trail, so both are matched to
 * the same person by the same key.
 */
export interface MeldcodeStepRow {
  id: string;
  familyId: string;
  professionalName: string;
  professionalDiscipline: string;
  step: MeldcodeStepKind;
  date: string;
  anonymous: boolean;
  withWhom: string;
  ledBy: string;
  outcome: string;
}

export const meldcodeStepTable: RecordTable<MeldcodeStepRow> = {
  table: 'meldcode_steps',
  entity: 'meldcode_step',
  noun: 'Meldcodestap',
  stamped: 'full',
  familyIdOf: (r) => r.familyId,
  columns: {
    id: ['id', 'text'],
    familyId: ['family_id', 'text'],
    professionalName: ['professional_name', 'text'],
    professionalDiscipline: ['professional_discipline', 'text'],
    step: ['step', 'text'],
    date: ['date', 'text'],
    anonymous: ['anonymous', 'bool'],
    withWhom: ['with_whom', 'text'],
    ledBy: ['led_by', 'text'],
    outcome: ['outcome', 'text'],
  },
};
