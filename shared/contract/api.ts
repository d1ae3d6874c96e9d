import type { Channel, EventName, EventPayload, RequestOf, ResponseOf } from './channels';
import type { IpcResult } from './errors';

/** What `window.casustafel` looks like in the renderer, in the real app and in the e2e bridge. */
export interface CasustafelApi {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

