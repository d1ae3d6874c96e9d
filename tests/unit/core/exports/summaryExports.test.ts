import { familyPhrase } from '../../../../electron/core/exports/terugkoppelingLetter';
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/core/ipc/dispatch';
import type { Channel, RequestOf, ResponseOf } from '../../../../shared/contract/channels';
import { UndoLog } from '../../../../electron/core/recordStore/undoLog';
import type { WriteContext } from '../../../../electron/core/recordStore/writeContext';
import { verifyAuditChain } from '../../../../electron/core/audit/auditChain';
import { GOOD_PASSPHRASE, OPERATOR, tempDir, testCore } from '../support/vaultTestKit';
import { pdfOpens, pdfWords } from '../support/pdfText';
import { seedMeeting } from './meetingFixture';

async function seededCore() {
  const core = testCore();
  const created = await dispatch(core.handlers, 'vault:create', { token: core.vaultToken(path.join(core.dir, 'overleg.casustafel')), passphrase: GOOD_PASSPHRASE, passphraseRepeat: GOOD_PASSPHRASE });
  expect(created.ok).toBe(true);
  expect((await dispatch(core.handlers, 'vault:setOperator', OPERATOR)).ok).toBe(true);
  const undo = new UndoLog<WriteContext>();
  const seed = core.session.withWrite((db, operator) => seedMeeting((): WriteContext => ({ db, operator, at: core.clock.now(), undo })));
  /** A typed call that fails the test with the Dutch error when the handler refuses. */
  const call = async <C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> => {
    const r = await dispatch(core.handlers, channel, request);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.detail ?? r.error.message}`);
    return r.value as ResponseOf<C>;
  };
  await call('meetingMode:saveCase', { meetingId: seed.meeting, familyId: seed.families.bakker, medicalMinutes: 'Groeicurve Noor buigt af.' });
  return { core, seed, call };
}

const exportRows = (core: Awaited<ReturnType<typeof seededCore>>['core']) =>
  core.session.withRead((db) => db.prepare('SELECT kind, file_name, recipient_name, included, withheld FROM export_log ORDER BY at, audit_seq').all()) as {
    kind: string;
    file_name: string;
    recipient_name: string;
    included: string;
    withheld: string;
  }[];

describe('summary:exportRecipient', () => {
  it('writes each recipient’s PDF into the chosen folder, logs it per family, and the renderer never sees the path', async () => {
    const { core, seed, call } = await seededCore();
    const folder = tempDir('casustafel-samenvattingen-');
    core.host.nextExportFolder = folder;
    const chosen = await call('summary:chooseFolder', {});
    expect(chosen).not.toBeNull();
    expect(JSON.stringify(chosen)).not.toContain(folder);
    const preview = await call('summary:preview', { meetingId: seed.meeting });
    expect(preview.recipients).toHaveLength(4);

    for (const r of preview.recipients) {
      const result = await call('summary:exportRecipient', { meetingId: seed.meeting, professionalId: r.professionalId, folderToken: chosen!.folderToken, password: null });
      expect(result.fileName).toBe(r.fileName);
    }
    const files = fs.readdirSync(folder).sort();
    expect(files).toEqual(preview.recipients.map((r) => r.fileName).sort());
    expect(fs.statSync(path.join(folder, files[0]!)).mode & 0o777).toBe(0o600);
    const ib = pdfWords(fs.readFileSync(path.join(folder, 'Samenvatting 1-2-3-tje 2026-03-02 - Sanne de Wit.pdf')));
    expect(ib).toContain('Gezin Bakker');
    expect(ib).not.toContain('Groeicurve');
    expect(ib).not.toContain('Yilmaz');
    const nurse = pdfWords(fs.readFileSync(path.join(folder, 'Samenvatting 1-2-3-tje 2026-03-02 - Ilse Wiersma.pdf')));
    expect(nurse).toContain('Groeicurve Noor buigt af');

    const rows = exportRows(core);
    expect(rows.map((r) => [r.kind, r.recipient_name])).toEqual([
      ['samenvatting', 'Sanne de Wit'],
      ['samenvatting', 'Ilse Wiersma'],
      ['samenvatting', 'Roel Venema'],
      ['samenvatting', 'Karin Mulder'],
    ]);
    expect(rows[0]).toMatchObject({ included: '1 gezin, 4 onderdelen', withheld: '2 gezinnen (geen grondslag); 2 onderdelen: medisch beroepsgeheim; 1 onderdeel: alleen veilig thuis' });
    // Counts and reasons only: the log never holds content.
    expect(JSON.stringify(rows)).not.toContain('Groeicurve');

    // The export log per family: Yilmaz went to the JGZ and Veilig Thuis only.
    const yilmazLog = await call('export:log', { familyId: seed.families.yilmaz, meetingId: null, limit: 50 });
    expect(yilmazLog.map((e) => e.recipientName).sort()).toEqual(['Ilse Wiersma', 'Karin Mulder']);
    const audit = core.session.withRead((db) => db.prepare("SELECT family_id, summary FROM audit_log WHERE action = 'export'").all()) as { family_id: string; summary: string }[];
    expect(audit.filter((a) => a.family_id === seed.families.bakker)).toHaveLength(4);
    expect(audit[0]?.summary).toContain('Samenvatting geëxporteerd aan Sanne de Wit (OBS De Regenboog)');
    expect(core.session.withRead((db) => verifyAuditChain(db)).ok).toBe(true);
  });

  it('with a password the written PDF does not open without it', async () => {
    const { core, seed, call } = await seededCore();
    const folder = tempDir('casustafel-samenvattingen-');
    core.host.nextExportFolder = folder;
    const { folderToken } = (await call('summary:chooseFolder', {}))!;
    const result = await call('summary:exportRecipient', { meetingId: seed.meeting, professionalId: seed.people.ib, folderToken, password: 'kievitsei-2026' });
    const pdf = fs.readFileSync(path.join(folder, result.fileName));
    expect(pdfOpens(pdf)).toBe(false);
    expect(pdfWords(pdf, 'kievitsei-2026')).toContain('Gezin Bakker');
    expect(exportRows(core)[0]?.included).toContain('met wachtwoord');
  });

  it('writes and logs nothing when the vault locked while the PDF was being made, and the folder token dies with the lock', async () => {
    const { core, seed, call } = await seededCore();
    const folder = tempDir('casustafel-samenvattingen-');
    core.host.nextExportFolder = folder;
    const { folderToken } = (await call('summary:chooseFolder', {}))!;
    // Lock as soon as the export has read its data (rendering is asynchronous).
    const pending = dispatch(core.handlers, 'summary:exportRecipient', { meetingId: seed.meeting, professionalId: seed.people.ib, folderToken, password: null });
    core.session.lock('user');
    const result = await pending;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('vault_locked');
    expect(fs.readdirSync(folder)).toEqual([]);

    expect((await dispatch(core.handlers, 'vault:unlock', { token: core.vaultToken(path.join(core.dir, 'overleg.casustafel')), passphrase: GOOD_PASSPHRASE })).ok).toBe(true);
    expect((await dispatch(core.handlers, 'vault:setOperator', OPERATOR)).ok).toBe(true);
    expect(exportRows(core)).toEqual([]);
    const again = await dispatch(core.handlers, 'summary:exportRecipient', { meetingId: seed.meeting, professionalId: seed.people.ib, folderToken, password: null });
    expect(again.ok).toBe(false);
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});

describe('the regisseur, read once', () => {
  it('the summary and the terugkoppelingsbrief print the same regisseur and the same contact line', async () => {
    const { core, seed, call } = await seededCore();
    const folder = tempDir('casustafel-regisseur-');
    core.host.nextExportFolder = folder;
    const chosen = await call('summary:chooseFolder', {});
    const preview = await call('summary:preview', { meetingId: seed.meeting });
    const coach = preview.recipients.find((r) => r.professionalId === seed.people.coach)!;
    await call('summary:exportRecipient', { meetingId: seed.meeting, professionalId: coach.professionalId, folderToken: chosen!.folderToken, password: null });
    // The PDF may wrap a long address after a hyphen; read it back as one line.
    const summary = pdfWords(fs.readFileSync(path.join(folder, coach.fileName))).replace(/-\s+/g, '-');
    const letter = (await call('summary:letterPreview', { actionId: seed.feedback })).paragraphs.join('\n');
    const inSummary = /Regisseur: (Roel Venema \(Wijkteam Emmen-Oost\)) — bereikbaar via (\S+, \S+)/.exec(summary);
    const inLetter = /De regie ligt bij (.+?)\. U kunt contact opnemen via (.+?)\. /.exec(letter);
    expect(inSummary?.slice(1)).toEqual(['Roel Venema (Wijkteam Emmen-Oost)', '06-12345678, r.venema@wijkteam-emmen.example']);
    expect(inLetter?.slice(1)).toEqual(inSummary?.slice(1));
  });
});

describe('summary:exportLetter', () => {
  it('previews the letter at the signaller’s level, saves and logs it, and marks the terugkoppeling done only once it is sent', async () => {
    const { core, seed, call } = await seededCore();
    const preview = await call('summary:letterPreview', { actionId: seed.feedback });
    const text = preview.paragraphs.join('\n');
    expect(preview.recipientLabel).toBe('Huisartsenpraktijk Zuidbroek');
    expect(text).toContain('besproken in het 1-2-3-tje van 2 maart 2026 en is opgepakt');
    expect(text).toContain('U heeft een signaal afgegeven over Gezin Bakker.');
    expect(text).toContain('De regie ligt bij Roel Venema (Wijkteam Emmen-Oost)');
    expect(text).toContain('06-12345678');
    expect(text).not.toMatch(/Groeicurve|moe en zonder ontbijt|Melding gedaan/);

    core.host.nextExportPath = path.join(core.dir, 'brief.pdf');
    const saved = await call('summary:exportLetter', { actionId: seed.feedback });
    expect(saved).toEqual({ saved: true, fileName: 'brief.pdf' });
    const pdf = core.host.exports.at(-1)!.data;
    const words = pdfWords(pdf);
    expect(words).toContain('Terugkoppeling van uw signaal');
    expect(words).toContain('De regie ligt bij Roel Venema (Wijkteam Emmen-Oost)');
    expect(words).toContain('pagina 1 van 1');

    const readAction = () =>
      core.session.withRead((db) => db.prepare('SELECT status, informed, done_on FROM regie_actions WHERE id = ?').get(seed.feedback)) as { status: string; informed: number; done_on: string | null };
    // A saved file has reached no one: the terugkoppeling stays open until the chair marks it sent.
    expect(readAction()).toMatchObject({ status: 'open' });
    expect(await call('summary:markLetterSent', { actionId: seed.feedback })).toEqual({ done: true });
    const action = readAction();
    expect(action).toMatchObject({ status: 'gedaan', informed: 1 });
    expect(action.done_on).not.toBeNull();
    expect(exportRows(core).map((r) => [r.kind, r.recipient_name])).toEqual([['terugkoppelingsbrief', 'Huisartsenpraktijk Zuidbroek']]);
  });

  it('is addressed to whoever noticed the signal at the signaller, when that was recorded, and logged to them', async () => {
    const { core, seed, call } = await seededCore();
    await call('timeline:save', {
      familyId: seed.families.bakker,
      type: 'signaal',
      date: '2026-02-20',
      organisationId: seed.orgs.huisarts,
      toOrganisationId: null,
      referralStatus: null,
      statusDate: null,
      reason: '',
      stagnationReason: null,
      consentStatus: null,
      escalationStep: null,
      noticedBy: 'huisarts',
      summary: 'Zorgen over de moeder na consult',
      legalBasis: 'noodzakelijk_betrokkenen',
      memberIds: [],
    });
    const preview = await call('summary:letterPreview', { actionId: seed.feedback });
    expect(preview.recipientLabel).toBe('Huisartsenpraktijk Zuidbroek, t.a.v. huisarts');
    expect(preview.paragraphs[0]).toBe('Van: CJG Proefdorp');
    expect(preview.paragraphs[1]).toBe('Aan: Huisartsenpraktijk Zuidbroek, t.a.v. huisarts');
    expect(preview.paragraphs.join('\n')).not.toContain('Zorgen over de moeder');
    core.host.nextExportPath = path.join(core.dir, 'brief.pdf');
    await call('summary:exportLetter', { actionId: seed.feedback });
    expect(exportRows(core).map((r) => [r.kind, r.recipient_name])).toEqual([['terugkoppelingsbrief', 'huisarts']]);
  });

  it('a cancelled save dialog changes nothing', async () => {
    const { core, seed, call } = await seededCore();
    core.host.nextExportPath = null;
    expect(await call('summary:exportLetter', { actionId: seed.feedback })).toEqual({ saved: false, fileName: null });
    const action = core.session.withRead((db) => db.prepare('SELECT status FROM regie_actions WHERE id = ?').get(seed.feedback)) as { status: string };
    expect(action.status).toBe('open');
    expect(exportRows(core)).toEqual([]);
  });

  it('refuses an action that is not a terugkoppeling', async () => {
    const { core, seed } = await seededCore();
    const result = await dispatch(core.handlers, 'summary:letterPreview', { actionId: seed.action });
    expect(result.ok).toBe(false);
  });
});

describe('summary:exportCalendar', () => {
  it('writes an .ics an independent parser reads: Amsterdam start time, the right length, no family names', async () => {
    const { core, seed, call } = await seededCore();
    core.host.nextExportPath = path.join(core.dir, 'overleg.ics');
    expect(await call('summary:exportCalendar', { meetingId: seed.meeting })).toEqual({ saved: true, fileName: 'overleg.ics' });
    const ics = Buffer.from(core.host.exports.at(-1)!.data).toString('utf8');
    expect(core.host.exports.at(-1)!.suggestedName).toBe('Casustafel 1-2-3-tje 2026-03-02.ics');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Casustafel: 1-2-3-tje');
    expect(event.location).toBe('OBS De Regenboog, Emmen');
    expect(event.uid).toBe(`${seed.meeting}@casustafel`);
    const start = event.startDate.toJSDate();
    expect(start.toISOString()).toBe('2026-03-02T09:00:00.000Z');
    expect(new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(start)).toBe('10:00');
    // One case had planned minutes written (the default 10 each): three cases, 30 minutes.
    expect((event.endDate.toJSDate().getTime() - start.getTime()) / 60000).toBe(30);
    expect(ics).not.toMatch(/Bakker|Yilmaz|Hoekstra|Noor|Elif/);
    expect(exportRows(core).map((r) => r.kind)).toEqual(['agenda_ics']);
  });

  it('a meeting without planned case times lasts the default hour, and the UID is stable', async () => {
    const { core, seed, call } = await seededCore();
    const followUp = await call('meetingMode:planFollowUp', { meetingId: seed.meeting, startsAt: '2026-07-06T07:30:00.000Z' });
    core.host.nextExportPath = path.join(core.dir, 'vervolg.ics');
    await call('summary:exportCalendar', { meetingId: followUp.id });
    await call('summary:exportCalendar', { meetingId: followUp.id });
    const [first, second] = core.host.exports.slice(-2).map((e) => new ICAL.Event(new ICAL.Component(ICAL.parse(Buffer.from(e.data).toString('utf8'))).getFirstSubcomponent('vevent')!));
    expect(first!.uid).toBe(second!.uid);
    // Summer time: 07:30 UTC is 09:30 in Amsterdam.
    expect(new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(first!.startDate.toJSDate())).toBe('09:30');
    expect((first!.endDate.toJSDate().getTime() - first!.startDate.toJSDate().getTime()) / 60000).toBe(60);
  });
});

describe('meeting mode through the handler table', () => {
  it('answers in Dutch when the meeting is ended before it started, and starts under the statement', async () => {
    const { core, seed, call } = await seededCore();
    const early = await dispatch(core.handlers, 'meetingMode:end', { meetingId: seed.meeting });
    expect(early).toMatchObject({ ok: false, error: { code: 'meeting_not_started', message: expect.stringMatching(/nog niet gestart/) } });
    const refused = await dispatch(core.handlers, 'meetingMode:start', { meetingId: seed.meeting, confidentialityConfirmed: false });
    expect(refused.ok).toBe(false);
    const started = await call('meetingMode:start', { meetingId: seed.meeting, confidentialityConfirmed: true });
    expect(started.confidentialityConfirmedBy).toContain(OPERATOR.name);
    expect(started.cases.map((c) => c.displayName)).toEqual(['Gezin Bakker', 'Familie Yilmaz', null]);
    const ended = await call('meetingMode:end', { meetingId: seed.meeting });
    expect(ended.endedAt).not.toBeNull();
  });
});

describe('the letter names the family once', () => {
  it('uses the name as typed when it already says Gezin or Familie, and adds "het gezin" otherwise', () => {
    expect(familyPhrase('Gezin Drenth')).toBe('Gezin Drenth');
    expect(familyPhrase('familie Yilmaz')).toBe('familie Yilmaz');
    expect(familyPhrase('Drenth')).toBe('het gezin Drenth');
    expect(familyPhrase('Gezinsman')).toBe('het gezin Gezinsman');
  });
});
