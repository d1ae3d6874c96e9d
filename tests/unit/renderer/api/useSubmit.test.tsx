// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../renderer/api/apiError';
import { useSubmit, type Submit, type SubmitOptions } from '../../../../renderer/api/useSubmit';
import { deferred } from './deferred';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let container: HTMLDivElement;
let form: Submit;

function Harness({ options }: { options?: SubmitOptions }) {
  form = useSubmit(options);
  return null;
}

beforeEach(async () => {
  container = document.createElement('div');
  root = createRoot(container);
  await act(async () => root.render(<Harness />));
});
afterEach(() => {
  act(() => root.unmount());
});

describe('a form submits its write through one hook', () => {
  it('is busy while the write runs, ignores a second press meanwhile, and calls back once with the answer', async () => {
    const answer = deferred<string>();
    const work = vi.fn(() => answer.promise);
    const onSuccess = vi.fn();
    let first!: Promise<boolean>;
    let second!: Promise<boolean>;
    await act(async () => {
      first = form.run(work, onSuccess);
      second = form.run(work, onSuccess);
    });
    expect(form.busy).toBe(true);
    expect(await second).toBe(false);
    await act(async () => answer.resolve('gezin Jansen'));
    expect(await first).toBe(true);
    expect(work).toHaveBeenCalledTimes(1);
    expect(onSuccess).toHaveBeenCalledWith('gezin Jansen');
    expect(form).toMatchObject({ busy: false, error: null });
  });

  it('a failed write shows the Dutch message, skips the success callback, and frees the form', async () => {
    const onSuccess = vi.fn();
    let saved!: boolean;
    await act(async () => {
      saved = await form.run(() => Promise.reject(new ApiError('vault_locked', 'De kluis is vergrendeld.')), onSuccess);
    });
    expect(saved).toBe(false);
    expect(onSuccess).not.toHaveBeenCalled();
    expect(form).toMatchObject({ busy: false, error: 'De kluis is vergrendeld.' });

    await act(async () => {
      await form.run(async () => 'opgeslagen');
    });
    expect(form.error).toBeNull();
  });

  it('a write that reports through the save status resolves with its message: settle shows it', async () => {
    const onSuccess = vi.fn();
    await act(async () => {
      await form.settle(async () => 'Opslaan mislukt: de schijf is vol.', onSuccess);
    });
    expect(form.error).toBe('Opslaan mislukt: de schijf is vol.');
    expect(onSuccess).not.toHaveBeenCalled();
    await act(async () => {
      await form.settle(async () => null, onSuccess);
    });
    expect(form.error).toBeNull();
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('field messages stop the submit before it writes', async () => {
    let rejected!: boolean;
    await act(async () => {
      rejected = form.rejects({ name: 'Vul een naam in.', date: null });
    });
    expect(rejected).toBe(true);
    expect(form.fieldErrors).toEqual({ name: 'Vul een naam in.', date: null });
    await act(async () => {
      rejected = form.rejects({ name: null, date: null });
    });
    expect(rejected).toBe(false);
  });

  it('a failure about one field is shown at that field, not below the form', async () => {
    await act(async () => root.render(<Harness options={{ fieldOf: (code) => (code === 'weak_passphrase' ? 'passphrase' : undefined) }} />));
    await act(async () => {
      await form.run(() => Promise.reject(new ApiError('weak_passphrase', 'Deze wachtzin is te zwak.')));
    });
    expect(form.fieldErrors).toEqual({ passphrase: 'Deze wachtzin is te zwak.' });
    expect(form.error).toBeNull();
  });

  it('onSubmit keeps the page from submitting and starts no second submit while a write runs', async () => {
    const answer = deferred<void>();
    const handler = vi.fn(() => form.run(() => answer.promise));
    const preventDefault = vi.fn();
    const event = { preventDefault } as unknown as Parameters<ReturnType<Submit['onSubmit']>>[0];
    await act(async () => {
      void form.onSubmit(handler)(event);
    });
    await act(async () => {
      await form.onSubmit(handler)(event);
    });
    expect(preventDefault).toHaveBeenCalledTimes(2);
    expect(handler).toHaveBeenCalledTimes(1);
    await act(async () => answer.resolve());
    expect(form.busy).toBe(false);
  });
});
