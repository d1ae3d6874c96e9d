// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { CasustafelApi } from '../../../shared/contract/api';
import { DUTCH_ERROR_MESSAGES } from '../../../shared/contract/errors';
import { ApiError } from '../../../renderer/api/apiError';
import { createApiClient } from '../../../renderer/api/client';
import { createI18n } from '../../../renderer/i18n';

function fakeApi(reply: (channel: string, request: unknown) => Promise<unknown>): CasustafelApi {
  return {
    invoke: reply as CasustafelApi['invoke'],
    on: () => () => undefined,
  };
}

const dutch = createI18n('nl');
const english = createI18n('en');
const tNl = (key: string, options?: Record<string, unknown>) => dutch.t(key, options);
const tEn = (key: string, options?: Record<string, unknown>) => english.t(key, options);

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('api client', () => {
  it('resolves with the value of an ok reply and passes channel and request through', async () => {
    const seen: unknown[] = [];
    const client = createApiClient(
      () =>
        fakeApi(async (channel, request) => {
          seen.push([channel, request]);
          return { ok: true, value: { updatedAt: '2026-11-28T14:32:00.000Z' } };
        }),
      tNl,
    );
    const id = '7d0f2a4e-8c1b-4f7e-9a53-2b6c1d0e9f11';
    await expect(client.call('families:updateNote', { id, note: 'tekst' })).resolves.toEqual({
      updatedAt: '2026-11-28T14:32:00.000Z',
    });
    expect(seen).toEqual([['families:updateNote', { id, note: 'tekst' }]]);
  });

  it('turns {ok:false} into an ApiError with the Dutch text for its code', async () => {
    const client = createApiClient(
      () => fakeApi(async () => ({ ok: false, error: { code: 'wrong_passphrase_or_damaged', message: 'x' } })),
      tNl,
    );
    const error = await failureOf(client.call('vault:unlock', { token: 'kluis-token-1', passphrase: 'p' }));
    expect(error.code).toBe('wrong_passphrase_or_damaged');
    expect(error.userMessage).toBe(DUTCH_ERROR_MESSAGES.wrong_passphrase_or_damaged);
  });

  it('adds the detail from core after the text', async () => {
    const client = createApiClient(
      () =>
        fakeApi(async () => ({
          ok: false,
          error: { code: 'weak_passphrase', message: 'x', detail: 'Dit wachtwoord wordt veel gebruikt.' },
        })),
      tNl,
    );
    const error = await failureOf(client.call('vault:create', { token: 'kluis-token-1', passphrase: 'a', passphraseRepeat: 'a' }));
    expect(error.code).toBe('weak_passphrase');
    expect(error.detail).toBe('Dit wachtwoord wordt veel gebruikt.');
    expect(error.userMessage).toBe(
      `${DUTCH_ERROR_MESSAGES.weak_passphrase} Toelichting: Dit wachtwoord wordt veel gebruikt.`,
    );
  });

  it('shows the text in English when the user chose English', async () => {
    const client = createApiClient(() => fakeApi(async () => ({ ok: false, error: { code: 'vault_in_use', message: 'x' } })), tEn);
    const error = await failureOf(client.call('vault:openDemo'));
    expect(error.userMessage).toBe('This vault is already open in another Casustafel window or elsewhere. Close it there first.');
  });

  it('treats an unknown error code as an internal error', async () => {
    const client = createApiClient(() => fakeApi(async () => ({ ok: false, error: { code: 'kaboom', message: 'x' } })), tNl);
    const error = await failureOf(client.call('vault:status'));
    expect(error.code).toBe('internal');
    expect(error.userMessage).toBe(DUTCH_ERROR_MESSAGES.internal);
  });

  it('reports a failing or missing bridge as unreachable, without its technical message', async () => {
    const rejecting = createApiClient(() => fakeApi(async () => Promise.reject(new Error('Target closed: stack…'))), tNl);
    const rejected = await failureOf(rejecting.call('vault:status'));
    expect(rejected.code).toBe('unreachable');
    expect(rejected.userMessage).not.toContain('stack');

    const malformed = createApiClient(() => fakeApi(async () => 'geen resultaat'), tNl);
    expect((await failureOf(malformed.call('vault:status'))).code).toBe('unreachable');

    const missing = createApiClient(() => undefined, tNl);
    expect((await failureOf(missing.call('vault:status'))).code).toBe('unreachable');
  });
});
