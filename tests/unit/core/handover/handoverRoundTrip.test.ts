import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../../electron/core/audit/auditChain';
import { openPackage } from '../../../../electron/core/handover/openHandoverFile';
import { refusalSentence } from '../../../../electron/core/handover/handoverPackage';
import { FOLLOW_UP_SENTENCE } from '../../../../electron/core/handover/handoverReceipt';
import { TRAILER_BYTES } from '../../../../electron/core/handover/sealedFile';
import { decryptDatabaseFile, deriveKey, pagesContain, readSalt } from '../../../fixtures/sqlcipherPages';
import { GOOD_PASSPHRASE, tempDir } from '../support/vaultTestKit';
import { exportPackage, PACKAGE_PASSPHRASE, senderVault, vault, vaultFingerprint, WIJKTEAM_OPERATOR } from './handoverKit';

/** Everything the sending vault holds that must NOT reach the wijkteam, with the rule that keeps it back. */
const WITHHELD = [
  'Groeicurve Noor buigt af', // JGZ notes: medical secrecy
  'JGZ-consult', // a JGZ timeline event: medical secrecy
  'Melding gedaan bij Veilig Thuis', // shared on meldrecht: Veilig Thuis only
  'Noor komt vaak moe', // shared on consent that does not name the wijkteam
  'Oud signaal van vorig schooljaar', // idem
  'Yilmaz', // no basis at all for the wijkteam
  'Elif',
];

function decryptedPages(bytes: Buffer, passphrase: string): Buffer[] {
  const dir = tempDir('casustafel-pakket-');
  const body = path.join(dir, 'body');
  fs.writeFileSync(body, bytes.subarray(0, bytes.length - TRAILER_BYTES));
  return decryptDatabaseFile(body, deriveKey(passphrase, readSalt(body)));
}

describe('warme overdracht between two vaults (handlers)', () => {
  it('previews per family what goes and what is withheld and why, by the one sharing rule', async () => {
    const sender = await senderVault();
    const { bakker, yilmaz, hoekstra } = sender.seed.families;
    const preview = await sender.call('handover:preview', { familyIds: [bakker, yilmaz, hoekstra], organisationId: sender.seed.orgs.wijkteam });
    expect(preview.receiver.name).toBe('Wijkteam Emmen-Oost');
    const byId = new Map(preview.families.map((f) => [f.familyId, f]));
    expect(byId.get(bakker)).toMatchObject({ goes: true, refusal: null, scope: { basis: 'noodzakelijk_betrokkenen' } });
    expect(byId.get(yilmaz)).toMatchObject({ goes: false, refusal: 'geen_grondslag' });
    expect(byId.get(hoekstra)!.goes).toBe(true);
    const reasons = byId
      .get(bakker)!
      .scope.items.filter((i) => !i.included)
      .map((i) => i.withheldReason);
    expect(reasons).toEqual(expect.arrayContaining(['medisch_beroepsgeheim', 'alleen_veilig_thuis', 'toestemming_ontbreekt']));
    expect(preview.withheld).toMatch(/1 gezin \(geen grondslag\)/);

    // Veilig Thuis without a recorded suspicion would get Yilmaz only anonymised: a handover refuses that honestly.
    const toVt = await sender.call('handover:preview', { familyIds: [yilmaz], organisationId: sender.seed.orgs.vt });
    expect(toVt.families[0]).toMatchObject({ goes: false, refusal: 'alleen_anoniem' });
    expect(refusalSentence('alleen_anoniem')).toMatch(/anonieme casus kan niet worden overgedragen/);
  });

  it('hands a family to the wijkteam: what may go arrives with its provenance, the receipt closes the loop', async () => {
    const sender = await senderVault();
    const { bakker, yilmaz } = sender.seed.families;
    const out = tempDir('casustafel-overdracht-');
    const packagePath = path.join(out, 'pakket.overdracht');
    const { result, bytes, suggestedName } = await exportPackage(sender, [bakker, yilmaz], sender.seed.orgs.wijkteam, packagePath);
    expect(result).toMatchObject({ saved: true, fileName: 'pakket.overdracht' });
    // The file name says what it is and for whom, never about whom.
    expect(suggestedName).toBe('Overdracht aan Wijkteam Emmen-Oost 2026-03-02.overdracht');
    expect(suggestedName).not.toMatch(/Bakker/);

    // The raw file holds no readable name or note of the vault.
    for (const text of ['Bakker', 'Noor', 'Peter', 'Huisbezoek', 'kennisgemaakt', 'Venema', 'Regenboog', ...WITHHELD]) {
      expect(bytes.includes(Buffer.from(text, 'utf8')), text).toBe(false);
      expect(bytes.includes(Buffer.from(text, 'utf16le')), text).toBe(false);
    }
    // Decrypted page by page with nothing but node:crypto: what may go is there, what may not is absent.
    const pages = decryptedPages(bytes, PACKAGE_PASSPHRASE);
    expect(pagesContain(pages, 'kennisgemaakt')).toBe(true);
    expect(pagesContain(pages, 'Huisbezoek plannen')).toBe(true);
    for (const text of WITHHELD) expect(pagesContain(pages, text), text).toBe(false);

    // The sender's trail: export log, audit, and an open action per family waiting for the receipt.
    const sent = await sender.call('export:log', { familyId: bakker, meetingId: null, limit: 10 });
    expect(sent[0]).toMatchObject({ kind: 'overdracht', recipientName: 'Wijkteam Emmen-Oost', fileName: 'pakket.overdracht' });
    expect(JSON.stringify(sent)).not.toMatch(/Groeicurve|Huisbezoek/);
    const waiting = await sender.call('regie:overview', { familyId: bakker });
    const handoverAction = waiting.actions.find((a) => a.description.startsWith('Warme overdracht aan Wijkteam Emmen-Oost'));
    expect(handoverAction).toMatchObject({ status: 'open', ownerOrganisationId: sender.seed.orgs.wijkteam });
    expect((await sender.call('export:log', { familyId: yilmaz, meetingId: null, limit: 10 })).some((e) => e.kind === 'overdracht')).toBe(false);

    // The receiving wijkteam: verify and preview before anything is written.
    const receiver = await vault('wijkteam.casustafel', WIJKTEAM_OPERATOR);
    const untouched = vaultFingerprint(receiver.core);
    receiver.core.host.nextHandoverFile = packagePath;
    const opened = await receiver.call('handover:open', { passphrase: PACKAGE_PASSPHRASE });
    expect(opened).not.toBeNull();
    expect(vaultFingerprint(receiver.core)).toBe(untouched);
    const { preview, token } = opened!;
    expect(preview.sender).toEqual({ organisation: 'CJG Proefdorp', operator: 'Fenna Testers — CJG Proefdorp (voorzitter)' });
    expect(preview.families.map((f) => f.displayName)).toEqual(['Gezin Bakker']);
    const family = preview.families[0]!;
    expect(family.matches).toEqual([]);
    expect(family.members.map((m) => m.name).sort()).toEqual(['Noor Bakker', 'Peter Bakker']);
    expect(family.items.map((i) => i.kind).sort()).toEqual(['actie', 'actie', 'regie', 'tijdlijn']);
    expect(family.items.find((i) => i.kind === 'tijdlijn')!.provenance).toMatch(/Wijkteam Emmen-Oost.*noodzakelijk voor de direct betrokkenen/);
    expect(preview.newOrganisations).toContain('Wijkteam Emmen-Oost');

    // Import in one transaction; the receipt goes to the save dialog.
    const receiptPath = path.join(out, 'ontvangst.ontvangst');
    receiver.core.host.nextExportPath = receiptPath;
    const imported = await receiver.call('handover:import', { token, choices: [] });
    expect(imported).toMatchObject({ items: 4, receiptFileName: 'ontvangst.ontvangst' });
    const receiptBytes = receiver.core.host.exports.at(-1)!.data;
    fs.writeFileSync(receiptPath, receiptBytes);
    // The receipt names no one.
    for (const text of ['Bakker', 'Noor', 'Huisbezoek']) expect(Buffer.from(receiptBytes).includes(Buffer.from(text))).toBe(false);

    const [newFamilyId] = imported.familyIds;
    const arrived = await receiver.call('families:get', { id: newFamilyId! });
    expect(arrived.displayName).toBe('Gezin Bakker');
    expect(arrived.members.map((m) => `${m.givenName} ${m.birthDate}`).sort()).toEqual(['Noor 2017-06-01', 'Peter 1985-04-12']);
    const timeline = await receiver.call('timeline:list', { familyId: newFamilyId! });
    const typed = timeline.events.filter((e) => e.source === 'handmatig');
    expect(typed).toHaveLength(4);
    for (const e of typed) expect(e.recordedBy).toMatch(/ontvangen van CJG Proefdorp op 2 maart 2026/);
    const visit = typed.find((e) => e.type === 'kind_gezien')!;
    expect(visit.summary).toBe('Gezinscoach heeft Noor thuis gezien en met moeder kennisgemaakt');
    expect(visit.memberIds).toHaveLength(1);
    expect(JSON.stringify(timeline)).not.toMatch(/Groeicurve|JGZ-consult|Melding gedaan|Noor komt vaak moe/);
    const provenance = receiver.core.session.withRead((db) => db.prepare('SELECT item_table, count(*) AS n FROM handover_provenance GROUP BY item_table ORDER BY item_table').all());
    expect(provenance).toEqual([
      { item_table: 'family_members', n: 2 },
      { item_table: 'timeline_events', n: 4 },
    ]);
    const received = await receiver.call('export:log', { familyId: newFamilyId!, meetingId: null, limit: 10 });
    expect(received.map((e) => e.kind).sort()).toEqual(['ontvangstbevestiging', 'overdracht_ontvangen']);
    expect(receiver.core.session.withRead((db) => verifyAuditChain(db)).ok).toBe(true);
    const audit = receiver.core.session.withRead((db) => db.prepare("SELECT summary FROM audit_log WHERE action IN ('handover.import', 'export') ORDER BY seq").all()) as { summary: string }[];
    expect(audit.map((a) => a.summary).join('\n')).toMatch(/Overdracht ontvangen van Fenna Testers/);

    // Back in the school's vault, the receipt closes the handover action and starts the follow-up.
    sender.core.host.nextHandoverFile = receiptPath;
    const closed = await sender.call('handover:openReceipt', { passphrase: PACKAGE_PASSPHRASE });
    expect(closed).toMatchObject({ status: 'aanvaard', receivedBy: 'Roel Venema — Wijkteam Emmen-Oost (gezinscoach)', familyIds: [bakker] });
    const after = await sender.call('regie:overview', { familyId: bakker });
    expect(after.actions.find((a) => a.id === handoverAction!.id)).toMatchObject({ status: 'gedaan' });
    const senderTimeline = await sender.call('timeline:list', { familyId: bakker });
    const followUp = senderTimeline.events.find((e) => e.type === 'terugkoppeling' && e.summary.includes(FOLLOW_UP_SENTENCE));
    expect(followUp).toMatchObject({ organisationId: sender.seed.orgs.wijkteam });
    expect(followUp!.summary).toMatch(/Overdracht ontvangen door Roel Venema/);

    // A receipt is read once.
    const again = await sender.refusal('handover:openReceipt', { passphrase: PACKAGE_PASSPHRASE });
    expect(again.code).toBe('package_refused');
    expect(again.detail).toMatch(/al een ontvangstbevestiging ingelezen/);
  });

  it('refuses a second import of the same package, a package for another organisation and a wrong passphrase, writing nothing', async () => {
    const sender = await senderVault();
    const out = tempDir('casustafel-overdracht-');
    const packagePath = path.join(out, 'pakket.overdracht');
    await exportPackage(sender, [sender.seed.families.bakker], sender.seed.orgs.wijkteam, packagePath);

    const school = await vault('andere-school.casustafel', { name: 'Sanne de Wit', organisation: 'OBS De Regenboog', role: 'intern begeleider' });
    const schoolBefore = vaultFingerprint(school.core);
    school.core.host.nextHandoverFile = packagePath;
    const other = await school.refusal('handover:open', { passphrase: PACKAGE_PASSPHRASE });
    expect(other.code).toBe('package_refused');
    expect(other.detail).toBe('Dit pakket is bestemd voor Wijkteam Emmen-Oost; je werkt nu namens OBS De Regenboog. Alleen wie namens de ontvangende organisatie werkt, kan het inlezen.');
    expect(vaultFingerprint(school.core)).toBe(schoolBefore);

    const receiver = await vault('wijkteam.casustafel', { ...WIJKTEAM_OPERATOR, organisation: '  wijkteam   emmen-oost ' });
    receiver.core.host.nextHandoverFile = packagePath;
    const wrong = await receiver.refusal('handover:open', { passphrase: 'een heel andere zin die niet past' });
    expect(wrong.code).toBe('package_wrong_passphrase');
    expect(wrong.message).toMatch(/compleet, maar gaat met deze wachtwoordzin niet open/);

    receiver.core.host.nextHandoverFile = packagePath;
    const first = await receiver.call('handover:open', { passphrase: PACKAGE_PASSPHRASE });
    receiver.core.host.nextExportPath = null; // the receipt's save dialog is cancelled: the import stands
    const imported = await receiver.call('handover:import', { token: first!.token, choices: [] });
    expect(imported.receiptFileName).toBeNull();
    const afterFirst = vaultFingerprint(receiver.core);
    receiver.core.host.nextHandoverFile = packagePath;
    const twice = await receiver.refusal('handover:open', { passphrase: PACKAGE_PASSPHRASE });
    expect(twice.code).toBe('package_refused');
    expect(twice.detail).toMatch(/al ingelezen op 2 maart 2026 door Roel Venema/);
    expect(vaultFingerprint(receiver.core)).toBe(afterFirst);
    // The token of an import that happened is spent.
    expect((await receiver.refusal('handover:import', { token: first!.token, choices: [] })).code).toBe('invalid_request');
  });

  it('a lock forgets an opened package: after unlocking it must be opened again, and nothing was written', async () => {
    const sender = await senderVault();
    const out = tempDir('casustafel-overdracht-');
    const packagePath = path.join(out, 'pakket.overdracht');
    await exportPackage(sender, [sender.seed.families.bakker], sender.seed.orgs.wijkteam, packagePath);
    const receiver = await vault('wijkteam.casustafel', WIJKTEAM_OPERATOR);
    receiver.core.host.nextHandoverFile = packagePath;
    const opened = (await receiver.call('handover:open', { passphrase: PACKAGE_PASSPHRASE }))!;
    await receiver.call('vault:lock', { reason: 'idle' });
    await receiver.call('vault:unlock', { token: receiver.core.vaultToken(receiver.file), passphrase: GOOD_PASSPHRASE });
    await receiver.call('vault:setOperator', WIJKTEAM_OPERATOR);
    const before = vaultFingerprint(receiver.core);
    const stale = await receiver.refusal('handover:import', { token: opened.token, choices: [] });
    expect(stale.code).toBe('invalid_request');
    expect(stale.detail).toMatch(/Open het overdrachtsbestand opnieuw/);
    expect(vaultFingerprint(receiver.core)).toBe(before);
  });

  it('offers to merge with the same child already known here, never merges silently, and merges when chosen', async () => {
    const sender = await senderVault();
    const out = tempDir('casustafel-overdracht-');
    const packagePath = path.join(out, 'pakket.overdracht');
    await exportPackage(sender, [sender.seed.families.bakker], sender.seed.orgs.wijkteam, packagePath);

    const receiver = await vault('wijkteam.casustafel', WIJKTEAM_OPERATOR);
    const known = await receiver.call('families:create', { displayName: 'Fam. Bakker (wijkteam)', anonymous: false });
    await receiver.call('register:saveMember', {
      familyId: known.id,
      role: 'kind',
      givenName: 'noor',
      familyName: 'bakker',
      birthDate: '2017-06-01',
      parentalAuthority: false,
      schoolId: null,
      schoolGroup: '',
    });
    receiver.core.host.nextHandoverFile = packagePath;
    const opened = (await receiver.call('handover:open', { passphrase: PACKAGE_PASSPHRASE }))!;
    expect(opened.preview.families[0]!.matches).toEqual([{ familyId: known.id, displayName: 'Fam. Bakker (wijkteam)', reason: 'zelfde kind: Noor Bakker, geboren 1 juni 2017' }]);

    const before = vaultFingerprint(receiver.core);
    const silent = await receiver.refusal('handover:import', { token: opened.token, choices: [] });
    expect(silent.code).toBe('invalid_request');
    expect(silent.detail).toMatch(/kies samenvoegen of een nieuw gezin/);
    expect(vaultFingerprint(receiver.core)).toBe(before);

    receiver.core.host.nextExportPath = path.join(out, 'ontvangst.ontvangst');
    const merged = await receiver.call('handover:import', { token: opened.token, choices: [{ position: 1, mergeInto: known.id }] });
    expect(merged.familyIds).toEqual([known.id]);
    const family = await receiver.call('families:get', { id: known.id });
    // Noor was already there: only Peter is added.
    expect(family.members.map((m) => m.givenName).sort()).toEqual(['Peter', 'noor']);
    expect((await receiver.call('families:list', { query: '' })).map((f) => f.displayName)).toEqual(['Fam. Bakker (wijkteam)']);
  });

  it('declining a package sends a receipt with the reason and leaves the handover action open', async () => {
    const sender = await senderVault();
    const out = tempDir('casustafel-overdracht-');
    const packagePath = path.join(out, 'pakket.overdracht');
    await exportPackage(sender, [sender.seed.families.bakker], sender.seed.orgs.wijkteam, packagePath);
    const receiver = await vault('wijkteam.casustafel', WIJKTEAM_OPERATOR);
    receiver.core.host.nextHandoverFile = packagePath;
    const opened = (await receiver.call('handover:open', { passphrase: PACKAGE_PASSPHRASE }))!;
    const before = vaultFingerprint(receiver.core);
    const receiptPath = path.join(out, 'ontvangst.ontvangst');
    receiver.core.host.nextExportPath = receiptPath;
    await receiver.call('handover:decline', { token: opened.token, reason: 'Gezin woont buiten ons werkgebied' });
    fs.writeFileSync(receiptPath, receiver.core.host.exports.at(-1)!.data);
    // Only the receipt's own export-log entry was written, no family.
    expect((await receiver.call('families:list', { query: '' })).length).toBe(0);
    expect(vaultFingerprint(receiver.core)).not.toBe(before);

    sender.core.host.nextHandoverFile = receiptPath;
    expect(await sender.call('handover:openReceipt', { passphrase: PACKAGE_PASSPHRASE })).toMatchObject({ status: 'geweigerd' });
    const overview = await sender.call('regie:overview', { familyId: sender.seed.families.bakker });
    expect(overview.actions.find((a) => a.description.startsWith('Warme overdracht'))).toMatchObject({ status: 'open' });
    const timeline = await sender.call('timeline:list', { familyId: sender.seed.families.bakker });
    expect(timeline.events.some((e) => e.summary.includes('Overdracht geweigerd door Roel Venema') && e.summary.includes('buiten ons werkgebied'))).toBe(true);
  });

  it('the package opens as plain SQLCipher 4 with the passphrase, and its manifest carries sender, receiver and checksum', async () => {
    const sender = await senderVault();
    const out = tempDir('casustafel-overdracht-');
    const { bytes } = await exportPackage(sender, [sender.seed.families.bakker], sender.seed.orgs.wijkteam, path.join(out, 'pakket.overdracht'));
    const pkg = openPackage(bytes, PACKAGE_PASSPHRASE);
    expect(pkg.manifest).toMatchObject({
      formatVersion: 1,
      sender: { organisation: 'CJG Proefdorp', operator: 'Fenna Testers — CJG Proefdorp (voorzitter)' },
      receiver: { name: 'Wijkteam Emmen-Oost', type: 'wijkteam', function: 'duidend' },
      families: [{ position: 1, label: 'Gezin Bakker', items: 4 }],
    });
    for (const item of pkg.families[0]!.items) expect(item.provenance.recordedAt).toMatch(/^2026-/);
  });
});
