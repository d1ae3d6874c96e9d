import path from 'node:path';
import type { Channel, RequestOf, ResponseOf } from '../../../../shared/contract/channels';
import type { IpcResult } from '../../../../shared/contract/errors';
import type { Operator } from '../../../../shared/contract/schemas';
import { dispatch } from '../../../../electron/core/ipc/dispatch';
import type { HandlerTable } from '../../../../electron/core/ipc/handlerTable';
import { GOOD_PASSPHRASE, testCore } from '../support/vaultTestKit';

/** A fictional chair working for a colleague who is ill (the "namens" case). */
export const CHAIR: Operator = {
  name: 'Marieke Dijkstra',
  organisation: 'CJG Hoogeveen',
  role: 'voorzitter aanmeldoverleg',
  onBehalfOf: 'Bram Hoekstra (zorgcoördinator)',
};

export async function call<C extends Channel>(handlers: HandlerTable, channel: C, request: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>> {
  return (await dispatch(handlers, channel, request)) as IpcResult<ResponseOf<C>>;
}

export async function ok<C extends Channel>(handlers: HandlerTable, channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const result = await call(handlers, channel, request);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** An unlocked vault (through dispatch, like the app) with one family; the clock is the fake one. */
export async function unlockedCore(operator: Operator = CHAIR) {
  const core = testCore();
  const vaultPath = path.join(core.dir, 'toegang.casustafel');
  await ok(core.handlers, 'vault:create', { token: core.vaultToken(vaultPath), passphrase: GOOD_PASSPHRASE, passphraseRepeat: GOOD_PASSPHRASE });
  await ok(core.handlers, 'vault:setOperator', operator);
  // The fake clock jumps past the view window; keep the idle lock (default 10 minutes) out of the way.
  await ok(core.handlers, 'settings:update', { autoLockMinutes: 240 });
  const family = await ok(core.handlers, 'families:create', { displayName: 'Gezin Veenstra', anonymous: false });
  return { ...core, vaultPath, familyId: family.id };
}

export const ALL_ROWS = { familyId: null, operator: '', category: null, from: null, to: null, beforeSeq: null, limit: 500 } as const;
