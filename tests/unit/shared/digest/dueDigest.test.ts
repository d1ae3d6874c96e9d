import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCalendarDay, type CalendarDay } from '../../../../shared/domain/calendarDate';
import { dueDigest, dueStateOn, nextWorkingDay, quietDays } from '../../../../shared/digest/dueDigest';
import { addWorkingDays, daysBetween, isWorkingDay } from '../../../../shared/regie/workingDays';

const DAY_MS = 86_400_000;
const dayAt = (n: number): CalendarDay => {
  const d = new Date(Date.UTC(2026, 0, 1) + n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};
/** Days across two years, with Easter, Koningsdag, Hemelvaart, Pinksteren and Christmas in them. */
const anyDay = fc.integer({ min: 0, max: 730 }).map(dayAt);
const workingDay = anyDay.filter(isWorkingDay);
const item = (due: CalendarDay, id = 'a') => ({ id, dueDay: formatCalendarDay(due) });

describe('due now and overdue, at working-day boundaries', () => {
  it('an item is due now from its due day until the next working day, and overdue from the day after its due day', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -10, max: 10 }), (today, offset) => {
        const due = dayAt(daysBetween(dayAt(0), today) + offset);
        const state = dueStateOn(due, today);
        if (offset < 0) expect(state).toBe('te_laat');
        else if (daysBetween(today, due) < daysBetween(today, nextWorkingDay(today))) expect(state).toBe('nu');
        else expect(state).toBeNull();
      }),
    );
  });

  it('on a working day, what falls due before the next working day (weekend, holiday) shows today, so it is never first seen overdue', () => {
    fc.assert(
      fc.property(workingDay, fc.integer({ min: 0, max: 6 }), (friday, ahead) => {
        const due = dayAt(daysBetween(dayAt(0), friday) + ahead);
        const next = addWorkingDays(friday, 1);
        if (daysBetween(due, next) > 0) expect(dueStateOn(due, friday)).toBe('nu');
      }),
    );
  });

  it('working only on working days, every due day is shown as due now on exactly one of them before it is overdue', () => {
    fc.assert(
      fc.property(workingDay, fc.integer({ min: 0, max: 40 }), (start, offset) => {
        const due = dayAt(daysBetween(dayAt(0), start) + offset);
        let shownNow = 0;
        let day = start;
        while (daysBetween(day, due) >= -1) {
          if (dueStateOn(due, day) === 'nu') shownNow += 1;
          day = addWorkingDays(day, 1);
        }
        expect(shownNow).toBe(1);
      }),
    );
  });
});

describe('the digest since the last session', () => {
  it('every due or overdue item is in exactly one list, and nothing not yet due is in either', () => {
    fc.assert(
      fc.property(fc.array(anyDay, { maxLength: 30 }), fc.option(anyDay, { nil: null }), anyDay, (dues, previous, today) => {
        fc.pre(previous === null || daysBetween(previous, today) >= 0);
        const items = dues.map((d, i) => item(d, String(i)));
        const digest = dueDigest(items, previous, today);
        const listed = [...digest.fresh, ...digest.earlier].map((e) => e.item.id).sort();
        const expected = items.filter((i) => dueStateOn(dayAt(daysBetween(dayAt(0), parseDay(i.dueDay))), today) !== null).map((i) => i.id).sort();
        expect(listed).toEqual(expected);
      }),
    );
  });

  it('across sessions on working days, an item becomes overdue in the digest of exactly one session (nothing skipped, nothing told twice)', () => {
    fc.assert(
      fc.property(workingDay, fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 60 }), (first, gaps, dueOffset) => {
        const sessions = [first];
        for (const g of gaps) sessions.push(addWorkingDays(sessions[sessions.length - 1]!, g));
        const due = dayAt(daysBetween(dayAt(0), first) + dueOffset);
        const last = sessions[sessions.length - 1]!;
        let toldOverdue = 0;
        for (let i = 1; i < sessions.length; i += 1) {
          const digest = dueDigest([item(due)], sessions[i - 1]!, sessions[i]!);
          toldOverdue += digest.fresh.filter((e) => e.state === 'te_laat').length;
        }
        const overdueByTheEnd = daysBetween(due, last) > 0;
        const overdueAtFirst = daysBetween(due, first) > 0;
        expect(toldOverdue).toBe(overdueByTheEnd && !overdueAtFirst ? 1 : 0);
      }),
    );
  });

  it('at a first session everything due is new; an item already overdue at the last session stays listed under "earlier"', () => {
    const today = { year: 2026, month: 12, day: 14 };
    const lastWeek = { year: 2026, month: 12, day: 7 };
    const overdueSince = item({ year: 2026, month: 12, day: 1 }, 'old');
    const newlyOverdue = item({ year: 2026, month: 12, day: 10 }, 'new');
    expect(dueDigest([overdueSince, newlyOverdue], null, today).fresh.map((e) => e.item.id)).toEqual(['old', 'new']);
    const digest = dueDigest([overdueSince, newlyOverdue], lastWeek, today);
    expect(digest.fresh).toEqual([{ item: newlyOverdue, state: 'te_laat', daysOverdue: 4 }]);
    expect(digest.earlier).toEqual([{ item: overdueSince, state: 'te_laat', daysOverdue: 13 }]);
  });
});

describe('families with a concern not discussed for their weeks', () => {
  it('shows hoog and acuut after N×7 days, verhoogd after its own longer weeks, never laag (property)', () => {
    fc.assert(
      fc.property(
        anyDay,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 52 }),
        fc.constantFrom('laag', 'verhoogd', 'hoog', 'acuut' as const),
        (last, days, high, raised, level) => {
          const today = dayAt(daysBetween(dayAt(0), last) + days);
          const quiet = quietDays({ level, lastDiscussedDay: formatCalendarDay(last), concernSince: '2025-01-01' }, today, { high, raised });
          const weeks = level === 'verhoogd' ? raised : high;
          const shouldShow = level !== 'laag' && days >= weeks * 7;
          expect(quiet).toBe(shouldShow ? days : null);
        },
      ),
    );
  });

  it('a family never discussed counts from the day the concern was established', () => {
    expect(quietDays({ level: 'hoog', lastDiscussedDay: null, concernSince: '2026-10-01' }, { year: 2026, month: 12, day: 7 }, { high: 6, raised: 12 })).toBe(67);
    expect(quietDays({ level: 'verhoogd', lastDiscussedDay: null, concernSince: '2026-10-01' }, { year: 2026, month: 12, day: 7 }, { high: 6, raised: 12 })).toBeNull();
    expect(quietDays({ level: 'verhoogd', lastDiscussedDay: null, concernSince: '2026-09-01' }, { year: 2026, month: 12, day: 7 }, { high: 6, raised: 12 })).toBe(97);
  });
});

function parseDay(s: string): CalendarDay {
  const [y, m, d] = s.split('-').map(Number);
  return { year: y!, month: m!, day: d! };
}
