// @vitest-environment jsdom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../renderer/api/apiError';
import { useSaveStatus } from '../../../renderer/autosave/saveStatusStore';
import { isUndoShortcut } from '../../../renderer/autosave/undoLastChange';
import { useAutosave, type Autosave } from '../../../renderer/autosave/useAutosave';
import { resetAllStores } from '../../../renderer/state';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let container: HTMLDivElement;
let field: Autosave<string>;
let setStored: (value: string) => void;

function Harness({ save, validate }: { save: (v: string) => Promise<unknown>; validate?: (v: string) => string | null }) {
  const [stored, set] = useState('Noor');
  setStored = set;
  field = useAutosave(stored, save, 500, validate);
  return null;
}

async function mount(save: (v: string) => Promise<unknown>, validate?: (v: string) => string | null) {
  await act(async () => root.render(<Harness save={save} validate={validate} />));
}

beforeEach(() => {
  vi.useFakeTimers();
  resetAllStores();
  container = document.createElement('div');
  root = createRoot(container);
});

afterEach(async () => {
  await act(async () => root.unmount());
  vi.useRealTimers();
});

describe('autosave of one field', () => {
  it('saves once, after the pause, the last value typed, and says when', async () => {
    const save = vi.fn(async () => undefined);
    await mount(save);
    await act(async () => {
      field.change('Noort');
      field.change('Noortje');
    });
    expect(save).not.toHaveBeenCalled();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(500);
    });
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('Noortje');
    expect(useSaveStatus.getState().status.kind).toBe('saved');
  });

  it('a refused save keeps what was typed and shows the message from core', async () => {
    const save = vi.fn(async () => {
      throw new ApiError('invalid_request', 'De gegevens zijn niet geldig. Er is niets gewijzigd. Toelichting: Controleer het veld ‘Voornaam’.', 'Controleer het veld ‘Voornaam’.');
    });
    await mount(save);
    await act(async () => field.change('x'.repeat(500)));
    await act(async () => field.flush());
    expect(field.draft).toBe('x'.repeat(500));
    expect(field.error).toContain('Controleer het veld ‘Voornaam’.');
    const status = useSaveStatus.getState().status;
    expect(status.kind === 'failed' && status.message).toContain('Er is niets gewijzigd');
  });

  it('a value the field refuses is not sent, and stays in the field', async () => {
    const save = vi.fn(async () => undefined);
    await mount(save, (v) => (v.trim() === '' ? 'Voornaam mag niet leeg zijn.' : null));
    await act(async () => field.change('  '));
    await act(async () => field.flush());
    expect(save).not.toHaveBeenCalled();
    expect(field.draft).toBe('  ');
    expect(field.error).toBe('Voornaam mag niet leeg zijn.');
  });

  it('a reload (after an undo) replaces the shown value, but never what the user is typing', async () => {
    const save = vi.fn(async () => undefined);
    await mount(save);
    await act(async () => setStored('Noor (teruggezet)'));
    expect(field.draft).toBe('Noor (teruggezet)');
    await act(async () => field.change('Noortje'));
    await act(async () => setStored('Iets anders'));
    expect(field.draft).toBe('Noortje');
  });

  it('leaving the screen saves what was typed', async () => {
    const save = vi.fn(async () => undefined);
    await mount(save);
    await act(async () => field.change('Noortje'));
    const { useSession } = await import('../../../renderer/state');
    useSession.getState().setStatus({ state: 'unlocked', path: null, fileName: null, token: null, operator: null, autoLockMinutes: 10, isDemo: false });
    await act(async () => root.unmount());
    root = createRoot(container);
    expect(save).toHaveBeenCalledWith('Noortje');
  });
});

describe('Ctrl+Z means undo of the last change only outside text fields', () => {
  const press = (target: EventTarget | null, init: KeyboardEventInit) => {
    const event = new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, ...init });
    Object.defineProperty(event, 'target', { value: target });
    return isUndoShortcut(event);
  };

  it('on a button or a checkbox it undoes; in a text field or text area it is the field’s own undo', () => {
    const button = document.createElement('button');
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    const text = document.createElement('input');
    const area = document.createElement('textarea');
    expect(press(button, {})).toBe(true);
    expect(press(checkbox, {})).toBe(true);
    expect(press(document.body, { key: 'Z', metaKey: true, ctrlKey: false })).toBe(true);
    expect(press(text, {})).toBe(false);
    expect(press(area, {})).toBe(false);
    expect(press(button, { shiftKey: true })).toBe(false);
    expect(press(button, { key: 'y' })).toBe(false);
  });
});
