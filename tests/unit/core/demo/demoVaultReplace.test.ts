import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFamily } from '../../../../electron/core/families/familyService';
import { writeOutsideHistory } from '../../../../electron/core/recordStore/writeContext';
import { dispatch } from '../../../../electron/core/ipc/dispatch';
import { closeVaultFile, createVaultFile } from '../../../../electron/core/vault/vaultFile';
import { OPERATOR, OTHER_PASSPHRASE, testCore } from '../support/vaultTestKit';

describe('the demo vault', () => {
  it('is made anew when the demo file on disk no longer opens with the demo passphrase (an older build)', async () => {
    const { handlers, userDataDir, clock } = testCore();
    // A demo.casustafel this build cannot open: other key material, as an older build's would be.
    const stale = createVaultFile(path.join(userDataDir, 'demo.casustafel'), OTHER_PASSPHRASE, { now: clock.now });
    createFamily(writeOutsideHistory(stale.db, OPERATOR, clock.now()), { displayName: 'Gezin Oude Sleutel', anonymous: false });
    closeVaultFile(stale);

    const opened = await dispatch(handlers, 'vault:openDemo', undefined);
    expect(opened).toMatchObject({ ok: true, value: { state: 'needs_operator', isDemo: true } });
    await dispatch(handlers, 'vault:setOperator', OPERATOR);
    const families = await dispatch(handlers, 'families:list', { query: '' });
    expect(families.ok).toBe(true);
    if (families.ok) {
      const names = (families.value as { displayName: string }[]).map((f) => f.displayName);
      expect(names.length).toBeGreaterThan(0);
      expect(names).not.toContain('Gezin Oude Sleutel');
    }
  });
});
