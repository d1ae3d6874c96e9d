import { latestVersion, planStatus } from '../../../shared/familyPlan/planVersioning';
import type { PlanVersion } from '../../../shared/familyPlan/familyPlanRecords';
import { dutchDate } from '../pdf/dutchDates';
import type { ReadableDb } from '../vault/connection';
import { currentPlanContent, listPlanVersions } from './familyPlanService';

export interface AgreedPlanText {
  version: PlanVersion;
  label: string;
  text: string;
}

/**
 * The family plan as last agreed, in the words every document that carries it uses (summaries,
 * handover packages): never a draft — what the family did not agree to is not "the plan" — with a
 * note when it changed since. Its agreements travel as actions, with the other actions.
 */
export function agreedPlanText(db: ReadableDb, familyId: string): AgreedPlanText | null {
  const versions = listPlanVersions(db, familyId);
  const latest = latestVersion(versions);
  if (latest === null) return null;
  const c = latest.content;
  const lines = [
    `Gezinsplan versie ${latest.number}, vastgesteld op ${dutchDate(latest.agreedOn)} met ${latest.agreedBy.map((a) => `${a.name} (${a.role})`).join(', ')}.`,
  ];
  if (c.familyView.trim()) lines.push(`Visie van het gezin: ${c.familyView.trim()}`);
  if (c.wishes.trim()) lines.push(`Wensen: ${c.wishes.trim()}`);
  if (c.goals.length) lines.push(`Doelen: ${c.goals.map((g) => g.text.trim()).join('; ')}`);
  if (c.network.length) lines.push(`Netwerk: ${c.network.map((n) => `${n.name}${n.relation ? ` (${n.relation})` : ''}${n.contribution ? `: ${n.contribution}` : ''}`).join('; ')}`);
  if (planStatus(currentPlanContent(db, familyId), versions) === 'concept_volgende') lines.push('Het plan is daarna gewijzigd en nog niet opnieuw vastgesteld.');
  return { version: latest, label: `Gezinsplan versie ${latest.number} (${dutchDate(latest.agreedOn)})`, text: lines.join('\n') };
}
