import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { dispatch } from '../../../../electron/core/ipc/dispatch';
import type { HandlerTable } from '../../../../electron/core/ipc/handlerTable';
import { CHANNELS, contract } from '../../../../shared/contract/channels';
import { AppError, DUTCH_ERROR_MESSAGES } from '../../../../shared/contract/errors';

/** A table whose every handler records that it was reached. */
function spyTable() {
  const reached = vi.fn();
  const table = Object.fromEntries(
    CHANNELS.map((c) => [
      c,
      async (req: unknown) => {
        reached(c, req);
        throw new AppError('not_found');
      },
    ]),
  ) as unknown as HandlerTable;
  return { table, reached };
}

describe('dispatch: the one path into core', () => {
  it('refuses a channel outside the contract without calling any handler', async () => {
    const { table, reached } = spyTable();
    for (const name of ['fs:readFile', 'shell:openExternal', '__proto__', 'constructor', 'toString', '', 42, null]) {
      const result = await dispatch(table, name, undefined);
      expect(result).toEqual({ ok: false, error: { code: 'unknown_channel', message: DUTCH_ERROR_MESSAGES.unknown_channel } });
    }
    expect(reached).not.toHaveBeenCalled();
  });

  it('never lets an invalid payload reach a handler, and answers with the typed Dutch error', async () => {
    const { table, reached } = spyTable();
    const channels = CHANNELS.filter((c) => contract[c].request.safeParse(undefined).success === false);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channels), fc.anything(), async (channel, payload) => {
        fc.pre(!contract[channel].request.safeParse(payload).success);
        const result = await dispatch(table, channel, payload);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('invalid_request');
          expect(result.error.message).toBe(DUTCH_ERROR_MESSAGES.invalid_request);
        }
      }),
      { numRuns: 300 },
    );
    expect(reached).not.toHaveBeenCalled();
  });

  it('names the fields to correct without echoing what was typed', async () => {
    const { table } = spyTable();
    const result = await dispatch(table, 'vault:setOperator', { name: 'Sanne de Wit', organisation: '', role: 42 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.detail).toBe('Controleer de velden ‘Organisatie’ en ‘Rol’.');
      expect(JSON.stringify(result.error)).not.toContain('Sanne');
    }
  });

  it('turns an unexpected exception into a generic Dutch error without a stack trace', async () => {
    const { table } = spyTable();
    const secret = 'Familie Jansen, vermoeden van mishandeling';
    table['app:info'] = async () => {
      throw new Error(secret);
    };
    const logged = vi.fn();
    const result = await dispatch(table, 'app:info', undefined, { internalError: logged });
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: DUTCH_ERROR_MESSAGES.internal } });
    expect(JSON.stringify(result)).not.toContain(secret);
    expect(logged).toHaveBeenCalledOnce();
  });

  it('passes an AppError through with its code and detail', async () => {
    const { table } = spyTable();
    table['vault:create'] = async () => {
      throw new AppError('weak_passphrase', 'Te kort.');
    };
    const result = await dispatch(table, 'vault:create', { token: 'kluis-token-1', passphrase: 'x', passphraseRepeat: 'x' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'weak_passphrase', message: DUTCH_ERROR_MESSAGES.weak_passphrase, detail: 'Te kort.' },
    });
  });

  it('refuses to return a response that breaks the contract', async () => {
    const { table } = spyTable();
    table['vault:recent'] = async () => [{ path: 3 }] as never;
    const result = await dispatch(table, 'vault:recent', undefined);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('internal');
  });
});
