// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CasustafelApi } from '../../../shared/contract/api';
import { flushNoteAutosave, NOTE_SAVE_DELAY_MS, scheduleNoteSave } from '../../../renderer/families/noteAutosave';
import { resetAllStores, useFamilies } from '../../../renderer/state';

const ID = '0b7c2f7e-4d55-4b8e-9a1c-2f3e4d5c6b7a';
let saved: string[];

beforeEach(() => {
  vi.useFakeTimers();
  saved = [];
  const api: CasustafelApi = {
    invoke: (async (channel: string, request: { note: string }) => {
      if (channel !== 'families:updateNote') return { ok: false, error: { code: 'unknown_channel', message: '' } };
      saved.push(request.note);
      return { ok: true, value: { updatedAt: '2026-11-28T13:32:00.000Z' } };
    }) as CasustafelApi['invoke'],
    on: () => () => undefined,
  };
  Object.defineProperty(window, 'casustafel', { value: api, configurable: true });
  resetAllStores();
  useFamilies.getState().setDetail({
    id: ID,
    displayName: 'Gezin Kok',
    anonymous: false,
    note: '',
    createdAt: '2026-11-28T10:00:00.000Z',
    updatedAt: '2026-11-28T10:00:00.000Z',
    members: [],
  });
});

afterEach(() => {
  vi.useRealTimers();
});

function type(text: string) {
  useFamilies.getState().setNoteDraft(text);
  scheduleNoteSave(ID, text);
}

describe('note autosave', () => {
  it('saves once, 400 ms after the last keystroke, and then says when', async () => {
    type('Ge');
    await vi.advanceTimersByTimeAsync(200);
    type('Gesprek');
    await vi.advanceTimersByTimeAsync(NOTE_SAVE_DELAY_MS - 1);
    expect(saved).toEqual([]);
    expect(useFamilies.getState().noteSave).toEqual({ kind: 'dirty' });
    await vi.advanceTimersByTimeAsync(1);
    await flushNoteAutosave();
    expect(saved).toEqual(['Gesprek']);
    expect(useFamilies.getState().noteSave).toEqual({ kind: 'saved', at: '2026-11-28T13:32:00.000Z' });
  });

  it('flushing (as locking does) saves what is typed at once', async () => {
    type('Nog niet bewaard');
    await flushNoteAutosave();
    expect(saved).toEqual(['Nog niet bewaard']);
  });

  it('after a wipe a pending save is dropped and nothing reaches core', async () => {
    type('Nooit opslaan na vergrendelen');
    resetAllStores();
    await vi.advanceTimersByTimeAsync(NOTE_SAVE_DELAY_MS * 3);
    expect(saved).toEqual([]);
  });
});
