import { describe, expect, it } from 'vitest';
import { InzageDocument } from '../../../../shared/retention/inzageDocument';
import { ProcessingOverview, overviewCsv } from '../../../../shared/retention/processingOverview';
import { familyTables } from '../../../../electron/core/privacy/familyTables';
import { privacyKit } from './privacyKit';
import { pdfWords } from '../support/pdfText';

const MARKER = 'Vlindertuin';
const OTHER = 'Zeepaardje';

describe('inzage: everything about a family', () => {
  it('exports every row of every family table as JSON that parses with its schema, and logs the export', async () => {
    const kit = await privacyKit();
    const family = await kit.fillFamily(MARKER);
    await kit.fillFamily(OTHER);
    // Complete: for every table with a family_id, as many rows as the vault holds for this family
    // (counted before the export, which adds its own line to the export log).
    const counts = kit.session.withRead((db) =>
      familyTables(db).map((table) => [table, (db.prepare(`SELECT count(*) AS n FROM "${table}" WHERE family_id = ?`).get(family.familyId) as { n: number }).n] as const),
    );
    expect(counts.filter(([, n]) => n > 0).length).toBeGreaterThanOrEqual(4);
    kit.host.nextExportPath = '/tmp/gekozen/inzage.json';
    const result = await kit.call('privacy:exportInzage', { familyId: family.familyId, memberId: null, format: 'json' });
    expect(result).toEqual({ saved: true, fileName: 'inzage.json' });
    const written = kit.host.exports.at(-1)!;
    expect(written.suggestedName).toMatch(/^inzage-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.json$/);
    expect(written.suggestedName).not.toContain(MARKER);
    const doc = InzageDocument.parse(JSON.parse(new TextDecoder().decode(written.data)));
    expect(doc).toMatchObject({ schema: 'casustafel-inzage', schemaVersion: 1, scope: 'gezin', familyId: family.familyId });

    for (const [table, n] of counts) expect(doc.records[table]?.length ?? 0, table).toBe(n);
    const text = JSON.stringify(doc);
    for (const m of [`Gezin ${MARKER}`, `notitie-${MARKER}`, `tijdlijn-${MARKER}`, `toestemming-${MARKER}`, `Kind${MARKER}`]) expect(text).toContain(m);
    expect(text).not.toContain(OTHER);
    expect(doc.directory.organisations.map((o) => o.name)).toEqual(['Wijkteam Proefdorp']);
    expect(doc.directory.professionals.map((p) => p.name)).toEqual(['Roel Venema']);
    expect(doc.auditTrail.length).toBeGreaterThan(5);

    const log = await kit.call('export:log', { familyId: family.familyId, meetingId: null, limit: 10 });
    // The log names the neutral suggested file, not whatever was typed in the dialog.
    expect(log).toMatchObject([{ kind: 'inzage_json', fileName: written.suggestedName, familyIds: [family.familyId] }]);
  });

  it('for one person leaves out what concerns only someone else', async () => {
    const kit = await privacyKit();
    const family = await kit.fillFamily(MARKER);
    kit.host.nextExportPath = '/tmp/gekozen/inzage-ouder.json';
    await kit.call('privacy:exportInzage', { familyId: family.familyId, memberId: family.parentId, format: 'json' });
    const doc = InzageDocument.parse(JSON.parse(new TextDecoder().decode(kit.host.exports.at(-1)!.data)));
    expect(doc.scope).toBe('persoon');
    expect(doc.records.family_members?.map((m) => m.id)).toEqual([family.parentId]);
    expect(doc.records.consents).toHaveLength(1);
    // The involvement and the timeline event are about the child only.
    expect(doc.records.involvements).toBeUndefined();
    expect(doc.records.timeline_events).toBeUndefined();
  });

  it('medical secrecy holds inside the family: a huisarts note about the mother is in her own inzage only, and the family inzage says why it is missing', async () => {
    const kit = await privacyKit();
    const family = await kit.fillFamily(MARKER);
    const gp = await kit.call('directory:saveOrganisation', { name: 'Huisartsenpraktijk Proefdorp', type: 'huisarts', function: 'duidend', place: '', phone: '', email: '' });
    const note = (memberIds: string[], summary: string) =>
      kit.call('timeline:save', {
        familyId: family.familyId,
        type: 'notitie',
        date: '2020-02-01',
        organisationId: gp.id,
        toOrganisationId: null,
        referralStatus: null,
        statusDate: null,
        reason: '',
        stagnationReason: null,
        consentStatus: null,
        escalationStep: null,
        noticedBy: '',
        summary,
        legalBasis: 'noodzakelijk_betrokkenen',
        memberIds,
      });
    await note([family.parentId], 'Huisarts-over-moeder-depressie');
    await note([], 'Huisarts-over-het-gezin');
    const inzage = async (memberId: string | null) => {
      kit.host.nextExportPath = `/tmp/gekozen/inzage-${memberId ?? 'gezin'}.json`;
      await kit.call('privacy:exportInzage', { familyId: family.familyId, memberId, format: 'json' });
      return InzageDocument.parse(JSON.parse(new TextDecoder().decode(kit.host.exports.at(-1)!.data)));
    };
    const whole = await inzage(null);
    expect(JSON.stringify(whole.records)).not.toContain('Huisarts-over');
    expect(JSON.stringify(whole.records)).toContain(`tijdlijn-${MARKER}`);
    expect(whole.withheld).toEqual([{ table: 'timeline_events', count: 2, reason: expect.stringContaining('medisch beroepsgeheim') }]);
    const mother = await inzage(family.parentId);
    expect(JSON.stringify(mother.records)).toContain('Huisarts-over-moeder-depressie');
    expect(JSON.stringify(mother.records)).not.toContain('Huisarts-over-het-gezin');

    kit.host.nextExportPath = '/tmp/gekozen/inzage.pdf';
    await kit.call('privacy:exportInzage', { familyId: family.familyId, memberId: null, format: 'pdf' });
    const text = pdfWords(kit.host.exports.at(-1)!.data);
    expect(text).toContain('Niet in dit overzicht');
    expect(text).toContain('Tijdlijn: 2 onderdelen niet opgenomen. Reden: medisch beroepsgeheim');
    expect(text).not.toContain('Huisarts-over');
  });

  it('as a PDF: a real PDF, logged as inzage_pdf; a cancelled dialog logs nothing', async () => {
    const kit = await privacyKit();
    const family = await kit.fillFamily(MARKER);
    kit.host.nextExportPath = null;
    expect(await kit.call('privacy:exportInzage', { familyId: family.familyId, memberId: null, format: 'pdf' })).toEqual({ saved: false, fileName: null });
    expect(await kit.call('export:log', { familyId: family.familyId, meetingId: null, limit: 10 })).toEqual([]);
    kit.host.nextExportPath = '/tmp/gekozen/inzage.pdf';
    await kit.call('privacy:exportInzage', { familyId: family.familyId, memberId: null, format: 'pdf' });
    const pdf = Buffer.from(kit.host.exports.at(-1)!.data);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await kit.call('export:log', { familyId: family.familyId, meetingId: null, limit: 10 })).toMatchObject([{ kind: 'inzage_pdf' }]);
  }, 30_000);
});

describe('processing overview for a DPIA', () => {
  it('counts categories, legal bases, retention classes and operators, and holds no names', async () => {
    const kit = await privacyKit();
    await kit.fillFamily(MARKER);
    await kit.fillFamily(OTHER);
    const overview = ProcessingOverview.parse(await kit.call('privacy:overview', undefined));
    expect(overview.categories.find((c) => c.key === 'families')?.count).toBe(2);
    expect(overview.legalBases.find((b) => b.basis === 'toestemming')?.involvements).toBe(2);
    expect(overview.legalBases.find((b) => b.basis === 'noodzakelijk_betrokkenen')?.timelineEvents).toBe(2);
    expect(overview.retention.find((r) => r.retentionClass === 'jeugdhulp')).toMatchObject({ years: 20, families: 2, pastDue: 0 });
    expect(overview.operators).toEqual([{ organisation: 'CJG Proefdorp', role: 'voorzitter', people: 1, actions: expect.any(Number) }]);
    const everything = JSON.stringify(overview) + overviewCsv(overview);
    for (const name of [MARKER, OTHER, 'Marieke', 'Fenna Testers', 'Roel Venema', 'Wijkteam Proefdorp']) expect(everything, name).not.toContain(name);

    kit.host.nextExportPath = '/tmp/gekozen/overzicht.csv';
    await kit.call('privacy:exportOverview', { format: 'csv' });
    const csv = new TextDecoder().decode(kit.host.exports.at(-1)!.data);
    expect(csv).toContain('Gezinnen;2');
    expect(await kit.call('export:log', { familyId: null, meetingId: null, limit: 10 })).toMatchObject([{ kind: 'verwerkingsoverzicht', familyIds: [] }]);
  });
});

describe('retention review', () => {
  it('starts the jeugdhulp clock at the end of help and lists families past their period first', async () => {
    const kit = await privacyKit();
    const running = await kit.fillFamily(MARKER);
    const ended = await kit.fillFamily(OTHER);
    const involvement = (await kit.call('register:dossier', { familyId: ended.familyId })).involvements[0]!;
    await kit.call('register:saveInvolvement', { ...involvement, endedAt: '2004-06-30' });
    let review = await kit.call('privacy:retention', undefined);
    expect(review.items.map((i) => [i.familyId, i.trigger, i.triggerSource, i.dueDate, i.state])).toEqual([
      [ended.familyId, '2004-06-30', 'einde_hulp', '2024-06-30', 'verlopen'],
      [running.familyId, null, 'geen', null, 'geen_einddatum'],
    ]);
    // A school record: the day the child left school, typed by hand, 2 years.
    await kit.call('privacy:setFamilyRetention', { familyId: running.familyId, retentionClass: 'school', triggerDate: '2025-07-11' });
    review = await kit.call('privacy:retention', undefined);
    expect(review.items.find((i) => i.familyId === running.familyId)).toMatchObject({ retentionClass: 'school', classChosen: true, dueDate: '2027-07-11', triggerSource: 'handmatig' });
    // The organisation's own period: longer is fine, under the legal minimum is refused in Dutch.
    expect(await kit.fail('privacy:setPeriod', { retentionClass: 'jeugdhulp', years: 15 })).toMatch(/wettelijk minimum/);
    const periods = await kit.call('privacy:setPeriod', { retentionClass: 'jeugdhulp', years: 25 });
    expect(periods.find((p) => p.retentionClass === 'jeugdhulp')?.years).toBe(25);
    expect((await kit.call('privacy:retention', undefined)).items.find((i) => i.familyId === ended.familyId)).toMatchObject({ dueDate: '2029-06-30', state: 'bewaren' });
  });
});
