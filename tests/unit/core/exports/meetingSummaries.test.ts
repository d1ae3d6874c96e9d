import { describe, expect, it } from 'vitest';
import { renderMeetingSummaries, type RenderedSummary } from '../../../../electron/core/exports/meetingSummaries';
import { loadSummaryMeeting, recipientPreview, recipientShare } from '../../../../electron/core/exports/summaryModel';
import { saveCase } from '../../../../electron/core/meetingMode/meetingCases';
import { releaseMedicalMinutes, releaseTimelineEvent } from '../../../../electron/core/meetingMode/secrecyReleases';
import { planFollowUp } from '../../../../electron/core/meetingMode/meetingLifecycle';
import { saveAnswer, startAssessment } from '../../../../electron/core/assessment/assessmentService';
import { addEscalation } from '../../../../electron/core/regie/escalation';
import { registerKit } from '../register/registerKit';
import { flat, pdfOpens, pdfText, pdfWords } from '../support/pdfText';
import { seedMeeting } from './meetingFixture';

function setup() {
  const kit = registerKit();
  const seed = seedMeeting(kit.ctx);
  const { meeting } = seed;
  const { bakker, yilmaz, hoekstra } = seed.families;
  saveCase(kit.ctx(), { meetingId: meeting, familyId: bakker, minutes: 'School en wijkteam zien dezelfde vermoeidheid. Afgesproken: huisbezoek.', medicalMinutes: 'Groeicurve Noor buigt af; controle over vier weken.' });
  saveCase(kit.ctx(), { meetingId: meeting, familyId: yilmaz, minutes: 'Elif slaapt slecht sinds de verhuizing.' });
  saveCase(kit.ctx(), { meetingId: meeting, familyId: hoekstra, minutes: 'Zorgen over schoolverzuim besproken zonder namen. Jesse Hoekstra mist veel lessen.' });
  return { ...kit, seed };
}

const textFor = (summaries: RenderedSummary[], professionalId: string): string => {
  const found = summaries.find((s) => s.recipient.professionalId === professionalId);
  if (!found) throw new Error('no summary for this recipient');
  return pdfWords(found.pdf);
};

describe('per-recipient meeting summaries (text read back with pdftotext)', () => {
  it('gives each participant only the families and items they may receive', async () => {
    const k = setup();
    const { people } = k.seed;
    const summaries = await renderMeetingSummaries(k.db, k.seed.meeting);
    expect(summaries.map((s) => s.recipient.name)).toEqual(['Sanne de Wit', 'Ilse Wiersma', 'Roel Venema', 'Karin Mulder']);

    // The school's IB: Bakker on consent, without JGZ notes, JGZ event or the meldrecht report; no Yilmaz (consent only for JGZ), no anonymous case.
    const ib = textFor(summaries, people.ib);
    expect(ib).toContain('Gezin Bakker');
    expect(ib).toContain('Grondslag voor deze samenvatting: toestemming');
    expect(ib).toContain('School en wijkteam zien dezelfde vermoeidheid');
    expect(ib).toContain('Noor komt vaak moe en zonder ontbijt op school');
    expect(ib).toContain('Regisseur: Roel Venema (Wijkteam Emmen-Oost)');
    expect(ib).toContain('06-12345678');
    expect(ib).toContain('Huisbezoek plannen met moeder en Noor');
    expect(ib).not.toContain('Groeicurve');
    expect(ib).not.toContain('JGZ-consult');
    expect(ib).not.toContain('Melding gedaan bij Veilig Thuis');
    expect(ib).not.toContain('Yilmaz');
    expect(ib).not.toContain('Elif');
    expect(ib).not.toContain('Hoekstra');
    expect(ib).not.toContain('Oud signaal van vorig schooljaar');
    expect(ib).toContain('Niet in deze samenvatting: 2 casussen en 3 onderdelen zonder vastgelegde grondslag');

    // The JGZ nurse: the JGZ items and Yilmaz (consent for the JGZ).
    const nurse = textFor(summaries, people.nurse);
    expect(nurse).toContain('Groeicurve Noor buigt af');
    expect(nurse).toContain('JGZ-consult: gewicht Noor onder de groeilijn');
    expect(nurse).toContain('Familie Yilmaz');
    expect(nurse).toContain('Elif slaapt slecht');
    expect(nurse).not.toContain('Melding gedaan bij Veilig Thuis');
    expect(nurse).not.toContain('Hoekstra');

    // The wijkteam (involved, no consent): need-to-know; the anonymous case without its name.
    const coach = textFor(summaries, people.coach);
    expect(coach).toContain('Grondslag voor deze samenvatting: noodzakelijk voor de direct betrokkenen');
    expect(coach).toContain('Casus 3 (anoniem)');
    expect(coach).toContain('Zorgen over schoolverzuim besproken zonder namen');
    expect(coach).not.toContain('Hoekstra');
    expect(coach).not.toContain('Jesse');
    expect(coach).toContain('besproken zonder namen. [naam] mist veel lessen'); // a name typed out of habit is hidden
    expect(coach).not.toContain('Noor komt vaak moe'); // shared on consent that does not cover the wijkteam
    expect(coach).not.toContain('Yilmaz');

    // Veilig Thuis: the meldrecht report, on meldrecht.
    const vt = textFor(summaries, people.vtWorker);
    expect(vt).toContain('Melding gedaan bij Veilig Thuis na huiselijk geweld');
    expect(vt).toContain('Grondslag voor deze samenvatting: meldrecht (Veilig Thuis)');
    expect(vt).not.toContain('Groeicurve');

    // Every page: the confidential header and "pagina x van y"; the meeting in Dutch, Amsterdam time.
    for (const s of summaries) {
      const pages = pdfText(s.pdf).split('\f').filter((p) => p.trim() !== '');
      pages.forEach((page, i) => {
        expect(flat(page)).toContain('Vertrouwelijk');
        expect(flat(page)).toContain(`pagina ${i + 1} van ${pages.length}`);
      });
    }
    expect(ib).toContain('Samenvatting 1-2-3-tje');
    expect(ib).toContain('maandag 2 maart 2026 om 10:00');
    expect(flat(pdfText(summaries[0]!.pdf))).toMatch(/Sanne de Wit, intern begeleider +OBS De Regenboog +uitgenodigd/);
  });

  it('after a recorded release toward the school the JGZ items reach the school, not the wijkteam the release does not name', async () => {
    const k = setup();
    const { meeting, people, families, events } = k.seed;
    const byNurse = {
      holderProfessionalId: k.seed.people.nurse,
      basis: 'toestemming' as const,
      organisationIds: [k.seed.orgs.school],
      conflictOfDutiesId: null,
      confirmation: 'schriftelijk' as const,
      confirmedAtMeetingId: null,
      writtenReference: 'brief 1 maart, kenmerk JGZ-2026-7',
    };
    releaseMedicalMinutes(k.ctx(), meeting, families.bakker, { ...byNurse, reason: 'Ouders gaven toestemming om dit met school te delen' });
    releaseTimelineEvent(k.ctx(), events.jgzEvent, { ...byNurse, reason: 'Nodig voor het plan van school' });
    const summaries = await renderMeetingSummaries(k.db, meeting);
    const ib = textFor(summaries, people.ib);
    expect(ib).toContain('Groeicurve Noor buigt af');
    expect(ib).toContain('Vrijgegeven uit het medisch beroepsgeheim');
    expect(ib).toContain('JGZ-consult: gewicht Noor onder de groeilijn');
    // The release names only the school: the wijkteam, on need-to-know, gets neither.
    expect(textFor(summaries, people.coach)).not.toContain('JGZ-consult');
    expect(textFor(summaries, people.coach)).not.toContain('Groeicurve Noor buigt af');
  });

  it('the preview lists what is withheld and why, per recipient', () => {
    const k = setup();
    const data = loadSummaryMeeting(k.db, k.seed.meeting);
    const ib = data.participants.find((p) => p.professionalId === k.seed.people.ib)!;
    const preview = recipientPreview(data, recipientShare(data, ib));
    expect(preview.fileName).toBe('Samenvatting 1-2-3-tje 2026-03-02 - Sanne de Wit.pdf');
    const byLabel = Object.fromEntries(preview.families.map((f) => [f.label, f]));
    expect(byLabel['Familie Yilmaz']).toMatchObject({ included: false, withheldReason: 'geen_grondslag' });
    expect(byLabel['Casus 3 (anoniem)']).toMatchObject({ included: false, withheldReason: 'geen_grondslag' });
    const bakker = byLabel['Gezin Bakker']!;
    expect(bakker.basis).toBe('toestemming');
    const withheld = bakker.items.filter((i) => !i.included).map((i) => `${i.kind}: ${i.withheldReason}`);
    expect(withheld.sort()).toEqual(['notulen_medisch: medisch_beroepsgeheim', 'tijdlijn: alleen_veilig_thuis', 'tijdlijn: medisch_beroepsgeheim']);
    expect(JSON.stringify(preview)).not.toContain('Hoekstra');
  });

  it('carries the flags of the latest risk assessment, in words', async () => {
    const k = setup();
    const { assessment } = startAssessment(k.ctx(), { familyId: k.seed.families.bakker, childId: k.seed.children.noor, instrumentId: null, meetingId: k.seed.meeting });
    saveAnswer(k.ctx(), assessment.id, { itemId: 'C4', value: 'ja', observer: { name: 'Ilse Wiersma', discipline: 'JGZ' }, source: 'eigen_waarneming', date: '2026-03-01', note: '', owner: '' });
    const [ib] = await renderMeetingSummaries(k.db, k.seed.meeting, { professionalIds: [k.seed.people.ib] });
    const text = pdfWords(ib!.pdf);
    expect(text).toContain('Zorg (risicotaxatie)');
    expect(text).toContain('Kindcheck positief');
  });

  it('mentions the follow-up meeting for the cases on its agenda', async () => {
    const k = setup();
    planFollowUp(k.ctx(), k.seed.meeting, '2026-04-06T08:00:00.000Z');
    const [ib] = await renderMeetingSummaries(k.db, k.seed.meeting, { professionalIds: [k.seed.people.ib] });
    expect(pdfWords(ib!.pdf)).toContain('Weer besproken in het vervolgoverleg van 6 april 2026');
  });

  it('lists escalation steps decided on the meeting day; a report to Veilig Thuis only in Veilig Thuis’s summary', async () => {
    const k = setup();
    const familyId = k.seed.families.bakker;
    const step = { familyId, date: '2026-03-02', trigger: 'Huisbezoek geweigerd', decidedBy: 'Roel Venema' };
    addEscalation(k.ctx(), { ...step, step: 'drang', reasons: 'Moeder werkt niet mee aan het plan.' });
    addEscalation(k.ctx(), { ...step, step: 'veilig_thuis_melding', reasons: 'Vermoeden van verwaarlozing blijft.' });
    addEscalation(k.ctx(), { ...step, date: '2026-01-15', step: 'veilig_thuis_advies', reasons: 'Eerder advies gevraagd.' });
    const summaries = await renderMeetingSummaries(k.db, k.seed.meeting);
    const ib = textFor(summaries, k.seed.people.ib);
    expect(ib).toContain('In dit overleg besloten: opschalen naar drang (besloten door Roel Venema)');
    expect(ib).not.toContain('melding doen bij Veilig Thuis');
    expect(ib).not.toContain('Eerder advies gevraagd');
    const vt = textFor(summaries, k.seed.people.vtWorker);
    expect(vt).toContain('In dit overleg besloten: een melding doen bij Veilig Thuis');
  });

  it('a password-protected summary does not open without its password', async () => {
    const k = setup();
    const [ib] = await renderMeetingSummaries(k.db, k.seed.meeting, { professionalIds: [k.seed.people.ib], password: 'kievitsei-2026' });
    expect(pdfOpens(ib!.pdf)).toBe(false);
    expect(pdfWords(ib!.pdf, 'kievitsei-2026')).toContain('Gezin Bakker');
  });
});
