import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCalendarDay } from '../../../../shared/domain/calendarDate';
import { actionProblems, daysOverdue, isOverdue, missingReasons, openActionsAtMeeting, type ActionInput } from '../../../../shared/regie/actionFollowUp';
import { currentLevel } from '../../../../shared/regie/escalationLadder';
import { postponementExpired, whoToInform } from '../../../../shared/regie/verwijsindexInforming';

const today = parseCalendarDay('2026-11-28')!;
const base: ActionInput = {
  kind: 'actie',
  description: 'Gesprek met moeder over de schulden',
  ownerProfessionalId: 'p1',
  ownerOrganisationId: null,
  dueDate: '2026-12-04',
  status: 'open',
  signallerOrganisationId: null,
  informed: false,
  informingPostponedUntil: null,
  informingPostponedReason: '',
};

describe('actions', () => {
  it('need a description, an owner and a due date (monitoring runs without a date)', () => {
    expect(actionProblems(base)).toEqual([]);
    expect(actionProblems({ ...base, description: ' ', ownerProfessionalId: null, dueDate: null })).toEqual(['description', 'owner', 'due_date']);
    expect(actionProblems({ ...base, kind: 'monitoring', dueDate: null })).toEqual([]);
    expect(actionProblems({ ...base, kind: 'terugkoppeling' })).toEqual(['signaller']);
  });

  it('a Verwijsindex registration is only done once parents/youngster were informed', () => {
    expect(actionProblems({ ...base, kind: 'verwijsindex', status: 'gedaan' })).toEqual(['not_informed']);
    expect(actionProblems({ ...base, kind: 'verwijsindex', status: 'gedaan', informed: true })).toEqual([]);
    expect(actionProblems({ ...base, kind: 'verwijsindex', status: 'open' })).toEqual([]);
  });

  it('a Verwijsindex registration may go ahead when informing is postponed with a day and a real reason', () => {
    const vir = { ...base, kind: 'verwijsindex' as const, status: 'gedaan' as const };
    const reason = 'Vader is gewelddadig; informeren nu brengt moeder en kind in gevaar';
    expect(actionProblems({ ...vir, informingPostponedUntil: '2027-01-15', informingPostponedReason: reason })).toEqual([]);
    expect(actionProblems({ ...vir, informingPostponedUntil: '2027-01-15', informingPostponedReason: '' })).toEqual(['postponement_incomplete']);
    expect(actionProblems({ ...vir, informingPostponedUntil: '2027-01-15', informingPostponedReason: 'gevaar' })).toEqual(['postponement_incomplete']);
    expect(actionProblems({ ...vir, status: 'open', informingPostponedUntil: null, informingPostponedReason: reason })).toEqual(['postponement_incomplete']);
    const postponed = { informed: false, informingPostponedUntil: '2026-11-27', informingPostponedReason: reason };
    expect(postponementExpired(postponed, today)).toBe(true);
    expect(postponementExpired({ ...postponed, informingPostponedUntil: '2026-11-28' }, today)).toBe(false);
    expect(postponementExpired({ ...postponed, informed: true }, today)).toBe(false);
  });

  it('who is informed follows the age: parents under 16, the youngster from 12, both in between or when unknown', () => {
    const born = (yearsAgo: number, daysLater = 0) => {
      const d = new Date(Date.UTC(2026 - yearsAgo, 10, 28 + daysLater));
      return d.toISOString().slice(0, 10);
    };
    expect(whoToInform([born(8)], today)).toEqual({ parents: true, youngster: false });
    expect(whoToInform([born(12)], today)).toEqual({ parents: true, youngster: true });
    expect(whoToInform([born(12, 1)], today)).toEqual({ parents: true, youngster: false });
    expect(whoToInform([born(16)], today)).toEqual({ parents: false, youngster: true });
    expect(whoToInform([born(16, 1)], today)).toEqual({ parents: true, youngster: true });
    expect(whoToInform([null], today)).toEqual({ parents: true, youngster: true });
    expect(whoToInform([], today)).toEqual({ parents: true, youngster: true });
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 25 }), { nil: null }), { minLength: 1, maxLength: 5 }), (ages) => {
        const who = whoToInform(
          ages.map((a) => (a === null ? null : born(a))),
          today,
        );
        // Nobody is ever left uninformed, and each party is informed exactly when some child needs it.
        expect(who.parents || who.youngster).toBe(true);
        expect(who.parents).toBe(ages.some((a) => a === null || a < 16));
        expect(who.youngster).toBe(ages.some((a) => a === null || a >= 12));
      }),
    );
  });

  it('are overdue only when open and due before today', () => {
    expect(isOverdue({ status: 'open', dueDate: '2026-11-27' }, today)).toBe(true);
    expect(daysOverdue({ status: 'open', dueDate: '2026-11-20' }, today)).toBe(8);
    expect(isOverdue({ status: 'open', dueDate: '2026-11-28' }, today)).toBe(false);
    expect(isOverdue({ status: 'gedaan', dueDate: '2026-01-01' }, today)).toBe(false);
    expect(isOverdue({ status: 'open', dueDate: null }, today)).toBe(false);
    fc.assert(
      fc.property(fc.constantFrom('open' as const, 'gedaan' as const, 'vervallen' as const), fc.integer({ min: -400, max: 400 }), (status, offset) => {
        const d = new Date(Date.UTC(2026, 10, 28 + offset));
        const due = d.toISOString().slice(0, 10);
        expect(isOverdue({ status, dueDate: due }, today)).toBe(status === 'open' && offset < 0);
        expect(daysOverdue({ status, dueDate: due }, today)).toBe(status === 'open' && offset < 0 ? -offset : 0);
      }),
    );
  });

  it('still open at the next meeting come first, each needing a reason', () => {
    const action = (id: string, createdAt: string, dueDate: string, status: 'open' | 'gedaan' = 'open') => ({ id, kind: 'actie' as const, createdAt, dueDate, status });
    const actions = [
      action('late', '2026-11-01T10:00:00.000Z', '2026-11-20'),
      action('done', '2026-11-01T10:00:00.000Z', '2026-11-10', 'gedaan'),
      action('early', '2026-11-01T10:00:00.000Z', '2026-11-05'),
      action('new', '2026-11-28T10:30:00.000Z', '2026-12-10'),
    ];
    const meeting = { id: 'm2', startsAt: '2026-11-28T10:00:00.000Z' };
    const items = openActionsAtMeeting(actions, [{ actionId: 'late', meetingId: 'm2', reason: 'wacht_op_ander', note: 'wachtlijst GGZ' }, { actionId: 'early', meetingId: 'm1', reason: 'niet_gedaan', note: '' }], meeting);
    expect(items.map((i) => [i.action.id, i.reason])).toEqual([
      ['early', null],
      ['late', 'wacht_op_ander'],
    ]);
    expect(missingReasons(items)).toBe(1);
  });
});

describe('escalation ladder', () => {
  it('is on the latest rung by date; Veilig Thuis steps are not rungs', () => {
    expect(currentLevel([])).toBe('vrijwillig');
    expect(
      currentLevel([
        { step: 'dwang', date: '2026-10-01', recordedAt: '2026-10-01T00:00:00Z' },
        { step: 'drang', date: '2026-09-01', recordedAt: '2026-10-02T00:00:00Z' },
        { step: 'veilig_thuis_melding', date: '2026-11-01', recordedAt: '2026-11-01T00:00:00Z' },
      ]),
    ).toBe('dwang');
  });
});
