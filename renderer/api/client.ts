import type { CasustafelApi } from '../../shared/contract/api';
import type { Channel, EventName, EventPayload, RequestOf, ResponseOf } from '../../shared/contract/channels';
import type { IpcResult } from '../../shared/contract/errors';
import { ApiError, toApiError, unreachableError, type Translate } from './apiError';

declare global {
  interface Window {
    casustafel?: CasustafelApi;
  }
}

/** Channels whose request is empty may be called without a second argument. */
type RequestArgs<C extends Channel> = undefined extends RequestOf<C> ? [request?: RequestOf<C>] : [request: RequestOf<C>];

export interface ApiClient {
  call<C extends Channel>(channel: C, ...args: RequestArgs<C>): Promise<ResponseOf<C>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

function isResult(value: unknown): value is IpcResult<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * Wraps `window.casustafel`: resolves with the value, or throws an ApiError whose text is in the
 * user's language. A transport failure (no bridge, a rejected promise, a malformed reply) is
 * reported as `unreachable` rather than leaking its technical message.
 */
export function createApiClient(getApi: () => CasustafelApi | undefined, t: Translate): ApiClient {
  return {
    async call<C extends Channel>(channel: C, ...args: RequestArgs<C>): Promise<ResponseOf<C>> {
      const api = getApi();
      if (!api) throw unreachableError(t);
      let result: unknown;
      try {
        result = await api.invoke(channel, args[0] as RequestOf<C>);
      } catch {
        throw unreachableError(t);
      }
      if (!isResult(result)) throw unreachableError(t);
      if (result.ok) return result.value as ResponseOf<C>;
      throw toApiError(result.error, t);
    },
    on(event, listener) {
      const api = getApi();
      if (!api) return () => undefined;
      return api.on(event, listener);
    },
  };
}

export { ApiError };
