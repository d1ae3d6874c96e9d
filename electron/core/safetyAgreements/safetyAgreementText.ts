import { dutchNameList, type SafetyAgreement } from '../../../shared/safetyAgreements/safetyAgreementRecords';
import { dutchDate } from '../pdf/dutchDates';
import { actionOwnerLabel } from '../regie/actionOwner';
import type { ReadableDb } from '../vault/connection';

/**
 * One safety agreement in words, for the summaries and the handover package alike: for which
 * children, what keeps them safe now, who does it, by which day, and what the parents agreed.
 * `childLabel` names a child (by first name, or "kind 2" in an anonymised case).
 */
export interface SafetyAgreementText {
  label: string;
  text: string;
  /** Voor, wat, wie, uiterlijk, ouders, status. */
  cells: string[];
}

export function parentsLine(a: Pick<SafetyAgreement, 'parentsAgreement' | 'parentsAgreedOn'>): string {
  const what = a.parentsAgreement.trim();
  if (a.parentsAgreedOn === null) return what === '' ? 'nog niet akkoord' : `nog niet akkoord: ${what}`;
  return `akkoord op ${dutchDate(a.parentsAgreedOn)}${what === '' ? '' : `: ${what}`}`;
}

/** `ownerWords` replaces the owner's name (a person under medical secrecy, for a recipient outside their organisation). */
export function safetyAgreementText(db: ReadableDb, a: SafetyAgreement, childLabel: (childId: string) => string, ownerWords?: string): SafetyAgreementText {
  const children = dutchNameList(a.childIds.map(childLabel));
  const owner = ownerWords ?? actionOwnerLabel(db, a);
  const due = dutchDate(a.dueDate);
  const status = a.status === 'gedaan' ? `gedaan${a.doneOn === null ? '' : ` op ${dutchDate(a.doneOn)}`}` : 'open';
  const parents = parentsLine(a);
  const flat = a.what.replace(/\s+/g, ' ').trim();
  const short = flat.length <= 50 ? flat : `${flat.slice(0, 49)}…`;
  return {
    label: `Veiligheidsafspraak voor ${children}: ${short} (${owner}, uiterlijk ${due})`,
    text: `Veiligheidsafspraak voor ${children}: ${a.what} (wie: ${owner}; uiterlijk ${due}; ${status}). Ouders: ${parents}.`,
    cells: [children, a.what, owner, due, parents, status],
  };
}
