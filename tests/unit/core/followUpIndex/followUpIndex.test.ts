import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSPHRASE, DEMO_SEED_OPERATOR } from '../../../../electron/core/demo/demoVault';
import { seedDemoAssessments } from '../../../../electron/core/demo/demoAssessments';
import { digestPage, dueNowKeysOf } from '../../../../electron/core/digest/digestPage';
import { dueDrafts, dueNowKeys, wholeDigest } from '../../../../electron/core/digest/sessionDigest';
import { refreshFollowUpIndex } from '../../../../electron/core/followUpIndex/followUpIndex';
import { generateRegion } from '../../../../electron/core/generator/regionGenerator';
import { writeRegion } from '../../../../electron/core/generator/writeRegion';
import { writeOutsideHistory } from '../../../../electron/core/recordStore/writeContext';
import { seedDemoRegie } from '../../../../electron/core/regie/demoRegie';
import { followUp, followUpPage } from '../../../../electron/core/regie/followUp';
import { saveAction } from '../../../../electron/core/regie/regieActions';
import { readFamilyConcerns } from '../../../../electron/core/assessment/familyConcern';
import { createVaultFile } from '../../../../electron/core/vault/vaultFile';
import type { WritableDb } from '../../../../electron/core/vault/connection';
import { followUpFamilies, followUpTotals } from '../../../../shared/regie/followUpFamilies';
import { FOLLOW_UP_ORDERS } from '../../../../shared/contract/regieChannels';
import { tempDir } from '../support/vaultTestKit';
import { agreeTerm } from '../assessment/twoChildFamily';

/**
 * The follow-up index must give exactly the lists the whole computation gives, on any day, after
 * any change: the same families in the same order, the same totals. Checked against the whole
 * computation (every family's items, then grouped and sorted in memory) on regions with actions,
 * afweging terms, assessments of two children, meetings before and after the day, and closed cases.
 */
const SEEDED_AT = new Date('2026-03-02T09:00:00.000Z');

function region(seed: number, families: number): WritableDb {
  const vault = createVaultFile(path.join(tempDir(), `index-${seed}.casustafel`), DEMO_PASSPHRASE, { now: () => SEEDED_AT });
  writeRegion(vault.db, generateRegion({ families, events: families * 10, meetings: Math.ceil(families / 3) }, seed, SEEDED_AT), DEMO_SEED_OPERATOR, SEEDED_AT);
  seedDemoRegie(writeOutsideHistory(vault.db, DEMO_SEED_OPERATOR, SEEDED_AT));
  seedDemoAssessments(vault.db, DEMO_SEED_OPERATOR, SEEDED_AT);
  return vault.db;
}

// Half of the days near the seeded actions' due days, where items are due now rather than late.
const moment = fc.oneof(fc.integer({ min: -400, max: 700 }), fc.integer({ min: -10, max: 30 })).chain((day) => fc.integer({ min: 0, max: 23 }).map((hour) => new Date(SEEDED_AT.getTime() + day * 86_400_000 + hour * 3_600_000)));

function expectSameDigest(db: WritableDb, previous: string | null, now: Date, offset: number, limit: number) {
  const page = digestPage(db, previous, now, { offset, limit });
  const whole = wholeDigest(db, previous, now);
  expect(page.families.map((f) => f.familyId)).toEqual(whole.families.slice(offset, offset + limit).map((f) => f.familyId));
  expect(page.total).toBe(whole.families.length);
  expect(page.totals).toEqual(whole.digest.totals);
  expect([page.freshCount, page.quietCount]).toEqual([whole.digest.freshCount, whole.digest.quietCount]);
  // A family on the page is read in full: the same entries as in the whole digest.
  for (const f of page.families) {
    const same = whole.families.find((w) => w.familyId === f.familyId)!;
    expect(f.entries.map((e) => [e.item.key, e.state, e.fresh, e.daysOverdue])).toEqual(same.entries.map((e) => [e.item.key, e.state, e.fresh, e.daysOverdue]));
    expect(f.quiet).toEqual(same.quiet);
  }
  expect(dueNowKeysOf(db, now)).toEqual(dueNowKeys(dueDrafts(db, now, readFamilyConcerns(db)).map((d) => d.item), now));
}

function expectSameFollowUp(db: WritableDb, now: Date, order: (typeof FOLLOW_UP_ORDERS)[number], query: string, offset: number, limit: number) {
  const page = followUpPage(db, now, { offset, limit, order, query });
  const whole = followUpFamilies(followUp(db, now), { query, order });
  expect(page.families.map((f) => f.familyId)).toEqual(whole.slice(offset, offset + limit).map((f) => f.familyId));
  expect(page.families).toEqual(whole.slice(offset, offset + limit));
  expect(page.total).toBe(whole.length);
  expect(page.totals).toEqual(followUpTotals(whole));
}

describe('the follow-up index gives the lists the whole computation gives', () => {
  let regions: WritableDb[];
  beforeAll(() => {
    regions = [region(20261128, 12), region(7, 40), region(99, 40)];
  });

  it('on any day and after any previous session: the digest’s page, its order and its counts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }),
        moment,
        fc.option(fc.integer({ min: 1, max: 120 }), { nil: null }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 15 }),
        (r, now, daysBefore, offset, limit) => {
          const previous = daysBefore === null ? null : new Date(now.getTime() - daysBefore * 86_400_000).toISOString();
          expectSameDigest(regions[r]!, previous, now, offset, limit);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('on any day, in every order and with a name filter: Opvolging’s page, its order and its totals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }),
        moment,
        fc.constantFrom(...FOLLOW_UP_ORDERS),
        fc.constantFrom('', 'a', 'de', 'van', 'x', 'gezin'),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 20 }),
        (r, now, order, query, offset, limit) => expectSameFollowUp(regions[r]!, now, order, query, offset, limit),
      ),
      { numRuns: 60 },
    );
  });

  it('after changes by the services and by raw SQL, only the changed families are computed again, and the lists still agree', () => {
    const db = region(31, 24);
    const later = new Date(SEEDED_AT.getTime() + 30 * 86_400_000);
    expect(refreshFollowUpIndex(db)).toBe(24);
    expect(refreshFollowUpIndex(db)).toBe(0);
    const [first, second, third] = db.prepare('SELECT id FROM families ORDER BY display_name LIMIT 3').pluck().all() as string[];
    const ctx = writeOutsideHistory(db, DEMO_SEED_OPERATOR, SEEDED_AT);
    // A new late action for the family's own people, through the service…
    saveAction(ctx, {
      familyId: first!,
      status: 'open',
      kind: 'actie',
      description: 'Huisbezoek plannen',
      memberIds: [],
      meetingId: null,
      signallerOrganisationId: null,
      informed: false,
      informingPostponedUntil: null,
      informingPostponedReason: '',
      ownerProfessionalId: null,
      ownerOrganisationId: null,
      ownerFamily: true,
      dueDate: '2026-03-10',
    });
    // …a case closed and a meeting moved by raw SQL, as an import or an undo writes.
    db.prepare("INSERT INTO case_closures (id, family_id, status, closed_on, closed_by, created_at, updated_at, created_by, updated_by) VALUES ('sluiting-1', ?, 'gesloten', '2026-03-02', 'x', @at, @at, 'x', 'x')").run(
      second!,
      { at: SEEDED_AT.toISOString() },
    );
    // An afweging term agreed for the oldest assessment of a family still open: it passes on 21 March.
    agreeTerm(db, db.prepare('SELECT id FROM assessments WHERE family_id <> ? ORDER BY assessed_on, id LIMIT 1').pluck().get(second) as string, '2026-03-02', '2026-03-20');
    db.prepare("UPDATE meetings SET starts_at = '2027-01-05T08:00:00.000Z' WHERE id = (SELECT meeting_id FROM agenda_items WHERE family_id = ? LIMIT 1)").run(third!);
    const moved = db.prepare('SELECT count(*) FROM follow_up_dirty').pluck().get() as number;
    expect(moved).toBeGreaterThanOrEqual(3);
    expect(refreshFollowUpIndex(db)).toBe(moved);
    for (const day of ['2026-03-06T10:00:00.000Z', '2026-03-10T07:00:00.000Z', '2026-03-21T12:00:00.000Z', later.toISOString()]) {
      for (const order of FOLLOW_UP_ORDERS) expectSameFollowUp(db, new Date(day), order, '', 0, 50);
      expectSameDigest(db, '2026-03-03T09:00:00.000Z', new Date(day), 0, 50);
    }
    expect(followUpPage(db, new Date('2026-03-21T12:00:00.000Z'), { offset: 0, limit: 50, order: 'concern', query: '' }).totals.passedTerms).toBeGreaterThan(0);
  });
});
