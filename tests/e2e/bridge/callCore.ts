import { dispatch } from '../../../electron/core/ipc/dispatch';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/contract/channels';
import type { AppHarness } from './fixtures';

/** Writes through the same handler table the page uses: setting the scene, not the behaviour under test. */
export async function callCore<C extends Channel>(app: AppHarness, channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const result = (await dispatch(app.handlers, channel, request)) as { ok: boolean; value?: unknown; error?: unknown };
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as ResponseOf<C>;
}
