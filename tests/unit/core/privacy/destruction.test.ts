import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../../electron/core/audit/auditChain';
import { backupDirFor, listBackups } from '../../../../electron/core/vault/backups';
import { decryptVault, pagesContain } from '../../../fixtures/sqlcipherPages';
import { GOOD_PASSPHRASE } from '../support/vaultTestKit';
import { privacyKit } from './privacyKit';

// Made-up words that occur nowhere else in the vault, so finding one means finding the family.
const GONE = 'Qwyzelbrink';
const KEPT = 'Plomtravers';

function everywhere(file: string): Buffer[] {
  const { pages, walFrames } = decryptVault(file, GOOD_PASSPHRASE);
  return [...pages, ...walFrames];
}

describe('destroying a family', () => {
  it('removes every trace from the vault file, its WAL and its backups, and logs the destruction without content', async () => {
    const kit = await privacyKit();
    const gone = await kit.fillFamily(GONE);
    const kept = await kit.fillFamily(KEPT);
    const { meetingId } = await kit.enrichFamily(gone, GONE);
    await kit.call('vault:backup', undefined);
    const backupDir = backupDirFor(kit.userDataDir, kit.file);

    // Positive control: the independent decryptor finds every marker before destruction.
    const before = everywhere(kit.file);
    const markers = [GONE, `notitie-${GONE}`, `tijdlijn-${GONE}`, `toestemming-${GONE}`, `taxatie-${GONE}`, `actie-${GONE}`];
    for (const marker of [...markers, KEPT]) expect(pagesContain(before, marker), marker).toBe(true);
    expect(pagesContain(decryptVault(listBackups(backupDir)[0]!.path, GOOD_PASSPHRASE).pages, GONE)).toBe(true);
    // …and reads the WAL on its own too: the latest writes sit there until a checkpoint.
    expect(pagesContain(decryptVault(kit.file, GOOD_PASSPHRASE).walFrames, `notitie-${GONE}`)).toBe(true);

    const result = await kit.call('privacy:destroy', {
      familyIds: [gone.familyId],
      reason: 'anders',
      reasonText: 'dubbel aangemaakt dossier',
      confirmation: gone.displayName,
      requestId: null,
    });
    expect(result).toMatchObject({ destroyed: [{ familyId: gone.familyId, familyRef: `Dossier ${gone.familyId.slice(0, 8)}` }], freshBackup: true, fileScrubbed: true });
    expect(result.backupsRemoved).toBeGreaterThanOrEqual(1);

    // The vault file and its WAL: no trace of the destroyed family, the other family intact.
    const after = everywhere(kit.file);
    expect(fs.statSync(`${kit.file}-wal`, { throwIfNoEntry: false })?.size ?? 0).toBe(0);
    for (const marker of markers) expect(pagesContain(after, marker), marker).toBe(false);
    expect(pagesContain(after, KEPT)).toBe(true);
    // Backups: only the fresh one is left, and it holds no trace either.
    const backups = listBackups(backupDir);
    expect(backups).toHaveLength(1);
    const backupPages = decryptVault(backups[0]!.path, GOOD_PASSPHRASE).pages;
    expect(pagesContain(backupPages, GONE)).toBe(false);
    expect(pagesContain(backupPages, KEPT)).toBe(true);

    // The meeting stays (other families may be on it), without this family on its agenda.
    expect((await kit.call('meetings:get', { id: meetingId })).agenda).toEqual([]);

    // Not findable any more, in any channel.
    expect(await kit.call('register:search', { query: GONE, limit: 10 })).toEqual([]);
    expect((await kit.call('families:list', { query: '' })).map((f) => f.id)).toEqual([kept.familyId]);
    expect(await kit.fail('register:dossier', { familyId: gone.familyId })).toMatch(/^not_found/);

    // The log: one destroy entry with the reason, no content anywhere in it, the chain intact.
    const log = await kit.call('audit:list', { familyId: gone.familyId, limit: 1000 });
    const destroy = log.find((e) => e.action === 'destroy');
    expect(destroy?.summary).toContain('Reden: andere reden (dubbel aangemaakt dossier)');
    expect(destroy?.summary).toContain('2 gezinsleden');
    expect(destroy?.summary).toContain('1 risicotaxatie,');
    expect(destroy?.summary).toContain('1 actie,');
    expect(destroy?.summary).toContain('1 agendapunt');
    const all = await kit.call('audit:list', { familyId: null, limit: 1000 });
    expect(all.filter((e) => [GONE, 'Marieke', `Kind${GONE}`].some((m) => e.summary.includes(m)))).toEqual([]);
    expect(kit.session.withRead((db) => verifyAuditChain(db)).ok).toBe(true);
    const register = await kit.call('privacy:register', undefined);
    expect(register.destructions).toMatchObject([{ familyId: gone.familyId, reason: 'anders', reasonText: 'dubbel aangemaakt dossier' }]);
    expect(JSON.stringify(register)).not.toContain(GONE);
  });

  it('undo cannot bring a destroyed family back', async () => {
    const kit = await privacyKit();
    const gone = await kit.fillFamily(GONE);
    await kit.call('privacy:destroy', { familyIds: [gone.familyId], reason: 'anders', reasonText: 'proef', confirmation: gone.displayName, requestId: null });
    for (let i = 0; i < 10; i += 1) {
      const undone = await kit.call('history:undo', undefined);
      if (undone.undone === null) break;
    }
    expect(await kit.call('register:search', { query: GONE, limit: 10 })).toEqual([]);
    expect(kit.session.withRead((db) => db.prepare('SELECT count(*) AS n FROM family_members').get())).toEqual({ n: 0 });
  });

  it('refuses without the right confirmation, with a name in the reason, or before the retention period ended', async () => {
    const kit = await privacyKit();
    const gone = await kit.fillFamily(GONE);
    const base = { familyIds: [gone.familyId], reason: 'anders' as const, reasonText: 'proef', confirmation: gone.displayName, requestId: null };
    expect(await kit.fail('privacy:destroy', { ...base, confirmation: 'Gezin Jansen' })).toMatch(/getypte naam/);
    expect(await kit.fail('privacy:destroy', { ...base, reasonText: `op verzoek van Marieke ${GONE}` })).toMatch(/Noem geen namen/);
    expect(await kit.fail('privacy:destroy', { ...base, reason: 'bewaartermijn_verstreken', reasonText: '' })).toMatch(/nog niet verstreken/);
    expect(await kit.fail('privacy:destroy', { ...base, reason: 'verzoek_betrokkene', reasonText: '' })).toMatch(/^invalid_request/);
    // Nothing happened.
    expect((await kit.call('register:search', { query: GONE, limit: 10 })).map((h) => h.familyId)).toEqual([gone.familyId]);
    expect(fs.existsSync(kit.file)).toBe(true);
  });

  it('destroys on a recorded request of a youngster from 12, and keeps the request without names', async () => {
    const kit = await privacyKit();
    const gone = await kit.fillFamily(GONE, '2012-04-01');
    const status = await kit.call('privacy:family', { familyId: gone.familyId });
    expect(status.requesters.find((r) => r.memberId === gone.childId)).toMatchObject({ allowed: true, as: 'jongere' });
    const request = await kit.call('privacy:recordRequest', {
      familyId: gone.familyId,
      requesterMemberId: gone.childId,
      requestDate: '2026-03-01',
      decision: 'toegewezen',
      decisionNote: 'geen zwaarwegend belang van een ander',
    });
    expect(request).toMatchObject({ requesterRole: 'jongere', decision: 'toegewezen', destroyedAt: null });
    await kit.call('privacy:destroy', {
      familyIds: [gone.familyId],
      reason: 'verzoek_betrokkene',
      reasonText: '',
      confirmation: gone.displayName,
      requestId: request.id,
    });
    const register = await kit.call('privacy:register', undefined);
    expect(register.requests).toMatchObject([{ id: request.id, requesterRole: 'jongere', requestDate: '2026-03-01', decision: 'toegewezen', destroyedAt: expect.any(String) }]);
    expect(register.destructions).toMatchObject([{ reason: 'verzoek_betrokkene', requestId: request.id }]);
    expect(JSON.stringify(register)).not.toContain(GONE);
    const log = await kit.call('audit:list', { familyId: gone.familyId, limit: 100 });
    expect(log.find((e) => e.action === 'destroy')?.summary).toContain('Reden: verzoek van betrokkene, verzoek van 2026-03-01');
    expect(log.find((e) => e.action === 'privacy.request')?.summary).toBe('Verzoek tot vernietiging van de jongere (2026-03-01): toegewezen');
  });

  it('refuses a request from a child under 12 or a parent without authority, with the reason', async () => {
    const kit = await privacyKit();
    const family = await kit.fillFamily(GONE, '2018-04-01');
    const status = await kit.call('privacy:family', { familyId: family.familyId });
    expect(status.requesters.find((r) => r.memberId === family.childId)).toMatchObject({ allowed: false, reason: expect.stringContaining('onder de 12') });
    expect(
      await kit.fail('privacy:recordRequest', {
        familyId: family.familyId,
        requesterMemberId: family.childId,
        requestDate: '2026-03-01',
        decision: 'toegewezen',
        decisionNote: '',
      }),
    ).toMatch(/onder de 12/);
    expect((await kit.call('privacy:register', undefined)).requests).toEqual([]);
  });
});
