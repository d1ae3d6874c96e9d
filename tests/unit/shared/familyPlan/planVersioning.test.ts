import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanContent, PlanVersion } from '../../../../shared/familyPlan/familyPlanRecords';
import { agreeProblems, changedParts, nextVersionNumber, planStatus } from '../../../../shared/familyPlan/planVersioning';

const TODAY = { year: 2026, month: 12, day: 7 };
const empty: PlanContent = { familyView: '', wishes: '', goals: [], discussedWithParentsOn: null, discussedWithChildOn: null, network: [], agreements: [] };
const plan: PlanContent = {
  ...empty,
  familyView: 'We willen dat het thuis weer rustig wordt',
  goals: [{ text: 'Sanne gaat weer elke dag naar school' }],
  network: [{ name: 'Wil Hoekstra', relation: 'oma', contribution: 'haalt Sanne op dinsdag op' }],
  agreements: [
    { actionId: '7b0f7a4e-0d7c-4d55-9f51-0a1e0c1b2c01', description: 'Sanne ophalen', owner: 'Wil Hoekstra (oma)', ownerKind: 'netwerk', dueDate: '2026-12-10', status: 'open' },
  ],
};

type Edit = (c: PlanContent) => PlanContent;
const laterDay = (day: string | null): string =>
  day === null ? '2026-01-01' : new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const text = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '');
const edit: fc.Arbitrary<Edit> = fc.oneof(
  text.map((t): Edit => (c) => ({ ...c, familyView: `${c.familyView} ${t}` })),
  text.map((t): Edit => (c) => ({ ...c, wishes: `${c.wishes} ${t}` })),
  text.map((t): Edit => (c) => ({ ...c, goals: [...c.goals, { text: t }] })),
  text.map((t): Edit => (c) => ({ ...c, network: [...c.network, { name: t, relation: 'buurvrouw', contribution: '' }] })),
  // Talked through with the child once more: always a later day than before.
  fc.constant<Edit>((c) => ({ ...c, discussedWithChildOn: laterDay(c.discussedWithChildOn) })),
);

/** Agrees the plan as the store does: a new version of the content as it stands. */
function agree(versions: Pick<PlanVersion, 'number' | 'content' | 'agreedOn'>[], content: PlanContent) {
  return [...versions, { number: nextVersionNumber(versions), content, agreedOn: '2026-12-07' }];
}

describe('family plan versions', () => {
  it('a plan never agreed is a concept; agreeing makes it vastgesteld; any edit afterwards is the draft of the next version', () => {
    fc.assert(
      fc.property(fc.array(fc.array(edit, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rounds) => {
        let content = plan;
        let versions: Pick<PlanVersion, 'number' | 'content' | 'agreedOn'>[] = [];
        expect(planStatus(content, versions)).toBe('concept');
        for (const edits of rounds) {
          versions = agree(versions, content);
          expect(planStatus(content, versions)).toBe('vastgesteld');
          const agreedBefore = structuredClone(versions);
          for (const e of edits) content = e(content);
          expect(planStatus(content, versions)).toBe('concept_volgende');
          // Editing the current plan leaves every agreed version exactly as it was.
          expect(versions).toEqual(agreedBefore);
        }
        expect(versions.map((v) => v.number)).toEqual(rounds.map((_, i) => i + 1));
      }),
    );
  });

  it('an edit that is undone brings the plan back to vastgesteld: the content decides, not the history of typing', () => {
    const versions = agree([], plan);
    const changed = { ...plan, wishes: 'Meer tijd samen' };
    expect(planStatus(changed, versions)).toBe('concept_volgende');
    expect(changedParts(plan, changed)).toEqual(['wishes']);
    expect(planStatus({ ...changed, wishes: '' }, versions)).toBe('vastgesteld');
  });

  it('refuses to agree without who agreed, on a future day, before the previous version, an empty plan, or nothing new', () => {
    const who = [{ name: 'Anouk Hoekstra', role: 'moeder' }];
    expect(agreeProblems({ agreedBy: who, agreedOn: '2026-12-07' }, plan, [], TODAY)).toEqual([]);
    expect(agreeProblems({ agreedBy: [], agreedOn: '2026-12-07' }, plan, [], TODAY)).toEqual(['agreed_by']);
    expect(agreeProblems({ agreedBy: [{ name: 'Anouk', role: ' ' }], agreedOn: '2026-12-07' }, plan, [], TODAY)).toEqual(['agreed_by']);
    expect(agreeProblems({ agreedBy: who, agreedOn: '2026-12-08' }, plan, [], TODAY)).toEqual(['agreed_on_future']);
    expect(agreeProblems({ agreedBy: who, agreedOn: '2026-12-07' }, empty, [], TODAY)).toEqual(['empty_plan']);
    const versions = agree([], plan);
    expect(agreeProblems({ agreedBy: who, agreedOn: '2026-12-07' }, plan, versions, TODAY)).toEqual(['unchanged']);
    expect(agreeProblems({ agreedBy: who, agreedOn: '2026-12-06' }, { ...plan, wishes: 'Rust' }, versions, TODAY)).toEqual(['agreed_on_before_previous']);
  });
});
