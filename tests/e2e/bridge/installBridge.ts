import type { Page } from '@playwright/test';
import { CHANNELS, EVENT_NAMES, events, type EventName, type EventPayload } from '../../../shared/contract/channels';
import { DUTCH_ERROR_MESSAGES } from '../../../shared/contract/errors';
import { dispatch } from '../../../electron/core/ipc/dispatch';
import type { HandlerTable } from '../../../electron/core/ipc/handlerTable';

interface BridgeInit {
  channels: string[];
  events: string[];
  unknownChannelMessage: string;
}

/**
 * Installs `window.casustafel` in the page the way the preload does in Electron: built from the
 * contract's channel list only, refusing anything else, with every call going through the same
 * `dispatch` over the real handler table. Push events arrive through `__casustafelEmit`.
 */
export async function installBridge(page: Page, handlers: HandlerTable): Promise<void> {
  await page.exposeBinding('__casustafelInvoke', (_source, channel: unknown, payload: unknown) =>
    dispatch(handlers, channel, payload),
  );
  const init: BridgeInit = {
    channels: [...CHANNELS],
    events: [...EVENT_NAMES],
    unknownChannelMessage: DUTCH_ERROR_MESSAGES.unknown_channel,
  };
  await page.addInitScript((config: BridgeInit) => {
    type Listener = (payload: unknown) => void;
    const w = window as unknown as {
      __casustafelInvoke: (channel: string, payload: unknown) => Promise<unknown>;
      __casustafelEmit?: (event: string, payload: unknown) => void;
      casustafel?: unknown;
    };
    const allowedChannels = new Set(config.channels);
    const allowedEvents = new Set(config.events);
    const listeners = new Map<string, Set<Listener>>();
    const api = Object.freeze({
      invoke(channel: string, request: unknown): Promise<unknown> {
        if (!allowedChannels.has(channel)) {
          return Promise.resolve({ ok: false, error: { code: 'unknown_channel', message: config.unknownChannelMessage } });
        }
        return w.__casustafelInvoke(channel, request);
      },
      on(event: string, listener: Listener): () => void {
        if (!allowedEvents.has(event)) return () => undefined;
        const set = listeners.get(event) ?? new Set<Listener>();
        set.add(listener);
        listeners.set(event, set);
        return () => set.delete(listener);
      },
    });
    Object.defineProperty(window, 'casustafel', { value: api, writable: false, configurable: false });
    w.__casustafelEmit = (event: string, payload: unknown) => {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    };
  }, init);
}

/**
 * Pushes an event from "main" into the page, validated against the contract like the preload
 * does; a closed page is simply skipped.
 */
export function emitToPage<E extends EventName>(page: Page, event: E, payload: EventPayload<E>): void {
  const parsed = events[event].safeParse(payload);
  if (!parsed.success || page.isClosed()) return;
  page
    .evaluate(
      ([name, value]) => {
        (window as unknown as { __casustafelEmit?: (e: string, p: unknown) => void }).__casustafelEmit?.(name, value);
      },
      [event, parsed.data] as const,
    )
    .catch(() => undefined);
}
