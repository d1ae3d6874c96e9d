// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { FamilyDossier } from '../../../../shared/contract/registerChannels';
import { reloadDossier } from '../../../../renderer/features/dossier/loadDossier';
import { resetAllStores, useDossier, useNavigation } from '../../../../renderer/state';

const A = '3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5a';
const B = '3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b';

const dossier = (id: string, name: string): FamilyDossier => ({
  family: { id, displayName: name, anonymous: false, note: '', createdAt: '2026-11-28T10:00:00.000Z', updatedAt: '2026-11-28T10:00:00.000Z' },
  members: [],
  involvements: [],
  consents: [],
  conflictsOfDuties: [],
  kindchecksByOthers: [],
  meetings: [],
  basisEndings: { before: '2026-01-01', beforeMeeting: false, endings: [] },
  glance: { concern: { level: null, highest: [], children: [] }, regie: { kind: 'geen' }, openActions: 0, overdueActions: 0 },
});

/** A bridge whose answers the test releases by hand, in any order. */
function manualBridge() {
  const pending = new Map<string, (value: unknown) => void>();
  window.casustafel = {
    invoke: (_channel: string, request: unknown) =>
      new Promise((resolve) => pending.set((request as { familyId: string }).familyId, resolve)),
    on: () => () => undefined,
  } as unknown as NonNullable<typeof window.casustafel>;
  return {
    answer(familyId: string, value: FamilyDossier | { code: string }) {
      pending.get(familyId)?.('family' in value ? { ok: true, value } : { ok: false, error: { code: value.code, message: '' } });
    },
  };
}

afterEach(() => {
  resetAllStores();
  delete window.casustafel;
});

describe('reloading the dossier', () => {
  it('drops a late answer for a family the user has already left', async () => {
    const bridge = manualBridge();
    useNavigation.getState().openFamily(A);
    const first = reloadDossier(A);
    useNavigation.getState().openFamily(B);
    const second = reloadDossier(B);
    bridge.answer(B, dossier(B, 'Gezin Bos'));
    await second;
    bridge.answer(A, dossier(A, 'Gezin Akkerman'));
    await first;
    expect(useDossier.getState().dossier?.family.displayName).toBe('Gezin Bos');
  });

  it('shows why the dossier could not be loaded', async () => {
    const bridge = manualBridge();
    useNavigation.getState().openFamily(A);
    const load = reloadDossier(A);
    bridge.answer(A, { code: 'not_found' });
    await load;
    expect(useDossier.getState().loadError).toBe('Dit onderdeel bestaat niet (meer).');
  });
});
