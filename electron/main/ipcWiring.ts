import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type Channel } from '../../shared/contract/channels';
import { AppError, type IpcResult } from '../../shared/contract/errors';
import { dispatch, type DispatchLogger } from '../core/ipc/dispatch';
import type { HandlerTable } from '../core/ipc/handlerTable';
import { isAppUrl } from './appOrigin';

/**
 * Logs an internal failure to the console only: the channel name and the error's name and code.
 * Messages and stacks can quote vault content (SQL values, file paths), so they are left out.
 */
export const consoleDispatchLogger: DispatchLogger = {
  internalError(channel, error) {
    const name = error instanceof Error ? error.name : typeof error;
    const code = errorCode(error);
    console.error(`[casustafel] interne fout in ${channel}: ${name}${code === null ? '' : ` (${code})`}`);
  },
};

function errorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const { code } = error as { code: unknown };
  return typeof code === 'string' && /^[A-Za-z0-9_]{1,64}$/.test(code) ? code : null;
}

/**
 * Only the top frame of our own page may call into core. A frame that navigated elsewhere, a
 * sub-frame or a frame that is already gone is refused.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame === undefined) return false;
  try {
    return frame.parent === null && isAppUrl(frame.url);
  } catch {
    // Reading a disposed frame's properties throws; such a sender is not trusted.
    return false;
  }
}

export type IpcListener = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, payload: unknown) => Promise<IpcResult<unknown>>;

/**
 * The one wrapper every channel goes through: sender check, then `dispatch` (payload validation,
 * handler, response validation, typed Dutch errors, no stack traces).
 */
export function handle(handlers: HandlerTable, channel: Channel, logger: DispatchLogger = consoleDispatchLogger): IpcListener {
  return async (event, payload) => {
    if (!isTrustedSender(event)) {
      return { ok: false, error: new AppError('forbidden_sender').toPayload() };
    }
    return dispatch(handlers, channel, payload, logger);
  };
}

/**
 * Registers exactly the contract's channels. A channel outside the contract has no handler, so
 * `ipcRenderer.invoke` on it is rejected by Electron itself. Returns an unregister function.
 */
export function registerIpcChannels(handlers: HandlerTable, logger: DispatchLogger = consoleDispatchLogger): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, handle(handlers, channel, logger));
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}
