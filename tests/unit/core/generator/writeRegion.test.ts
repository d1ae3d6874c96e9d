import { describe, expect, it } from 'vitest';
import { registerKit } from '../register/registerKit';
import { REGION_SIZES, generateRegion } from '../../../../electron/core/generator/regionGenerator';
import { writeRegion } from '../../../../electron/core/generator/writeRegion';
import { searchFamilies } from '../../../../electron/core/recordStore/searchIndex';
import { loadDossier } from '../../../../electron/core/register/dossier';
import { verifyAuditChain } from '../../../../electron/core/audit/auditChain';

describe('loading a generated region into a vault', () => {
  it('makes every family findable and its dossier complete, with one audit entry', () => {
    const k = registerKit();
    const region = generateRegion(REGION_SIZES.demo);
    writeRegion(k.db, region, k.operator, new Date('2026-11-28T10:00:00Z'));
    const first = region.families[0]!;
    const child = first.members.find((m) => m.role === 'kind')!;
    expect(searchFamilies(k.db, child.givenName, 50).map((h) => h.familyId)).toContain(first.id);
    const dossier = loadDossier(k.db, first.id);
    expect(dossier.members).toHaveLength(first.members.length);
    expect(dossier.involvements.length).toBe(region.involvements.filter((i) => i.familyId === first.id).length);
    expect(k.auditSummaries()).toEqual([expect.stringMatching(/^Fictieve regio geladen \(seed 20261128\): 12 gezinnen/)]);
    expect(verifyAuditChain(k.db).ok).toBe(true);
  });
});
