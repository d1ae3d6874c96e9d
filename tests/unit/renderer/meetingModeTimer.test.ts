// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeetingCase, MeetingModeState } from '../../../shared/contract/meetingModeChannels';
import { caseSeconds, elapsedSeconds, formatClock, isOverTime, shouldSaveTick, usedPercent } from '../../../renderer/state/caseTimer';
import { caseTitle } from '../../../renderer/features/meetingMode/caseTitle';
import { runRecipientExports } from '../../../renderer/features/meetingMode/exportRun';
import { meetingCommandFor } from '../../../renderer/features/meetingMode/meetingKeys';
import { focusCase, pauseTimer, tick, toggleTimer } from '../../../renderer/features/meetingMode/meetingModeActions';
import { i18n } from '../../../renderer/i18n';
import { useMeetingMode } from '../../../renderer/state/meetingModeStore';
import { resetAllStores } from '../../../renderer/state';
// Every feature's texts, registered as main.tsx does before the first render.
import '../../../renderer/shell/featureTexts';

const MEETING = '5a1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b';
const BAKKER = '3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a51';
const VOS = '3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a52';

const meetingCase = (familyId: string, position: number, displayName: string): MeetingCase => ({
  familyId,
  displayName,
  anonymous: false,
  position,
  memberIds: [],
  plannedMinutes: 1,
  elapsedSeconds: 0,
  status: 'gepland',
  minutes: '',
  medicalMinutes: '',
  medicalRelease: null,
  updatedAt: null,
});

const state = (): MeetingModeState => ({
  meeting: { id: MEETING, type: 'een_twee_drie_tje', title: '1-2-3-tje OBS De Regenboog', startsAt: '2026-11-30T09:00:00+01:00', location: '', schoolId: null, chairId: null, confidentiality: '' },
  startedAt: '2026-11-30T09:01:00+01:00',
  endedAt: null,
  confidentialityConfirmedAt: '2026-11-30T09:01:00+01:00',
  confidentialityConfirmedBy: 'Noor Jansen',
  followUpOf: null,
  participants: [],
  cases: [meetingCase(BAKKER, 1, 'Gezin Bakker'), meetingCase(VOS, 2, 'Gezin Vos')],
});

/** A bridge that answers saveCase like core (the case with the saved fields) and records each save. */
function recordingBridge() {
  const saves: { familyId: string; elapsedSeconds?: number }[] = [];
  window.casustafel = {
    invoke: async (channel: string, request: unknown) => {
      if (channel === 'meetingMode:saveCase') {
        const r = request as { familyId: string; elapsedSeconds?: number };
        saves.push({ familyId: r.familyId, elapsedSeconds: r.elapsedSeconds });
        const current = useMeetingMode.getState().mode?.cases.find((c) => c.familyId === r.familyId);
        return { ok: true, value: { ...current, ...r, meetingId: undefined } };
      }
      return { ok: false, error: { code: 'not_found', message: '' } };
    },
    on: () => () => undefined,
  } as unknown as NonNullable<typeof window.casustafel>;
  return saves;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the case clock', () => {
  it('reads mm:ss, minutes counting on past an hour', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(65)).toBe('01:05');
    expect(formatClock(75 * 60 + 3)).toBe('75:03');
  });

  it('counts from the start instant on top of earlier time, and is over time only past the plan', () => {
    const timer = { familyId: BAKKER, startedAtMs: 1_000_000, baseSeconds: 50 };
    expect(elapsedSeconds(timer, 1_000_000 + 9_999)).toBe(59);
    expect(isOverTime(60, 1)).toBe(false);
    expect(isOverTime(61, 1)).toBe(true);
    expect(usedPercent(90, 1)).toBe(100);
    expect(caseSeconds(VOS, 12, timer, 2_000_000)).toBe(12);
  });

  it('saves on a tick only every 15 seconds', () => {
    expect(shouldSaveTick(14, 0)).toBe(false);
    expect(shouldSaveTick(15, 0)).toBe(true);
    expect(shouldSaveTick(29, 15)).toBe(false);
  });
});

describe('shortcuts and names', () => {
  it('uses Alt with arrows and T, nothing else', () => {
    const key = (key: string, code: string, altKey = true) => meetingCommandFor({ key, code, altKey, ctrlKey: false, metaKey: false, shiftKey: false });
    expect(key('ArrowDown', 'ArrowDown')).toBe('next');
    expect(key('ArrowUp', 'ArrowUp')).toBe('previous');
    expect(key('†', 'KeyT')).toBe('timer');
    expect(key('ArrowDown', 'ArrowDown', false)).toBeNull();
  });

  it('jumps to the parts of the case with Alt+1…6 and to the agenda with Alt+0, also where Alt types another character', () => {
    const key = (key: string, code: string, altKey = true) => meetingCommandFor({ key, code, altKey, ctrlKey: false, metaKey: false, shiftKey: false });
    expect(key('1', 'Digit1')).toBe('involved');
    expect(key('¡', 'Digit1')).toBe('involved');
    expect(key('2', 'Digit2')).toBe('concern');
    expect(key('3', 'Numpad3')).toBe('timeline');
    expect(key('4', 'Digit4')).toBe('actions');
    expect(key('5', 'Digit5')).toBe('decisions');
    expect(key('6', 'Digit6')).toBe('minutes');
    expect(key('0', 'Digit0')).toBe('agenda');
    expect(key('7', 'Digit7')).toBeNull();
    expect(key('1', 'Digit1', false)).toBeNull();
    expect(meetingCommandFor({ key: '1', code: 'Digit1', altKey: true, ctrlKey: true, metaKey: false, shiftKey: false })).toBeNull();
  });

  it('names only the case in focus in the projector-safe view, and never an anonymous one', () => {
    const t = i18n.t.bind(i18n) as (key: string, options?: Record<string, unknown>) => string;
    const c = meetingCase(VOS, 2, 'Gezin Vos');
    expect(caseTitle(c, false, false, t)).toBe('Gezin Vos');
    expect(caseTitle(c, false, true, t)).toBe('Casus 2');
    expect(caseTitle(c, true, true, t)).toBe('Gezin Vos');
    expect(caseTitle({ ...c, anonymous: true }, true, false, t)).toBe('Casus 2 (anoniem)');
  });
});

describe('the timer in the meeting-mode store', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-30T09:05:00+01:00'));
    useMeetingMode.getState().setMode(MEETING, state());
  });
  afterEach(() => {
    vi.useRealTimers();
    resetAllStores();
    delete window.casustafel;
  });

  it('a minute of ticks saves four times, not sixty; pausing saves once more with the exact time', async () => {
    const saves = recordingBridge();
    await toggleTimer();
    for (let s = 1; s <= 62; s += 1) {
      vi.setSystemTime(Date.now() + 1000);
      tick();
    }
    await flush();
    expect(saves.map((s) => s.elapsedSeconds)).toEqual([15, 30, 45, 60]);
    await pauseTimer();
    expect(saves.map((s) => s.elapsedSeconds)).toEqual([15, 30, 45, 60, 62]);
    expect(useMeetingMode.getState().timer).toBeNull();
    expect(useMeetingMode.getState().mode?.cases[0]?.elapsedSeconds).toBe(62);
  });

  it('switching cases saves the old clock, starts the new one and announces the case', async () => {
    const saves = recordingBridge();
    await toggleTimer();
    vi.setSystemTime(Date.now() + 7000);
    await focusCase(1);
    expect(saves).toEqual([{ familyId: BAKKER, elapsedSeconds: 7 }]);
    expect(useMeetingMode.getState().timer?.familyId).toBe(VOS);
    expect(useMeetingMode.getState().announcement).toBe('Casus 2 van 2: Gezin Vos');
  });

  it('is wiped on lock with every other store', async () => {
    recordingBridge();
    useMeetingMode.getState().setProjector(true);
    await toggleTimer();
    resetAllStores();
    const s = useMeetingMode.getState();
    expect([s.mode, s.timer, s.meetingId, s.projector]).toEqual([null, null, null, false]);
  });
});

describe('exporting one recipient at a time', () => {
  it('stops after the file being written when cancelled, keeping what was written', async () => {
    let cancel = false;
    const progress: string[] = [];
    const result = await runRecipientExports(
      ['a', 'b', 'c', 'd'],
      async (id) => {
        if (id === 'b') cancel = true;
        return { fileName: `${id}.pdf` };
      },
      () => cancel,
      (done, total) => progress.push(`${done}/${total}`),
    );
    expect(result.written.map((w) => w.fileName)).toEqual(['a.pdf', 'b.pdf']);
    expect(result.cancelled).toBe(true);
    expect(progress).toEqual(['0/4', '1/4']);
  });

  it('stops at the first failure and reports it', async () => {
    const result = await runRecipientExports(
      ['a', 'b', 'c'],
      async (id) => {
        if (id === 'b') throw new Error('schijf vol');
        return { fileName: `${id}.pdf` };
      },
      () => false,
      () => undefined,
    );
    expect(result.written.map((w) => w.fileName)).toEqual(['a.pdf']);
    expect(result.error).toBeInstanceOf(Error);
  });
});
