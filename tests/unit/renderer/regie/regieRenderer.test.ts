// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { FollowUpPage, RegieOverview } from '../../../../shared/contract/regieChannels';
import type { Meeting } from '../../../../shared/domain/records';
import { reviewMeetingOf } from '../../../../renderer/features/regie/OpenActionsReview';
import { useRegie } from '../../../../renderer/features/regie/regieStore';
import { handleLocked } from '../../../../renderer/session/sessionFlow';
import { registeredResetNames, useDirectory, useSession } from '../../../../renderer/state';

const FAMILY_ID = '3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b';
const meeting = (id: string, startsAt: string): Meeting => ({ id, type: 'zat', title: '', startsAt, location: '', schoolId: null, chairId: null, confidentiality: '' });

describe('regie in the renderer', () => {
  it('reviews open actions at the family’s first meeting from today on, else at its latest', () => {
    const past = meeting('a', '2026-11-01T13:00:00.000Z');
    const today = meeting('b', '2026-11-28T08:00:00.000Z');
    const later = meeting('c', '2026-12-12T13:00:00.000Z');
    expect(reviewMeetingOf([later, past, today], '2026-11-28')?.id).toBe('b');
    expect(reviewMeetingOf([past, later], '2026-11-29')?.id).toBe('c');
    expect(reviewMeetingOf([past, meeting('d', '2026-10-01T13:00:00.000Z')], '2026-11-29')?.id).toBe('a');
    expect(reviewMeetingOf([], '2026-11-29')).toBeNull();
  });

  it('forgets every regie detail when the vault locks', () => {
    expect(registeredResetNames()).toContain('regie');
    const overview: RegieOverview = { decisions: [], actions: [], reviews: [], steps: [], closure: null, discussedWithoutRegie: true,
      concern: { level: null, highest: [], children: [] },
      gate: { allowed: false, missing: [{ code: 'monitoring' }] },
      contactWeeks: 6,
      signalsAwaitingFeedback: [],
      today: '2026-11-28',
      familyChoices: { involvements: [], network: [], signallerOrganisationIds: [] },
    };
    const concern = { level: 'acuut' as const, children: [{ childId: FAMILY_ID, childName: 'Daan Bakker' }] };
    const followUp: FollowUpPage = {
      today: '2026-11-28',
      families: [
        {
          familyId: FAMILY_ID,
          familyName: 'Gezin Bakker',
          concern,
          overdueActions: [],
          signallersNotInformed: [],
          passedTerms: [],
          signalsWithoutFeedback: [],
          withoutRegieSince: '2026-11-27T13:00:00.000Z',
          openRequiredTopics: [],
          timelineWarnings: [],
        },
      ],
      total: 1,
      offset: 0,
      totals: { overdueActions: 0, signallersNotInformed: 0, passedTerms: 0, signalsWithoutFeedback: 0, withoutRegie: 1, openRequiredTopics: 0, timelineWarnings: 0 },
      upcomingMeetings: [],
    };
    useRegie.getState().setOverview(FAMILY_ID, overview);
    useRegie.getState().setFollowUp(followUp);
    useDirectory.getState().setContent({
      organisations: [{ id: 'org-1', name: 'JGZ Drenthe', type: 'jgz', function: 'beide', street: '', postcode: '', place: 'Assen', phone: '', email: '', medicalSecrecy: 'ja' }],
      professionals: [],
    });
    useSession.getState().setStatus({
      state: 'unlocked',
      path: '/home/noor/overleg.casustafel',
      fileName: 'overleg.casustafel',
      token: 'kluis-token-1',
      operator: { name: 'Noor Jansen', organisation: 'CJG Assen', role: 'voorzitter' },
      autoLockMinutes: 10,
      isDemo: false,
    });
    handleLocked('user');
    const state = useRegie.getState();
    expect([state.familyId, state.overview, state.followUp, useDirectory.getState().content]).toEqual([null, null, null, null]);
    expect(JSON.stringify(state)).not.toContain('Gezin Bakker');
    expect(JSON.stringify(state)).not.toContain('Daan Bakker');
  });
});
