import { contract, isChannel } from '../../../shared/contract/channels';
import { AppError, type AppErrorPayload, type IpcResult } from '../../../shared/contract/errors';
import { checkFieldsSentence } from '../../../shared/contract/fieldNames';
import type { HandlerTable } from './handlerTable';

export interface DispatchLogger {
  /** Receives internal failures. Implementations must not write vault content to disk. */
  internalError(channel: string, error: unknown): void;
}

const silentLogger: DispatchLogger = { internalError: () => undefined };

/**
 * The one path from an untrusted caller into core: channel allow-list, request validation, handler,
 * response validation, error mapping. Used by ipcMain in the real app and by the e2e bridge.
 */
export async function dispatch(
  handlers: HandlerTable,
  channel: unknown,
  payload: unknown,
  logger: DispatchLogger = silentLogger,
): Promise<IpcResult<unknown>> {
  if (!isChannel(channel)) return fail(new AppError('unknown_channel').toPayload());
  const spec = contract[channel];
  const parsed = spec.request.safeParse(payload);
  if (!parsed.success) {
    return fail(new AppError('invalid_request', checkFieldsSentence(channel, parsed.error.issues.map((i) => i.path))).toPayload());
  }
  try {
    const handler = handlers[channel] as (req: unknown) => unknown;
    const value = await handler(parsed.data);
    const checked = spec.response.safeParse(value);
    if (!checked.success) {
      logger.internalError(channel, new Error(`response schema mismatch: ${checked.error.issues.length} issue(s)`));
      return fail(new AppError('internal').toPayload());
    }
    return { ok: true, value: checked.data };
  } catch (error) {
    if (error instanceof AppError) return fail(error.toPayload());
    logger.internalError(channel, error);
    return fail(new AppError('internal').toPayload());
  }
}

function fail(error: AppErrorPayload): IpcResult<never> {
  return { ok: false, error };
}
