import { riskFlagWord } from '../../../shared/exports/exportWords';
import type { ChildConcern } from '../../../shared/instrument/familyConcern';
import { dutchDate } from '../pdf/dutchDates';

/**
 * One child's concern as a document says it (summaries and the handover package use the same
 * words): the child, the levels that count, the day of its latest assessment, its signals and a
 * reporting decision still open.
 */
export function childConcernText(child: ChildConcern, who: string): { label: string; text: string } {
  const flags = child.flags.map(riskFlagWord);
  const reporting = child.reportingOpen ? ' Het besluit over melden bij Veilig Thuis staat nog open.' : '';
  return {
    label: `Risicotaxatie ${who} (${dutchDate(child.assessedOn)}): zorg ${child.level}`,
    text: `${who}: zorg nu ${child.now}, op termijn ${child.future} (risicotaxatie van ${dutchDate(child.assessedOn)}).${
      flags.length ? ` Signalen: ${flags.join('; ')}.` : ' Geen bijzondere signalen.'
    }${reporting}`,
  };
}
