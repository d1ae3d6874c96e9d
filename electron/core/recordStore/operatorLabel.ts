import type { Operator } from '../../../shared/contract/schemas';

/** How an operator is recorded in created_by / updated_by. */
export function operatorLabel(operator: Operator): string {
  return `${operator.name} — ${operator.organisation} (${operator.role})`;
}
