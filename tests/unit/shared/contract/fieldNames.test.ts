import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/core/ipc/dispatch';
import type { HandlerTable } from '../../../../electron/core/ipc/handlerTable';
import { CHANNELS, contract, type Channel } from '../../../../shared/contract/channels';
import { CHANNEL_FIELD_NAMES, checkFieldsSentence, FIELD_NAMES } from '../../../../shared/contract/fieldNames';
import { objectKeys, requestFieldKeys } from './requestFieldKeys';

const noHandlers = {} as HandlerTable;

describe('a refused request names the field as the screen does, in Dutch', () => {
  it('has a Dutch name for every key of every request schema (a new field without one fails here)', () => {
    const missing = [...requestFieldKeys().entries()].filter(([key]) => !Object.hasOwn(FIELD_NAMES, key)).map(([key, channels]) => `${key} (${channels.join(', ')})`);
    expect(missing).toEqual([]);
    for (const name of Object.values(FIELD_NAMES)) {
      expect(name.trim()).toBe(name);
      expect(name).not.toMatch(/[A-Z][a-z]+[A-Z]/); // no camelCase key slipped in as a name
    }
  });

  it('names per channel only keys that channel has', () => {
    for (const [channel, names] of Object.entries(CHANNEL_FIELD_NAMES)) {
      expect(CHANNELS).toContain(channel);
      const keys = objectKeys(contract[channel as Channel].request);
      for (const key of Object.keys(names)) expect(keys.has(key)).toBe(true);
    }
  });

  it('says which field to correct, with the screen’s words and never the internal key', async () => {
    const create = await dispatch(noHandlers, 'vault:create', { token: 'gekozen-kluis', passphrase: 'lange zin van woorden', passphraseRepeat: 42 });
    expect(create).toMatchObject({ ok: false, error: { code: 'invalid_request', detail: 'Controleer het veld ‘Herhaal het wachtwoord’.' } });
    const handover = await dispatch(noHandlers, 'handover:export', { familyIds: [], organisationId: 'x', passphrase: 'a', passphraseRepeat: 7 });
    expect(handover).toMatchObject({ ok: false, error: { detail: 'Controleer de velden ‘Gezinnen’, ‘Organisatie’ en ‘Wachtwoordzin herhalen’.' } });
    const operator = await dispatch(noHandlers, 'vault:setOperator', { name: 'Sanne de Wit', organisation: '', role: 42 });
    expect(operator).toMatchObject({ ok: false, error: { detail: 'Controleer de velden ‘Organisatie’ en ‘Rol’.' } });
    expect(JSON.stringify(operator)).not.toContain('Sanne');
  });

  it('names the deepest field of a nested path, and the whole request when it is not an object', () => {
    expect(checkFieldsSentence('handover:import', [['choices', 0, 'mergeInto']])).toBe('Controleer het veld ‘Samenvoegen met’.');
    expect(checkFieldsSentence('vault:lock', [[]])).toBe('Controleer de invoer: het verzoek heeft niet de vorm die Casustafel verwacht.');
  });
});
