// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingCase } from '../../../shared/contract/meetingModeChannels';
import type { TimelineContent } from '../../../shared/contract/timelineChannels';
import type { TimelineEvent } from '../../../shared/timeline/timelineEvent';
import { CaseMinutes } from '../../../renderer/features/meetingMode/CaseMinutes';
import { CompactTimeline } from '../../../renderer/features/meetingMode/CompactTimeline';
import '../../../renderer/i18n';
import { useMeetingMode } from '../../../renderer/state/meetingModeStore';
import { resetAllStores } from '../../../renderer/state';
// Every feature's texts, registered as main.tsx does before the first render.
import '../../../renderer/shell/featureTexts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const FAMILY = '3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a51';
const SCHOOL = '4f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a51';
const JGZ = '4f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a52';
const JGZ_EVENT_ID = '6f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a52';

const event = (id: string, organisationId: string, summary: string, date: string): TimelineEvent => ({
  id,
  familyId: FAMILY,
  type: 'notitie',
  date,
  organisationId,
  toOrganisationId: null,
  referralStatus: null,
  statusDate: null,
  reason: '',
  stagnationReason: null,
  consentStatus: null,
  escalationStep: null,
  noticedBy: '',
  summary,
  legalBasis: 'noodzakelijk_betrokkenen',
  memberIds: [],
  sortKey: Number(date.replace(/-/g, '')),
  recordedBy: 'Noor Jansen',
  source: 'handmatig',
});

const content: TimelineContent = {
  events: [
    event('6f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a51', SCHOOL, 'Noor komt vaak te laat', '2026-10-01'),
    event(JGZ_EVENT_ID, JGZ, 'Gewicht onder de lijn', '2026-10-20'),
  ],
  organisations: [
    { id: SCHOOL, name: 'OBS De Regenboog', type: 'school', medical: false },
    { id: JGZ, name: 'JGZ Drenthe', type: 'jgz', medical: true },
  ],
  children: [],
  stagnationHandlings: [],
  today: '2026-11-30',
};

const meetingCase: MeetingCase = {
  familyId: FAMILY,
  displayName: 'Gezin Bakker',
  anonymous: false,
  position: 1,
  memberIds: [],
  plannedMinutes: 10,
  elapsedSeconds: 0,
  status: 'gepland',
  minutes: 'Regie blijft bij het wijkteam.',
  medicalMinutes: 'Verwezen naar de kinderarts.',
  medicalRelease: null,
  updatedAt: null,
};

let root: Root;
let container: HTMLDivElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  resetAllStores();
});

const text = () => container.textContent ?? '';
const setProjector = (on: boolean) => act(() => useMeetingMode.getState().setProjector(on));

describe('the projector-safe view', () => {
  it('leaves JGZ timeline events out, released or not (a release names its recipients), says how many, and hides nothing for good', () => {
    act(() => root.render(<CompactTimeline content={content} />));
    expect(text()).toContain('Gewicht onder de lijn');
    expect(text()).toContain('medisch beroepsgeheim');

    setProjector(true);
    expect(text()).not.toContain('Gewicht onder de lijn');
    expect(text()).toContain('Noor komt vaak te laat');
    expect(text()).toContain('1 gebeurtenis onder medisch beroepsgeheim is verborgen');

    act(() => useMeetingMode.getState().addReleasedEvent(JGZ_EVENT_ID));
    expect(text()).not.toContain('Gewicht onder de lijn');
    expect(text()).toContain('1 gebeurtenis onder medisch beroepsgeheim is verborgen');

    setProjector(false);
    expect(text()).toContain('Gewicht onder de lijn');
    expect(text()).toContain('medisch beroepsgeheim · vrijgegeven');
  });

  it('hides the JGZ notes (not the minutes) on the projector, released or not; off the projector it says to whom they were released', () => {
    act(() => root.render(<CaseMinutes meetingCase={meetingCase} />));
    const notes = () => [...container.querySelectorAll('textarea')].map((t) => t.value);
    expect(notes()).toEqual(['Regie blijft bij het wijkteam.', 'Verwezen naar de kinderarts.']);

    setProjector(true);
    expect(notes()).toEqual(['Regie blijft bij het wijkteam.']);
    expect(text()).toContain('Verborgen in de projectorweergave (medisch beroepsgeheim).');

    const released = {
      ...meetingCase,
      medicalRelease: {
        reason: 'Ouders stemmen in',
        releasedBy: 'Sanne de Wit',
        releasedAt: '2026-11-30T09:30:00+01:00',
        holder: 'Ilse Wiersma (JGZ Drenthe)',
        basis: 'toestemming' as const,
        organisations: [{ id: '3c9d2a4e-1f5b-4c7d-8e9f-0a1b2c3d4e5f', name: 'OBS De Regenboog' }],
        conflictOfDutiesId: null,
        confirmation: 'schriftelijk' as const,
        confirmedAtMeetingId: null,
        writtenReference: 'e-mail 30 november',
      },
    };
    act(() => root.render(<CaseMinutes meetingCase={released} />));
    expect(notes()).toEqual(['Regie blijft bij het wijkteam.']);
    setProjector(false);
    expect(notes()).toEqual(['Regie blijft bij het wijkteam.', 'Verwezen naar de kinderarts.']);
    expect(text()).toContain('Vrijgegeven door Ilse Wiersma (JGZ Drenthe) op toestemming, voor OBS De Regenboog');
    // A release from before releases named recipients says so and can be recorded again.
    act(() => root.render(<CaseMinutes meetingCase={{ ...released, medicalRelease: { ...released.medicalRelease, organisations: null, confirmation: null } }} />));
    expect(text()).toContain('Leg haar opnieuw vast met de ontvangers.');
    expect(container.querySelector('button')?.textContent).toBe('Opnieuw vastleggen met ontvangers');
  });

  it('keeps marking a JGZ event released in an earlier session once the meeting is loaded again, and keeps it off the projector', () => {
    const meetingId = '7f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a51';
    act(() =>
      useMeetingMode.getState().setMode(meetingId, {
        meeting: {
          id: meetingId,
          type: 'een_twee_drie_tje',
          title: '',
          startsAt: '2026-11-30T09:00:00+01:00',
          location: '',
          schoolId: null,
          chairId: null,
          confidentiality: '',
        },
        startedAt: null,
        endedAt: null,
        confidentialityConfirmedAt: null,
        confidentialityConfirmedBy: '',
        followUpOf: null,
        participants: [],
        cases: [meetingCase],
        releasedTimelineEventIds: [JGZ_EVENT_ID],
      }),
    );
    act(() => root.render(<CompactTimeline content={content} />));
    expect(text()).toContain('medisch beroepsgeheim · vrijgegeven');
    setProjector(true);
    expect(text()).not.toContain('Gewicht onder de lijn');
  });
});
