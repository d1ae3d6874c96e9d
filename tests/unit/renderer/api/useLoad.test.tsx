// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../renderer/api/apiError';
import { useLoad, type Loaded } from '../../../../renderer/api/useLoad';
import { deferred } from './deferred';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let container: HTMLDivElement;
let seen: Loaded<string>;

function Harness({ load, dep, delayMs, onLoaded }: { load: ((dep: string) => Promise<string>) | null; dep: string; delayMs?: number; onLoaded?: (v: string) => void }) {
  seen = useLoad(load === null ? null : () => load(dep), [dep], { ...(delayMs === undefined ? {} : { delayMs }), ...(onLoaded ? { onLoaded } : {}) });
  return null;
}

beforeEach(() => {
  container = document.createElement('div');
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  vi.useRealTimers();
});

describe('a screen loads what it shows through one hook', () => {
  it('shows the loaded value, and drops an answer for dependencies the screen has left', async () => {
    const answers: Record<string, ReturnType<typeof deferred<string>>> = { a: deferred(), b: deferred() };
    const load = (dep: string) => answers[dep]!.promise;
    await act(async () => root.render(<Harness load={load} dep="a" />));
    expect(seen).toEqual({ data: undefined, error: null });
    await act(async () => root.render(<Harness load={load} dep="b" />));
    await act(async () => answers.b!.resolve('gezin Bakker'));
    await act(async () => answers.a!.resolve('gezin Jansen (te laat)'));
    expect(seen).toEqual({ data: 'gezin Bakker', error: null });
  });

  it('a failure reads in Dutch, keeps what was shown, and the next success clears it', async () => {
    let fail = true;
    const load = async (dep: string) => {
      if (fail) throw new ApiError('vault_locked', 'De kluis is vergrendeld.');
      return `gezin ${dep}`;
    };
    await act(async () => root.render(<Harness load={load} dep="x" />));
    expect(seen).toEqual({ data: undefined, error: 'De kluis is vergrendeld.' });
    fail = false;
    await act(async () => root.render(<Harness load={load} dep="y" />));
    expect(seen).toEqual({ data: 'gezin y', error: null });
  });

  it('onLoaded runs only for an answer still wanted; no load clears the value', async () => {
    const onLoaded = vi.fn();
    const late = deferred<string>();
    await act(async () => root.render(<Harness load={() => late.promise} dep="a" onLoaded={onLoaded} />));
    act(() => root.unmount());
    await act(async () => late.resolve('te laat'));
    expect(onLoaded).not.toHaveBeenCalled();

    root = createRoot(container);
    await act(async () => root.render(<Harness load={async () => 'gezin De Vries'} dep="a" onLoaded={onLoaded} />));
    expect(onLoaded).toHaveBeenCalledWith('gezin De Vries');
    await act(async () => root.render(<Harness load={null} dep="" />));
    expect(seen).toEqual({ data: undefined, error: null });
  });

  it('with a delay, only the last of quick changes is loaded', async () => {
    vi.useFakeTimers();
    const load = vi.fn(async (dep: string) => `treffers voor ${dep}`);
    await act(async () => root.render(<Harness load={load} dep="N" delayMs={120} />));
    await act(async () => root.render(<Harness load={load} dep="No" delayMs={120} />));
    await act(async () => root.render(<Harness load={load} dep="Noor" delayMs={120} />));
    expect(load).not.toHaveBeenCalled();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(120);
    });
    expect(load.mock.calls).toEqual([['Noor']]);
    expect(seen.data).toBe('treffers voor Noor');
  });
});
