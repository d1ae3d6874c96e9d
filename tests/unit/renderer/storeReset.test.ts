// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { VaultStatus } from '../../../shared/contract/schemas';
import { useSaveStatus } from '../../../renderer/autosave/saveStatusStore';
import { handleLocked } from '../../../renderer/session/sessionFlow';
import {
  registeredResetNames,
  resetAllStores,
  useAudit,
  useDirectory,
  useDossier,
  useHome,
  useIdle,
  useMeetings,
  useNavigation,
  useSession,
  useSettings,
} from '../../../renderer/state';

const FAMILY_ID = '3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b';
const MEETING_ID = '5a1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b';
const MEMBER_ID = '6b1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b';
const SECRET = 'Moeder vertelde over schulden bij de woningcorporatie';

const unlocked: VaultStatus = {
  state: 'unlocked',
  path: '/home/noor/overleg.casustafel',
  fileName: 'overleg.casustafel',
  token: 'kluis-token-1',
  operator: { name: 'Noor Jansen', organisation: 'CJG Assen', role: 'voorzitter' },
  autoLockMinutes: 10,
  isDemo: false,
};
const unlockedTarget = { token: 'kluis-token-1', path: '/home/noor/overleg.casustafel', fileName: 'overleg.casustafel' };

/** The data part of every store (actions left out), as plain JSON. */
function snapshot() {
  const data = (state: object) => JSON.parse(JSON.stringify(state)) as unknown;
  return {
    session: data(useSession.getState()),
    navigation: data(useNavigation.getState()),
    home: data(useHome.getState()),
    dossier: data(useDossier.getState()),
    directory: data(useDirectory.getState()),
    meetings: data(useMeetings.getState()),
    saveStatus: data(useSaveStatus.getState()),
    settings: data(useSettings.getState()),
    audit: data(useAudit.getState()),
    idle: data(useIdle.getState()),
  };
}

function fillEveryStore() {
  useSession.getState().setStatus(unlocked);
  useSession.getState().setTarget(unlockedTarget);
  useNavigation.getState().openFamily(FAMILY_ID);
  const hit = { familyId: FAMILY_ID, displayName: 'Gezin Bakker', anonymous: false, childNames: ['Lotte'], schools: [], matchedOn: 'naam', updatedAt: '2026-11-28T10:00:00.000Z' };
  useHome.getState().setQuery('Bakker');
  useHome.getState().setHits('Bakker', [hit]);
  useHome.getState().setRecent([hit]);
  const meeting = {
    id: MEETING_ID,
    type: 'zat' as const,
    title: 'ZAT Bakker',
    startsAt: '2026-12-01T09:00:00+01:00',
    location: 'OBS De Regenboog',
    schoolId: null,
    chairId: null,
    confidentiality: SECRET,
  };
  useHome.getState().setUpcoming([{ ...meeting, participantCount: 3, caseCount: 1 }]);
  const dossier = {
    family: { id: FAMILY_ID, displayName: 'Gezin Bakker', anonymous: false, note: SECRET, createdAt: '2026-11-28T10:00:00.000Z', updatedAt: '2026-11-28T10:00:00.000Z' },
    members: [
      { id: MEMBER_ID, familyId: FAMILY_ID, role: 'kind' as const, givenName: 'Lotte', familyName: 'Bakker', birthDate: '2015-04-01', parentalAuthority: false, schoolId: null, schoolGroup: '5' },
    ],
    involvements: [],
    consents: [],
    conflictsOfDuties: [],
    kindchecksByOthers: [],
    meetings: [meeting],
    basisEndings: { before: '2026-12-01', beforeMeeting: true, endings: [] },
    glance: { concern: { level: null, highest: [], children: [] }, regie: { kind: 'geen' as const }, openActions: 0, overdueActions: 0 },
  };
  useDossier.getState().setDossier(dossier);
  useDossier.getState().setTab('gezin');
  useDirectory.getState().setContent({
    organisations: [{ id: MEETING_ID, name: 'OBS De Regenboog', type: 'school', function: 'signalerend', street: '', postcode: '', place: 'Emmen', phone: '', email: '', medicalSecrecy: 'nee' }],
    professionals: [],
  });
  useMeetings.getState().setLists([{ ...meeting, participantCount: 3, caseCount: 1 }], []);
  useMeetings.getState().setDetail({ meeting, participants: [], agenda: [] });
  useMeetings.getState().setAgendaFamily(dossier);
  useSaveStatus.getState().undone(`Gezinslid Lotte Bakker toegevoegd: ${SECRET}`);
  useSettings.getState().setSettings({ autoLockMinutes: 5, backupKeep: 7, notDiscussedWeeks: 6, reportMinimumCount: 5, contactWeeks: 6, raisedConcernWeeks: 12 });
  useSettings.getState().setBackups([
    { path: '/x/b.casustafel', fileName: 'b.casustafel', createdAt: '2026-11-28T10:00:00.000Z', sizeBytes: 4096 },
  ]);
  useSettings.getState().setVerification({ ok: true, entries: 4, problems: [] });
  useAudit.getState().setFilter({ familyId: FAMILY_ID, operator: SECRET, category: 'bekeken', fromDay: '01-11-2026', toDay: '' });
  useIdle.getState().setLockAt('2026-11-28T10:10:00.000Z');
  useIdle.getState().showWarning(60);
}

describe('wiping renderer state', () => {
  it('every store registers its reset', () => {
    expect(registeredResetNames()).toEqual(
      expect.arrayContaining(['session', 'navigation', 'home', 'dossier', 'directory', 'meetings', 'saveStatus', 'settings', 'audit', 'idle']),
    );
  });

  it('resetAllStores returns every store to its initial state', () => {
    resetAllStores();
    const initial = snapshot();
    fillEveryStore();
    expect(JSON.stringify(snapshot())).toContain(SECRET);
    resetAllStores();
    expect(snapshot()).toEqual(initial);
    expect(JSON.stringify(snapshot())).not.toContain(SECRET);
    expect(JSON.stringify(snapshot())).not.toContain('Noor Jansen');
  });

  it('a lock wipes everything and leaves only the reason and the file to unlock', () => {
    resetAllStores();
    fillEveryStore();
    handleLocked('idle');
    const after = JSON.stringify(snapshot());
    expect(after).not.toContain(SECRET);
    expect(after).not.toContain('Noor Jansen');
    expect(after).not.toContain('Bakker');
    expect(useSession.getState().status).toBeNull();
    expect(useSession.getState().notice).toEqual({ kind: 'locked', reason: 'idle' });
    // Only main's token for the file and its path to show; the renderer never hands main a path.
    expect(useSession.getState().target).toEqual(unlockedTarget);
    expect(useNavigation.getState().screen).toBe('unlock');
    // The second notification (event after the lock reply) changes nothing.
    handleLocked('user');
    expect(useSession.getState().notice).toEqual({ kind: 'locked', reason: 'idle' });
    expect(useNavigation.getState().screen).toBe('unlock');
  });

  it('locking the demo vault returns to its own unlock screen, which can open it again', () => {
    resetAllStores();
    fillEveryStore();
    useSession.getState().setStatus({ ...unlocked, isDemo: true });
    handleLocked('user');
    expect(useNavigation.getState().screen).toBe('unlock');
    expect(useSession.getState().target).toEqual(unlockedTarget);
    expect(useSession.getState().targetDemo).toBe(true);
    // Choosing another file forgets that it was the demo.
    useSession.getState().setTarget({ token: 'kluis-token-2', path: '/tmp/ander.casustafel', fileName: 'ander.casustafel' });
    expect(useSession.getState().targetDemo).toBe(false);
  });
});
