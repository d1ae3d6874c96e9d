import { describe, expect, it } from 'vitest';
import { REGION_SIZES, generateRegion } from '../../../../electron/core/generator/regionGenerator';
import { AgendaItem, Consent, HouseholdMember, Involvement, Meeting, Organisation, Professional } from '../../../../shared/domain/records';

describe('synthetic region generator', () => {
  const demo = generateRegion(REGION_SIZES.demo);

  it('is reproducible: the same seed gives the same region, another seed another one', () => {
    expect(generateRegion(REGION_SIZES.demo)).toEqual(demo);
    expect(generateRegion(REGION_SIZES.demo, 7).families.map((f) => f.id)).not.toEqual(demo.families.map((f) => f.id));
  });

  it('produces the demo size with families of varied composition', () => {
    expect(demo.families).toHaveLength(12);
    expect(demo.meetings).toHaveLength(6);
    const childCounts = new Set(demo.families.map((f) => f.members.filter((m) => m.role === 'kind').length));
    expect(childCounts.size).toBeGreaterThan(1);
    const parentCounts = new Set(demo.families.map((f) => f.members.filter((m) => m.role === 'ouder').length));
    expect(parentCounts.size).toBeGreaterThan(1);
  });

  it('makes every record valid against the same schemas the app validates with', () => {
    const region = generateRegion({ families: 300, events: 1000, meetings: 40 }, 99);
    for (const o of region.organisations) Organisation.parse(o);
    for (const p of region.professionals) Professional.parse(p);
    for (const f of region.families) for (const m of f.members) HouseholdMember.parse(m);
    for (const i of region.involvements) Involvement.parse(i);
    for (const c of region.consents) Consent.parse(c);
    for (const m of region.meetings) Meeting.parse(m);
    for (const a of region.agenda) AgendaItem.parse(a);
    const ids = [...region.families.map((f) => f.id), ...region.events.map((e) => e.id), ...region.organisations.map((o) => o.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps references consistent: involvements, agenda and events point at existing records', () => {
    const families = new Set(demo.families.map((f) => f.id));
    const orgs = new Set(demo.organisations.map((o) => o.id));
    const members = new Set(demo.families.flatMap((f) => f.members.map((m) => m.id)));
    for (const i of demo.involvements) {
      expect(families.has(i.familyId)).toBe(true);
      expect(orgs.has(i.organisationId)).toBe(true);
      if (i.memberId) expect(members.has(i.memberId)).toBe(true);
    }
    for (const a of demo.agenda) expect(families.has(a.familyId)).toBe(true);
    for (const e of demo.events) expect(orgs.has(e.organisationId)).toBe(true);
  });

  it('builds the bench region at full size', () => {
    const bench = generateRegion(REGION_SIZES.bench);
    expect(bench.families).toHaveLength(5000);
    expect(bench.events).toHaveLength(50_000);
    expect(bench.meetings).toHaveLength(1000);
  });
});
