import { contextBridge, ipcRenderer, type IpcRenderer, type IpcRendererEvent } from 'electron';
import type { CasustafelApi } from '../../shared/contract/api';
import { events, isChannel, type EventName } from '../../shared/contract/channels';
import { AppError, type IpcResult } from '../../shared/contract/errors';

function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
}

function failure(code: 'unknown_channel' | 'internal'): IpcResult<never> {
  return { ok: false, error: new AppError(code).toPayload() };
}

/**
 * `window.casustafel`, built from the contract only: `invoke` reaches ipcRenderer just for contract
 * channels, `on` subscribes just to contract events and hands the listener a validated payload —
 * never the IpcRendererEvent, which would give the page a handle on ipcRenderer.
 */
export function createPreloadApi(renderer: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): CasustafelApi {
  const invokeRaw = async (channel: unknown, request: unknown): Promise<IpcResult<unknown>> => {
    if (!isChannel(channel)) return failure('unknown_channel');
    try {
      return (await renderer.invoke(channel, request)) as IpcResult<unknown>;
    } catch {
      // E.g. main has no handler yet; Electron's error text is not for the user.
      return failure('internal');
    }
  };
  const api: CasustafelApi = {
    // Main validated the response against the contract before sending it.
    invoke: invokeRaw as CasustafelApi['invoke'],
    on(event, listener) {
      if (!isEventName(event) || typeof listener !== 'function') return () => undefined;
      const schema = events[event];
      const forward = (_event: IpcRendererEvent, payload: unknown): void => {
        const parsed = schema.safeParse(payload);
        if (parsed.success) listener(parsed.data);
      };
      renderer.on(event, forward);
      return () => {
        renderer.removeListener(event, forward);
      };
    },
  };
  return Object.freeze(api);
}

contextBridge.exposeInMainWorld('casustafel', createPreloadApi(ipcRenderer));
