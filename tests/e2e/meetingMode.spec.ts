import { pdfText } from '../unit/core/support/pdfText';
import fs from 'node:fs';
import path from 'node:path';
import { callCore } from './bridge/callCore';
import { expect, test, type AppHarness } from './bridge/fixtures';
import { createVaultThroughUi, chooseLanguage } from './bridge/flows';

const call = callCore;

function isoDay(app: AppHarness, days: number): string {
  const d = new Date(app.coreNow() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const JGZ_NOTE = 'Groeicurve van Noor buigt af; JGZ verwijst naar de kinderarts.';
const JGZ_EVENT = 'Consult JGZ: gewicht onder de lijn';
const FEEDBACK = 'OBS De Regenboog informeren over het besluit';

/**
 * A 1-2-3-tje at OBS De Regenboog with three families. Gezin Bakker: wijkteam and JGZ involved,
 * a JGZ event on the timeline, an open terugkoppeling to the school. Gezin Jansen: only the JGZ.
 * Gezin Mulder: school and wijkteam.
 */
async function seedMeeting(app: AppHarness) {
  const org = (name: string, type: 'school' | 'wijkteam' | 'jgz') =>
    call(app, 'directory:saveOrganisation', { name, type, function: type === 'school' ? 'signalerend' : 'duidend', place: 'Emmen', phone: '', email: '' });
  const school = await org('OBS De Regenboog', 'school');
  const wijkteam = await org('Wijkteam Emmen-Oost', 'wijkteam');
  const jgz = await org('JGZ Drenthe', 'jgz');
  const person = (organisationId: string, name: string, role: string) =>
    call(app, 'directory:saveProfessional', { organisationId, name, role, phone: '0591-123456', email: '', meetingTypes: [] });
  const roel = await person(wijkteam.id, 'Roel Venema', 'gezinscoach');
  const ilse = await person(jgz.id, 'Ilse Wiersma', 'jeugdverpleegkundige');
  const fenna = await person(school.id, 'Fenna de Vries', 'intern begeleider');

  const family = async (name: string, child: string, involved: { organisationId: string; professionalId: string }[]) => {
    const f = await call(app, 'families:create', { displayName: name, anonymous: false });
    await call(app, 'register:saveMember', { familyId: f.id, role: 'kind', givenName: child, familyName: name.replace('Gezin ', ''), birthDate: '2017-03-01', parentalAuthority: false, schoolId: school.id, schoolGroup: 'groep 6' });
    for (const i of involved) {
      await call(app, 'register:saveInvolvement', {
        familyId: f.id,
        memberId: null,
        professionalId: i.professionalId,
        organisationId: i.organisationId,
        role: '',
        mandate: 'vrijwillig',
        since: isoDay(app, -60),
        lastContact: null,
        virRegistered: 'onbekend',
        virDate: null,
        virBy: '',
        legalBasis: 'noodzakelijk_betrokkenen',
        endedAt: null,
      });
    }
    return f;
  };
  const bakker = await family('Gezin Bakker', 'Noor', [
    { organisationId: wijkteam.id, professionalId: roel.id },
    { organisationId: jgz.id, professionalId: ilse.id },
  ]);
  const jansen = await family('Gezin Jansen', 'Sem', [{ organisationId: jgz.id, professionalId: ilse.id }]);
  const mulder = await family('Gezin Mulder', 'Lotte', [
    { organisationId: school.id, professionalId: fenna.id },
    { organisationId: wijkteam.id, professionalId: roel.id },
  ]);

  await call(app, 'timeline:save', {
    familyId: bakker.id,
    type: 'notitie',
    date: isoDay(app, -20),
    organisationId: jgz.id,
    toOrganisationId: null,
    referralStatus: null,
    statusDate: null,
    reason: '',
    stagnationReason: null,
    consentStatus: null,
    escalationStep: null,
    noticedBy: '',
    summary: JGZ_EVENT,
    legalBasis: 'noodzakelijk_betrokkenen',
    memberIds: [],
  });
  await call(app, 'regie:decide', {
    familyId: bakker.id,
    kind: 'regisseur',
    professionalId: roel.id,
    organisationId: wijkteam.id,
    contact: '0591-123456',
    mandate: 'vrijwillig',
    doorzettingsmacht: false,
    since: isoDay(app, -10),
    judgement: '',
    reasons: '',
    meetingId: null,
  });
  await call(app, 'regie:saveAction', {
    familyId: bakker.id,
    kind: 'terugkoppeling',
    description: FEEDBACK,
    ownerProfessionalId: roel.id,
    ownerOrganisationId: wijkteam.id,
    dueDate: isoDay(app, 5),
    status: 'open',
    memberIds: [],
    meetingId: null,
    signallerOrganisationId: school.id,
    informed: false,
    informingPostponedUntil: null,
    informingPostponedReason: '',
  });

  const meeting = await call(app, 'meetings:save', {
    type: 'een_twee_drie_tje',
    title: '1-2-3-tje OBS De Regenboog',
    startsAt: new Date(app.coreNow() + 3_600_000).toISOString(),
    location: 'Teamkamer',
    schoolId: school.id,
    chairId: null,
    confidentiality: '',
  });
  await call(app, 'meetings:setParticipants', {
    meetingId: meeting.id,
    participants: [roel, ilse, fenna].map((p) => ({ professionalId: p.id, attendance: 'uitgenodigd' as const })),
  });
  await call(app, 'meetings:setAgenda', {
    meetingId: meeting.id,
    items: [bakker, jansen, mulder].map((f) => ({ familyId: f.id, memberIds: [], anonymous: false })),
  });
  return { meeting, bakker, wijkteam };
}

function pdfTextOf(file: string, password?: string): string {
  return pdfText(new Uint8Array(fs.readFileSync(file)), password);
}

test('1-2-3-tje met drie casussen: geheimhouding, aanwezigheid, toetsenbord, projectorweergave, afronden, samenvattingen en terugkoppelingsbrief', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await app.open({ clock: true });
  await createVaultThroughUi(app, 'overleg.casustafel');
  const { meeting } = await seedMeeting(app);

  // From the meeting to meeting mode.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Overleggen' }).click();
  await page.getByRole('button', { name: /1-2-3-tje OBS De Regenboog/ }).click();
  await page.getByRole('button', { name: 'Vergadermodus openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vergadermodus: 1-2-3-tje OBS De Regenboog' })).toBeFocused();

  // The start is refused until the confidentiality statement is confirmed.
  await expect(page.getByText(/Alles wat in dit overleg wordt besproken is vertrouwelijk/)).toBeVisible();
  await page.getByRole('button', { name: 'Overleg starten' }).click();
  await expect(page.getByRole('alert')).toContainText('zonder die bevestiging start het overleg niet');

  // Attendance per participant.
  const attendance = page.getByRole('region', { name: 'Aanwezigheid' });
  await attendance.getByRole('group', { name: 'Roel Venema (Wijkteam Emmen-Oost)' }).getByLabel('aanwezig').check();
  await attendance.getByRole('group', { name: 'Ilse Wiersma (JGZ Drenthe)' }).getByLabel('aanwezig').check();
  await attendance.getByRole('group', { name: 'Fenna de Vries (OBS De Regenboog)' }).getByLabel('afgemeld').check();
  await expect(attendance.getByText('2 van 3 deelnemers aanwezig.')).toBeVisible();
  await app.expectAccessible('vergadermodus voor de start');

  await page.getByLabel('Iedereen aan tafel heeft de geheimhouding bevestigd').check();
  await page.getByRole('button', { name: 'Overleg starten' }).click();
  const caseHeading = page.getByRole('heading', { level: 2, name: /^Casus \d van 3/ });
  await expect(caseHeading).toHaveText('Casus 1 van 3: Gezin Bakker');
  await expect(caseHeading).toBeFocused();
  await expect(page.getByRole('region', { name: 'Wie is betrokken' })).toContainText('Roel Venema, Wijkteam Emmen-Oost');
  // Open actions from before come first, each asking why it is still open, at this meeting.
  await expect(page.getByRole('region', { name: 'Openstaande acties eerst' })).toBeVisible();
  await expect(page.getByLabel(`Waarom staat "${FEEDBACK}" nog open?`)).toBeVisible();

  // Case 1: a short plan, the timer by keyboard, minutes and a JGZ note.
  const planned = page.getByLabel('Geplande tijd (minuten)');
  await planned.fill('1');
  await planned.press('Tab');
  await expect(page.getByText('00:00 van 01:00 gepland', { exact: false })).toBeVisible();
  await page.keyboard.press('Alt+T');
  await expect(page.getByRole('button', { name: 'Timer pauzeren' })).toBeVisible();
  await app.advanceClock(75_000);
  await expect(page.getByText(/^Over tijd: 00:1\d langer dan gepland\.$/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Agenda' }).getByText('over tijd')).toBeVisible();
  await page.keyboard.press('Alt+T');
  await expect(page.getByRole('button', { name: 'Timer starten' })).toBeVisible();
  await expect.poll(async () => (await call(app, 'meetingMode:get', { meetingId: meeting.id })).cases[0]?.elapsedSeconds).toBeGreaterThanOrEqual(75);

  await page.getByLabel('Notulen van deze casus').fill('Regie blijft bij het wijkteam; school houdt zicht op Noor.');
  await page.getByLabel('JGZ-notities (medisch beroepsgeheim)').fill(JGZ_NOTE);
  await page.getByLabel('Status van de casus').selectOption({ label: 'besproken' });
  await expect(page.getByText(/^Opgeslagen om \d{2}:\d{2}$/)).toBeVisible();
  await app.expectAccessible('vergadermodus, casus 1');

  // Next case with the keyboard: focus and announcement follow.
  await page.keyboard.press('Alt+ArrowDown');
  await expect(caseHeading).toHaveText('Casus 2 van 3: Gezin Jansen');
  await expect(caseHeading).toBeFocused();
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'Casus 2 van 3: Gezin Jansen' })).toHaveCount(1);
  await page.getByLabel('Notulen van deze casus').fill('Geen nieuwe zorgen; JGZ blijft betrokken.');
  await page.getByLabel('Status van de casus').selectOption({ label: 'besproken' });
  await page.keyboard.press('Alt+ArrowDown');
  await expect(caseHeading).toHaveText('Casus 3 van 3: Gezin Mulder');
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(caseHeading).toHaveText('Casus 1 van 3: Gezin Bakker');
  await expect(page.getByLabel('Notulen van deze casus')).toHaveValue('Regie blijft bij het wijkteam; school houdt zicht op Noor.');

  // Projector-safe view: other families and JGZ items under medical secrecy are hidden…
  const projector = page.getByRole('button', { name: 'Projectorweergave' });
  await projector.click();
  await expect(projector).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/Projectorweergave staat AAN/)).toBeVisible();
  await expect(page.getByText('Gezin Jansen')).toHaveCount(0);
  await expect(page.getByText('Gezin Mulder')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Agenda' }).getByRole('button', { name: /Casus 2/ })).toBeVisible();
  await expect(page.getByLabel('JGZ-notities (medisch beroepsgeheim)')).toHaveCount(0);
  await expect(page.getByText(JGZ_NOTE)).toHaveCount(0);
  await expect(page.getByText('Verborgen in de projectorweergave (medisch beroepsgeheim).')).toBeVisible();
  await expect(page.getByText(JGZ_EVENT)).toHaveCount(0);
  await expect(page.getByText(/^1 gebeurtenis onder medisch beroepsgeheim is verborgen/)).toBeVisible();
  // The menu (to screens that list every family) is out of reach while the projector view is on.
  await expect(page.getByText('Menu verborgen zolang de projectorweergave aan staat.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Start' })).toHaveCount(0);
  await app.expectAccessible('projectorweergave');

  // …and switching back shows them again.
  await projector.click();
  await expect(projector).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Start' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Agenda' }).getByRole('button', { name: 'Casus 2: Gezin Jansen' })).toBeVisible();
  await expect(page.getByLabel('JGZ-notities (medisch beroepsgeheim)')).toHaveValue(JGZ_NOTE);
  await expect(page.getByText(JGZ_EVENT)).toBeVisible();

  // End the meeting: the case not discussed is named first.
  await page.getByRole('button', { name: 'Overleg afronden' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '1 casus is nog niet besproken' })).toContainText('Gezin Mulder (gepland)');
  await app.expectAccessible('afronden met waarschuwing');
  await page.getByRole('button', { name: 'Toch afronden' }).click();
  await expect(page.getByText(/afgerond om \d{2}:\d{2}/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Samenvattingen per deelnemer' })).toBeFocused();

  // The preview per recipient: what goes along, what is withheld and why.
  const summaries = page.getByRole('region', { name: 'Samenvattingen per deelnemer' });
  const roelCard = summaries.getByRole('article', { name: 'Roel Venema — Wijkteam Emmen-Oost' });
  await expect(roelCard).toContainText('Gezin Bakker');
  await expect(roelCard.getByText(/^Achtergehouden — JGZ-notulen .*Reden: medisch beroepsgeheim \(JGZ, huisarts, GGZ, .*\): alleen voor de eigen organisatie, tot de beroepsgeheimhouder het vrijgeeft \(Medisch beroepsgeheim: de beroepsgeheimhouder heeft dit niet vrijgegeven\.\)$/)).toBeVisible();
  await expect(roelCard.getByText(/^Achtergehouden — Gezin Jansen\. Reden: geen grondslag/)).toBeVisible();
  await expect(roelCard.getByText(/^Achtergehouden — Tijdlijn: notitie \(.*JGZ Drenthe\)\. Reden: medisch beroepsgeheim/)).toBeVisible();
  await app.expectAccessible('voorbeeld samenvattingen');

  // Export: one PDF per recipient into the chosen folder, with progress.
  await summaries.getByRole('button', { name: 'Exporteren (3 bestanden)' }).click();
  await expect(summaries.getByText(/^3 bestanden geschreven in /)).toBeVisible();
  await expect(summaries.getByRole('progressbar', { name: 'Voortgang van de export' })).toHaveAttribute('aria-valuenow', '3');
  await app.expectAccessible('samenvattingen geëxporteerd');
  const folder = path.join(app.workDir, 'exports');
  const pdfs = fs.readdirSync(folder).filter((f) => f.endsWith('.pdf'));
  expect(pdfs).toHaveLength(3);
  const written = await summaries.getByRole('status').filter({ hasText: 'bestanden geschreven' }).getByRole('listitem').allTextContents();
  expect(written.sort()).toEqual([...pdfs].sort());
  // The preview names each recipient's file: read Roel's PDF back as text.
  const roelMeta = (await roelCard.getByText(/bestand: /).textContent()) ?? '';
  const roelName = /bestand: (.+)$/.exec(roelMeta)?.[1] ?? '';
  expect(pdfs).toContain(roelName);
  const roelText = pdfTextOf(path.join(folder, roelName));
  expect(roelText).toContain('Vertrouwelijk');
  expect(roelText).toContain('Gezin Bakker');
  expect(roelText).not.toContain('Groeicurve van Noor');
  expect(roelText).not.toContain(JGZ_EVENT);
  expect(roelText).not.toContain('Gezin Jansen');

  // The follow-up meeting and its calendar file.
  await page.getByRole('button', { name: 'Vervolgoverleg plannen' }).click();
  await expect(page.getByText(/^Vervolgoverleg gepland op /)).toBeVisible();
  await page.getByRole('button', { name: 'Agendabestand (.ics) opslaan' }).click();
  await expect(page.getByText(/^Agendabestand opgeslagen als .+\.ics\.$/)).toBeVisible();
  expect(app.savedExports.some((f) => f.endsWith('.ics'))).toBe(true);

  // The terugkoppeling letter to the school: previewed as text, saved, the action done.
  const letter = page.getByRole('region', { name: 'Terugkoppelingsbrief' });
  await letter.getByRole('button', { name: 'Terugkoppelingsbrief' }).click();
  const preview = page.getByRole('region', { name: /^Terugkoppelingsbrief aan / });
  await expect(preview).toContainText('Roel Venema');
  await app.expectAccessible('terugkoppelingsbrief');
  await preview.getByRole('button', { name: 'Opslaan als PDF' }).click();
  await expect(page.getByText(/^De brief is opgeslagen als .+\. Verstuur hem aan de signaalgever/)).toBeVisible();
  // A saved file has reached no one yet: the terugkoppeling stays open until it is marked sent.
  await expect(page.getByLabel(`Status van "${FEEDBACK}"`)).toHaveValue('open');
  await letter.getByRole('button', { name: 'Markeer als verstuurd' }).click();
  await expect(page.getByText('De terugkoppeling staat op gedaan: de signaalgever is geïnformeerd.')).toBeVisible();
  await expect(page.getByLabel(`Status van "${FEEDBACK}"`)).toHaveValue('gedaan');
  await expect(letter.getByText('Er is geen open terugkoppeling aan een signaalgever voor dit gezin.')).toBeVisible();

  // The export log of this meeting: what went to whom, by whom.
  const log = page.getByRole('region', { name: 'Exports van dit overleg' });
  await expect(log.getByRole('row').filter({ hasText: 'samenvatting' }).filter({ hasText: 'Roel Venema' })).toHaveCount(1);
  await expect(log.getByRole('row').filter({ hasText: 'samenvatting' }).first()).toContainText('Noor Jansen');
  await app.expectAccessible('exportlogboek');

  // Per family: the Logboek tab lists what of this family left the vault.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Start' }).click();
  const search = page.getByRole('combobox', { name: 'Zoek een gezin' });
  await search.fill('Bakker');
  await page.getByRole('option', { name: /Gezin Bakker/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gezin Bakker' })).toBeVisible();
  await page.getByRole('tab', { name: 'Logboek' }).click();
  const familyExports = page.getByRole('region', { name: 'Exports', exact: true });
  await expect(familyExports.getByRole('row').filter({ hasText: 'terugkoppelingsbrief' })).toHaveCount(1);
  await expect(familyExports.getByRole('row').filter({ hasText: 'samenvatting' }).filter({ hasText: 'Roel Venema' })).toHaveCount(1);
  await expect(familyExports.getByRole('row').filter({ hasText: 'samenvatting' }).filter({ hasText: 'Fenna de Vries' })).toHaveCount(0);
  await app.expectAccessible('exports van het gezin');
});

test('JGZ-gebeurtenis vrijgegeven met reden gaat mee; samenvattingen met wachtwoord (te kort en ongelijk geweigerd, daarna alleen met het wachtwoord te openen); vergadermodus in het Engels', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'wachtwoord.casustafel');
  const { meeting, bakker, wijkteam } = await seedMeeting(app);
  // A recorded conflict van plichten decision for Gezin Bakker that names the wijkteam.
  await call(app, 'register:addConflictOfDuties', {
    familyId: bakker.id,
    organisationIds: [wijkteam.id],
    decidedBy: 'Ilse Wiersma, jeugdverpleegkundige en aandachtsfunctionaris',
    reasons: 'Noor valt af en ouders weigeren hulp; zonder het wijkteam blijft zij onbeschermd.',
    date: isoDay(app, -1),
  });
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Overleggen' }).click();
  await page.getByRole('button', { name: /1-2-3-tje OBS De Regenboog/ }).click();
  await page.getByRole('button', { name: 'Vergadermodus openen' }).click();
  await page.getByLabel('Iedereen aan tafel heeft de geheimhouding bevestigd').check();
  await page.getByRole('button', { name: 'Overleg starten' }).click();

  // The JGZ event is released toward the wijkteam, on a recorded basis, confirmed by the holder, with a reason.
  const timeline = page.getByRole('region', { name: /^Tijdlijn/ });
  await timeline.getByRole('button', { name: /^Vrijgeven: .*, Notitie$/ }).click();
  await timeline.getByRole('button', { name: 'Vrijgeven', exact: true }).click();
  await expect(timeline.getByText('Schrijf in een zin op waarom dit wordt vrijgegeven (minimaal 10 tekens).')).toBeVisible();
  await expect(timeline.getByText('Kies minstens één organisatie waarvoor het wordt vrijgegeven.')).toBeVisible();
  // Only the secrecy holder can release it; no consent is recorded, so on consent core refuses and says why.
  await expect(timeline.getByLabel('Vrijgegeven door (beroepsgeheimhouder)')).toHaveValue(/.+/);
  await timeline.getByRole('group', { name: 'Vrijgegeven voor (organisaties)' }).getByLabel('Wijkteam Emmen-Oost').check();
  await timeline.getByLabel('Reden van vrijgeven').fill('Moeder geeft toestemming om dit met het wijkteam te delen.');
  await timeline.getByRole('button', { name: 'Vrijgeven', exact: true }).click();
  await expect(timeline.getByText(/geen toestemming van de juiste persoon vastgelegd/)).toBeVisible();
  await timeline.getByLabel('conflict van plichten: de veiligheid van het kind vereist het').check();
  await timeline.getByLabel('Besluit conflict van plichten').selectOption({ index: 1 });
  await timeline.getByLabel('Reden van vrijgeven').fill('De veiligheid van Noor vereist dat het wijkteam het groeiverloop kent.');
  // Confirmed "present at this meeting" needs the holder recorded as present; in writing needs a reference.
  await timeline.getByRole('button', { name: 'Vrijgeven', exact: true }).click();
  await expect(timeline.getByText(/Ilse Wiersma staat niet als aanwezig genoteerd in dit overleg/)).toBeVisible();
  await timeline.getByLabel('schriftelijk, met kenmerk').check();
  await timeline.getByLabel('Kenmerk van de schriftelijke bevestiging').fill('e-mail 3 december, kenmerk JGZ-2026-114');
  await app.expectAccessible('vrijgeven door de beroepsgeheimhouder');
  await timeline.getByRole('button', { name: 'Vrijgeven', exact: true }).click();
  await expect(timeline.getByText('medisch beroepsgeheim · vrijgegeven')).toBeVisible();
  // A release names its recipients and a screen shows everyone: the projector view keeps it hidden.
  await page.getByRole('button', { name: 'Projectorweergave' }).click();
  await expect(timeline.getByText(JGZ_EVENT)).toHaveCount(0);
  await page.getByRole('button', { name: 'Projectorweergave' }).click();

  await page.getByRole('button', { name: 'Overleg afronden' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '3 casussen zijn nog niet besproken' })).toBeVisible();
  await page.getByRole('button', { name: 'Toch afronden' }).click();

  const summaries = page.getByRole('region', { name: 'Samenvattingen per deelnemer' });
  const roelCard = summaries.getByRole('article', { name: 'Roel Venema — Wijkteam Emmen-Oost' });
  await expect(
    roelCard.getByText(/^Gaat mee — Tijdlijn: notitie \(.*JGZ Drenthe\) \(Vrijgegeven door Ilse Wiersma \(JGZ Drenthe\) op conflict van plichten, voor Wijkteam Emmen-Oost\.\)$/),
  ).toBeVisible();
  await summaries.getByLabel('Bestanden met een wachtwoord beveiligen').check();
  await summaries.getByLabel('Wachtwoord', { exact: true }).fill('kort');
  await summaries.getByLabel('Wachtwoord herhalen').fill('anders');
  await summaries.getByRole('button', { name: 'Exporteren (3 bestanden)' }).click();
  await expect(summaries.getByText('Het wachtwoord moet minimaal 8 tekens hebben.')).toBeVisible();
  await expect(summaries.getByText('De twee wachtwoorden zijn niet gelijk.')).toBeVisible();
  expect(app.exportDialogs).toEqual([]);
  await app.expectAccessible('wachtwoord geweigerd');

  const password = 'Regenboog-2026';
  await summaries.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await summaries.getByLabel('Wachtwoord herhalen').fill(password);
  await summaries.getByRole('button', { name: 'Exporteren (3 bestanden)' }).click();
  await expect(summaries.getByText(/^3 bestanden geschreven in /)).toBeVisible();
  const folder = path.join(app.workDir, 'exports');
  const pdfs = fs.readdirSync(folder).filter((f) => f.endsWith('.pdf'));
  expect(pdfs).toHaveLength(3);
  const roelName = /bestand: (.+)$/.exec((await roelCard.getByText(/bestand: /).textContent()) ?? '')?.[1] ?? '';
  const roelPdf = path.join(folder, roelName);
  expect(() => pdfTextOf(roelPdf)).toThrow();
  const roelText = pdfTextOf(roelPdf, password);
  expect(roelText).toContain('Vertrouwelijk');
  expect(roelText).toContain(JGZ_EVENT);
  const logged = await call(app, 'export:log', { meetingId: meeting.id, familyId: null, limit: 10 });
  expect(logged.filter((e) => e.kind === 'samenvatting')).toHaveLength(3);

  // English is complete here too.
  await chooseLanguage(page, 'English');
  await expect(page.getByRole('heading', { level: 1, name: 'Meeting mode: 1-2-3-tje OBS De Regenboog' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Summaries per participant' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Exports of this meeting' }).getByRole('row').filter({ hasText: 'summary' })).toHaveCount(3);
  await app.expectAccessible('meeting mode in English');
});
