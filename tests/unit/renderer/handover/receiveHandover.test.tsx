// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandoverImportPreview } from '../../../../shared/contract/handoverChannels';
import { ReceiveHandoverSection } from '../../../../renderer/features/handover/ReceiveHandover';
import '../../../../renderer/i18n';
import { resetAllStores } from '../../../../renderer/state';
// Every feature's texts, registered as main.tsx does before the first render.
import '../../../../renderer/shell/featureTexts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const KNOWN_FAMILY = '3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a51';

const preview: HandoverImportPreview = {
  packageId: '7b0c3f9e-2f55-4d3b-9a51-0c7a6f1d2e88',
  checksum: 'a'.repeat(64),
  createdAt: '2026-03-02T09:00:00.000Z',
  sender: { organisation: 'OBS De Regenboog', operator: 'Fenna de Vries — OBS De Regenboog (intern begeleider)' },
  receiver: 'Wijkteam Emmen-Oost',
  withheld: '1 onderdeel: toestemming ontbreekt',
  families: [
    {
      position: 1,
      displayName: 'Gezin Bakker',
      sharedOn: 'noodzakelijk_betrokkenen',
      members: [{ role: 'kind', name: 'Noor Bakker', birthDate: '2017-06-01' }],
      items: [{ kind: 'tijdlijn', label: 'Tijdlijn: signaal (20 februari 2026, Wijkteam Emmen-Oost)', provenance: 'Roel Venema (Wijkteam Emmen-Oost), vastgelegd 20 februari 2026' }],
      matches: [{ familyId: KNOWN_FAMILY, displayName: 'Fam. Bakker', reason: 'zelfde kind: Noor Bakker, geboren 1 juni 2017' }],
    },
  ],
  newOrganisations: [],
};

let container: HTMLDivElement;
let root: Root;
const calls: { channel: string; request: unknown }[] = [];

beforeEach(() => {
  calls.length = 0;
  window.casustafel = {
    invoke: async (channel: string, request: unknown) => {
      calls.push({ channel, request });
      if (channel === 'handover:open') return { ok: true, value: { token: 'token-van-het-geopende-pakket', preview } };
      if (channel === 'handover:import') return { ok: true, value: { familyIds: [KNOWN_FAMILY], items: 1, receiptFileName: 'Ontvangstbevestiging 7b0c3f9e 2026-03-02.ontvangst' } };
      return { ok: false, error: { code: 'unknown_channel', message: '' } };
    },
    on: () => () => undefined,
  } as unknown as NonNullable<typeof window.casustafel>;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  resetAllStores();
  delete window.casustafel;
});

const flush = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

function button(name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent === name);
  if (found === undefined) throw new Error(`no button "${name}"`);
  return found;
}

async function openThePackage() {
  act(() => root.render(<ReceiveHandoverSection />));
  const passphrase = container.querySelector('input[type="password"]') as HTMLInputElement;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setValue.call(passphrase, 'tulpenveld zandloper kruiwagen meeuwennest');
    passphrase.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => button('Bestand kiezen en controleren…').click());
  await flush();
}

describe('Overdracht ontvangen', () => {
  it('shows what arrives, with where it came from, before anything is written', async () => {
    await openThePackage();
    expect(container.textContent).toContain('1. Gezin Bakker (gedeeld op noodzakelijk voor de direct betrokkenen)');
    expect(container.textContent).toContain('Noor Bakker — kind, geboren');
    expect(container.textContent).toContain('Roel Venema (Wijkteam Emmen-Oost), vastgelegd 20 februari 2026');
    expect(calls.map((c) => c.channel)).toEqual(['handover:open']);
  });

  it('never merges silently: without a choice nothing is imported, and the chosen family is what goes to core', async () => {
    await openThePackage();
    act(() => button('Inlezen').click());
    await flush();
    expect(container.textContent).toContain('Kies samenvoegen of een nieuw gezin.');
    expect(calls.map((c) => c.channel)).toEqual(['handover:open']);

    const merge = [...container.querySelectorAll('label')].find((l) => l.textContent?.startsWith('Samenvoegen met Fam. Bakker'))!;
    act(() => (document.getElementById(merge.htmlFor) as HTMLInputElement).click());
    act(() => button('Inlezen').click());
    await flush();
    expect(calls.at(-1)).toEqual({ channel: 'handover:import', request: { token: 'token-van-het-geopende-pakket', choices: [{ position: 1, mergeInto: KNOWN_FAMILY }] } });
    expect(container.textContent).toContain('Ingelezen: 1 gezin, aantal onderdelen: 1.');
    expect(container.textContent).toContain('Ontvangstbevestiging opgeslagen als Ontvangstbevestiging 7b0c3f9e 2026-03-02.ontvangst');
  });
});
