import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../../electron/core/audit/auditChain';
import { VIEW_WINDOW_MINUTES } from '../../../../electron/core/access/familyAccessLog';
import { GOOD_PASSPHRASE } from '../support/vaultTestKit';
import { ALL_ROWS, CHAIR, call, ok, unlockedCore } from './accessKit';

const views = async (handlers: Parameters<typeof ok>[0], familyId: string) =>
  (await ok(handlers, 'audit:query', { ...ALL_ROWS, familyId, category: 'bekeken' })).entries;

describe('every view of a family dossier is logged by core', () => {
  it('opening the dossier writes a "bekeken" entry with operator, time, family and on whose behalf', async () => {
    const { handlers, familyId, clock } = await unlockedCore();
    await ok(handlers, 'register:dossier', { familyId });
    const [view, ...rest] = await views(handlers, familyId);
    expect(rest).toEqual([]);
    expect(view).toMatchObject({
      action: 'view',
      category: 'bekeken',
      familyId,
      familyName: 'Gezin Veenstra',
      operatorName: CHAIR.name,
      operatorOrganisation: CHAIR.organisation,
      operatorRole: CHAIR.role,
      onBehalfOf: 'Bram Hoekstra (zorgcoördinator)',
      at: clock.now().toISOString(),
      summary: 'Dossier bekeken (dossier)',
    });
    expect(await ok(handlers, 'vault:verifyAudit', undefined)).toMatchObject({ ok: true });
  });

  it('logs views through the other channels that return one family’s content', async () => {
    const { handlers, familyId, clock } = await unlockedCore();
    const channels = [
      () => ok(handlers, 'families:get', { id: familyId }),
      () => ok(handlers, 'timeline:list', { familyId }),
      () => ok(handlers, 'regie:overview', { familyId }),
      () => ok(handlers, 'assessment:list', { familyId }),
    ];
    for (const fetch of channels) {
      await fetch();
      clock.advance(VIEW_WINDOW_MINUTES * 60_000);
    }
    expect((await views(handlers, familyId)).map((v) => v.summary).reverse()).toEqual([
      'Dossier bekeken (gezinsgegevens)',
      'Dossier bekeken (tijdlijn)',
      'Dossier bekeken (besluiten en opvolging)',
      'Dossier bekeken (risicotaxatie)',
    ]);
  });

  it('opening one risk assessment by its id is logged against the family it belongs to', async () => {
    const { handlers, familyId, clock } = await unlockedCore();
    const child = await ok(handlers, 'register:saveMember', {
      familyId,
      role: 'kind',
      givenName: 'Sem',
      familyName: 'Veenstra',
      birthDate: '2017-04-02',
      parentalAuthority: false,
      schoolId: null,
      schoolGroup: '',
    });
    const started = await ok(handlers, 'assessment:start', { familyId, childId: child.id, instrumentId: null, meetingId: null });
    expect(await views(handlers, familyId)).toEqual([]);
    await ok(handlers, 'assessment:get', { id: started.assessment.id });
    const [view] = await views(handlers, familyId);
    expect(view).toMatchObject({ familyId, summary: 'Dossier bekeken (risicotaxatie)', at: clock.now().toISOString() });
  });

  it('the re-fetch after every change does not flood the log: one entry per quarter hour of viewing', async () => {
    const { handlers, familyId, clock } = await unlockedCore();
    for (let minute = 0; minute < 14; minute += 1) {
      await ok(handlers, 'register:dossier', { familyId });
      await ok(handlers, 'timeline:list', { familyId });
      clock.advance(60_000);
    }
    expect(await views(handlers, familyId)).toHaveLength(1);
    clock.advance(60_000); // 15 minutes after the first view
    await ok(handlers, 'register:dossier', { familyId });
    expect(await views(handlers, familyId)).toHaveLength(2);
  });

  it('another operator (or the same one working on someone else’s behalf) is logged separately', async () => {
    const { handlers, familyId } = await unlockedCore();
    await ok(handlers, 'register:dossier', { familyId });
    await ok(handlers, 'vault:setOperator', { ...CHAIR, onBehalfOf: '' });
    await ok(handlers, 'register:dossier', { familyId });
    await ok(handlers, 'vault:setOperator', { name: 'Jan de Boer', organisation: 'Wijkteam Hoogeveen', role: 'wijkcoach' });
    await ok(handlers, 'register:dossier', { familyId });
    expect((await views(handlers, familyId)).map((v) => [v.operatorName, v.onBehalfOf])).toEqual([
      ['Jan de Boer', ''],
      ['Marieke Dijkstra', ''],
      ['Marieke Dijkstra', 'Bram Hoekstra (zorgcoördinator)'],
    ]);
  });

  it('locking resets the throttle: the first view after unlocking is logged again', async () => {
    const { handlers, familyId, vaultPath, vaultToken } = await unlockedCore();
    await ok(handlers, 'register:dossier', { familyId });
    await ok(handlers, 'vault:lock', { reason: 'user' });
    await ok(handlers, 'vault:unlock', { token: vaultToken(vaultPath), passphrase: GOOD_PASSPHRASE });
    await ok(handlers, 'vault:setOperator', CHAIR);
    await ok(handlers, 'register:dossier', { familyId });
    expect(await views(handlers, familyId)).toHaveLength(2);
  });

  it('a failed read logs nothing', async () => {
    const { handlers } = await unlockedCore();
    const missing = await call(handlers, 'register:dossier', { familyId: '00000000-0000-4000-8000-000000000000' });
    expect(missing.ok).toBe(false);
    expect((await ok(handlers, 'audit:query', { ...ALL_ROWS, category: 'bekeken' })).entries).toEqual([]);
  });

  it('a view entry edited afterwards (raw SQL under the key) is detected', async () => {
    const { handlers, familyId, session } = await unlockedCore();
    await ok(handlers, 'register:dossier', { familyId });
    const [view] = await views(handlers, familyId);
    const db = session.withWrite((writable) => writable); // tampering from outside, as a raw connection would
    db.prepare("UPDATE audit_log SET operator_name = 'Iemand Anders' WHERE seq = ?").run(view!.seq);
    const result = verifyAuditChain(db);
    expect(result.ok).toBe(false);
    expect(result.problems.join(' ')).toMatch(new RegExp(`Regel ${view!.seq} is gewijzigd`));
  });

  it('editing or clearing "namens" of a new entry is detected', async () => {
    const { handlers, familyId, session } = await unlockedCore();
    await ok(handlers, 'register:dossier', { familyId });
    const [view] = await views(handlers, familyId);
    const db = session.withWrite((writable) => writable); // tampering from outside, as a raw connection would
    for (const forged of ['', 'Iemand Anders']) {
      db.prepare('UPDATE audit_log SET on_behalf_of = ? WHERE seq = ?').run(forged, view!.seq);
      expect(verifyAuditChain(db).problems.join(' ')).toMatch(new RegExp(`Regel ${view!.seq} is gewijzigd`));
    }
  });
});

describe('prints are logged', () => {
  it('access:printed records a "afgedrukt" entry for the family, every time', async () => {
    const { handlers, familyId } = await unlockedCore();
    await ok(handlers, 'access:printed', { familyId, what: 'risicotaxatie' });
    await ok(handlers, 'access:printed', { familyId, what: 'risicotaxatie' });
    const printed = (await ok(handlers, 'audit:query', { ...ALL_ROWS, familyId, category: 'afgedrukt' })).entries;
    expect(printed.map((p) => [p.action, p.summary, p.onBehalfOf])).toEqual([
      ['print', 'Risicotaxatie afgedrukt', CHAIR.onBehalfOf],
      ['print', 'Risicotaxatie afgedrukt', CHAIR.onBehalfOf],
    ]);
  });

  it('refuses an unknown family and an unknown kind of print', async () => {
    const { handlers } = await unlockedCore();
    expect(await call(handlers, 'access:printed', { familyId: '00000000-0000-4000-8000-000000000000', what: 'dossier' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const bad = await dispatchRaw(handlers, 'access:printed', { familyId: '00000000-0000-4000-8000-000000000000', what: 'kladblok' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });
});

async function dispatchRaw(handlers: Parameters<typeof ok>[0], channel: string, payload: unknown) {
  const { dispatch } = await import('../../../../electron/core/ipc/dispatch');
  return dispatch(handlers, channel, payload);
}

describe('meeting mode and the summaries preview carry several families at once', () => {
  it('count as a view of every family on the agenda', async () => {
    const { handlers, familyId } = await unlockedCore();
    const other = await ok(handlers, 'families:create', { displayName: 'Gezin Lanting', anonymous: false });
    const meeting = await ok(handlers, 'meetings:save', {
      type: 'een_twee_drie_tje',
      title: '1-2-3-tje',
      startsAt: '2026-03-03T08:00:00.000Z',
      location: '',
      schoolId: null,
      chairId: null,
      confidentiality: '',
    });
    await ok(handlers, 'meetings:setAgenda', {
      meetingId: meeting.id,
      items: [familyId, other.id].map((id) => ({ familyId: id, memberIds: [], anonymous: false })),
    });
    await ok(handlers, 'meetingMode:get', { meetingId: meeting.id });
    for (const id of [familyId, other.id]) {
      expect((await views(handlers, id)).map((v) => v.summary)).toEqual(['Dossier bekeken (vergadermodus)']);
    }
    // Within the window the preview adds nothing; the log is not flooded by a busy meeting.
    await ok(handlers, 'summary:preview', { meetingId: meeting.id });
    expect(await views(handlers, familyId)).toHaveLength(1);
  });
});
