import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { signalsAwaitingFeedback } from '../../../../shared/regie/signalFeedback';

const school = 'org-school';
const signal = (date: string, organisationId = school) => ({ eventId: `e-${date}`, organisationId, date, summary: 'Noor komt vaak te laat en zonder ontbijt' });
const now = '2026-11-28T12:00:00.000Z';

describe('a discussed signal is owed feedback', () => {
  it('only after a meeting has discussed it, until feedback to that signaller is planned', () => {
    expect(signalsAwaitingFeedback([signal('2026-11-20')], [], [], now)).toEqual([]);
    expect(signalsAwaitingFeedback([signal('2026-11-20')], [], ['2026-12-01T13:00:00.000Z'], now)).toEqual([]);
    expect(signalsAwaitingFeedback([signal('2026-11-20')], [], ['2026-11-10T13:00:00.000Z'], now)).toEqual([]);
    const owed = signalsAwaitingFeedback([signal('2026-11-20')], [], ['2026-11-10T13:00:00.000Z', '2026-11-24T13:00:00.000Z', '2026-11-26T13:00:00.000Z'], now);
    expect(owed.map((s) => s.discussedAt)).toEqual(['2026-11-24T13:00:00.000Z']);
    const meetings = ['2026-11-24T13:00:00.000Z'];
    expect(signalsAwaitingFeedback([signal('2026-11-20')], [{ signallerOrganisationId: school, createdAt: '2026-11-24T14:00:00.000Z' }], meetings, now)).toEqual([]);
    // Feedback planned for an older signal, or to another organisation, does not count.
    expect(signalsAwaitingFeedback([signal('2026-11-20')], [{ signallerOrganisationId: school, createdAt: '2026-10-01T14:00:00.000Z' }], meetings, now)).toHaveLength(1);
    expect(signalsAwaitingFeedback([signal('2026-11-20')], [{ signallerOrganisationId: 'org-other', createdAt: '2026-11-24T14:00:00.000Z' }], meetings, now)).toHaveLength(1);
  });

  it('reads approximate dates from their first possible day', () => {
    expect(signalsAwaitingFeedback([signal('2026-11')], [], ['2026-11-03T13:00:00.000Z'], now)).toHaveLength(1);
    expect(signalsAwaitingFeedback([signal('2026-najaar')], [], ['2026-09-30T13:00:00.000Z'], now)).toHaveLength(1);
    expect(signalsAwaitingFeedback([signal('geen datum')], [], ['2026-11-03T13:00:00.000Z'], now)).toEqual([]);
  });

  it('planning feedback to the signaller on or after the signal always clears it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 20 }), (day, later) => {
        const d = `2026-10-${String(day).padStart(2, '0')}`;
        const planned = new Date(Date.UTC(2026, 9, day + later, 15)).toISOString();
        const meetings = [new Date(Date.UTC(2026, 9, day, 8)).toISOString()];
        expect(signalsAwaitingFeedback([signal(d)], [], meetings, now)).toHaveLength(1);
        expect(signalsAwaitingFeedback([signal(d)], [{ signallerOrganisationId: school, createdAt: planned }], meetings, now)).toEqual([]);
      }),
    );
  });
});
