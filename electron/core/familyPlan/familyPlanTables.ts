import type { FamilyPlan, NetworkMember, PlanVersion } from '../../../shared/familyPlan/familyPlanRecords';
import type { RecordTable } from '../recordStore/recordTable';

/** Column maps of the family plan's records (migration 0011), for the generic save/remove/undo. */
export const planTable: RecordTable<FamilyPlan> = {
  table: 'family_plans',
  entity: 'family_plan',
  noun: 'Gezinsplan',
  stamped: 'full',
  familyIdOf: (r) => r.familyId,
  columns: {
    id: ['id', 'text'],
    familyId: ['family_id', 'text'],
    familyView: ['family_view', 'text'],
    wishes: ['wishes', 'text'],
    goals: ['goals', 'json'],
    discussedWithParentsOn: ['discussed_with_parents_on', 'nullable'],
    discussedWithChildOn: ['discussed_with_child_on', 'nullable'],
  },
};

export const networkTable: RecordTable<NetworkMember> = {
  table: 'family_network_members',
  entity: 'network_member',
  noun: 'Netwerklid',
  stamped: 'full',
  familyIdOf: (r) => r.familyId,
  columns: {
    id: ['id', 'text'],
    familyId: ['family_id', 'text'],
    name: ['name', 'text'],
    relation: ['relation', 'text'],
    contribution: ['contribution', 'text'],
  },
};

export const planVersionTable: RecordTable<PlanVersion> = {
  table: 'family_plan_versions',
  entity: 'family_plan_version',
  noun: 'Versie van het gezinsplan',
  stamped: 'created',
  familyIdOf: (r) => r.familyId,
  columns: {
    id: ['id', 'text'],
    familyId: ['family_id', 'text'],
    number: ['number', 'text'],
    agreedOn: ['agreed_on', 'text'],
    agreedBy: ['agreed_by', 'json'],
    content: ['content', 'json'],
    recordedBy: ['recorded_by', 'text'],
    createdAt: ['created_at', 'text'],
  },
};
