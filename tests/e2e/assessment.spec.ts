import { dispatch } from '../../electron/core/ipc/dispatch';
import type { Channel, RequestOf, ResponseOf } from '../../shared/contract/channels';
import { DEFAULT_INSTRUMENT_INPUT } from '../../shared/instrument/defaultInstrument';
import { expect, test, type AppHarness } from './bridge/fixtures';
import { createVaultThroughUi } from './bridge/flows';
import { addMember, expectSaved, newFamily, openTab } from './bridge/registerFlows';

const year = new Date().getFullYear();

/** Calls core directly (for setup and for checking what core holds), typed by the contract. */
async function core<C extends Channel>(app: AppHarness, channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const result = await dispatch(app.handlers, channel, request);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message} ${result.error.detail ?? ''}`);
  return result.value as ResponseOf<C>;
}

test('ouder- en thuissignalen zonder signalen bij het kind: Kindcheck-waarschuwing en verplicht agendapunt; een lager oordeel vraagt om een reden', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'risicotaxatie.casustafel');
  await newFamily(page, 'Gezin Mulder');
  await openTab(page, 'Gezin');
  await addMember(page, { role: 'kind', givenName: 'Lotte', familyName: 'Mulder', birthDate: `12-04-${year - 8}` });
  await addMember(page, { role: 'ouder', givenName: 'Esther', familyName: 'Mulder', birthDate: '06-06-1990' });

  await openTab(page, 'Risicotaxatie');
  await expect(page.getByText('Nog geen risicotaxatie.')).toBeVisible();
  await app.expectAccessible('risicotaxatie (overzicht)');
  await page.getByRole('button', { name: 'Risicotaxatie van Lotte Mulder starten' }).click();
  await expect(page.getByRole('heading', { name: 'Risicotaxatie van Lotte Mulder' })).toBeVisible();

  // The participant who speaks: every answer is attributed to her.
  await page.getByLabel('Naam deelnemer').fill('Ilse Wiersma');
  await page.getByLabel('Discipline', { exact: true }).first().fill('JGZ');

  const question = (code: string) => page.getByRole('group', { name: new RegExp(`^${code} `) });
  const answerByKey = async (code: string, key: string, next: string | null) => {
    await expect(question(code)).toBeFocused();
    await page.keyboard.press(key);
    if (next) await expect(question(next)).toBeFocused();
  };

  // Keyboard only: section A and B all "nee", moving on by itself after each answer.
  await question('A1').focus();
  const ab = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'C1'];
  for (let i = 0; i < ab.length - 1; i += 1) await answerByKey(ab[i]!, 'n', ab[i + 1]!);
  await expect(question('B6')).toContainText('Nee — ingebracht door Ilse Wiersma (JGZ)');

  // T opens the note; letters typed there are text, not answers; Esc goes back to the question.
  await page.keyboard.press('t');
  await expect(page.getByLabel('Toelichting bij C1', { exact: true })).toBeFocused();
  await page.keyboard.type('Moeder noemt paniekaanvallen en slapeloosheid; nog geen hulp.');
  await page.keyboard.press('Escape');
  await expect(question('C1')).toBeFocused();
  await expect(question('C1')).toContainText('Nog niet beantwoord.');
  await answerByKey('C1', 'j', 'C2');
  await answerByKey('C2', 'o', 'C3');

  const flags = page.getByRole('complementary', { name: 'Signalen en vervolgstappen' });
  await expect(flags.getByRole('alert')).toContainText('Kindcheck positief zonder signalen bij het kind');
  await expect(flags).toContainText('Kindveiligheid van Lotte Mulder');
  await expect(flags).toContainText('staat open voor het volgende overleg');
  await expect(flags).toContainText('Blinde vlekken (1)');
  await expect(flags).toContainText('uitzoeken door: verslavingszorg');
  await expectSaved(page);

  // Core holds the mandatory agenda item for the next meeting, and the note was saved.
  const topics = await core(app, 'assessment:requiredTopics', { familyId: null });
  expect(topics.map((t) => [t.topic, t.childName])).toEqual([['kindveiligheid', 'Lotte Mulder']]);
  await expect(page.getByLabel('Toelichting bij C1', { exact: true })).toHaveValue('Moeder noemt paniekaanvallen en slapeloosheid; nog geen hulp.');
  await app.expectAccessible('risicotaxatie (invullen)');

  // U jumps to the next unanswered question.
  await question('C3').focus();
  await page.keyboard.press('u');
  await expect(question('C4')).toBeFocused();

  // The judgement: lower than computed, so a reason is asked for before anything is stored.
  await page.getByLabel('Zorg om de veiligheid nu', { exact: true }).selectOption({ label: 'laag' });
  await page.getByLabel('Risico in de toekomst', { exact: true }).selectOption({ label: 'laag' });
  await page.getByRole('button', { name: 'Score toevoegen' }).click();
  await page.getByLabel('Score (0–10)').fill('7');
  await page.getByRole('button', { name: 'Oordeel vastleggen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Waarom lager dan berekend?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Het berekende niveau is verhoogd / hoog; het oordeel is laag / laag.');
  await app.expectAccessible('risicotaxatie (reden voor lager oordeel)');
  await dialog.getByRole('button', { name: 'Vastleggen met deze reden' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Schrijf een reden op, of annuleer en pas het oordeel aan.');
  const reason = 'Oma woont tijdelijk in en zorgt dagelijks voor Lotte; moeder start volgende week bij de GGZ.';
  await dialog.getByLabel('Reden voor het lagere oordeel').fill(reason);
  await dialog.getByRole('button', { name: 'Vastleggen met deze reden' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Oordeel opgeslagen.' })).toBeVisible();

  // The lowered level carries its reason wherever it is shown: here and in the overview.
  const header = page.locator('.assessment__levels');
  await expect(header).toContainText('Zorg om de veiligheid nu: laag verlaagd van verhoogd; reden:');
  await expect(header).toContainText(reason);
  const list = await core(app, 'assessment:list', { familyId: topics[0]!.familyId });
  expect(list[0]?.loweringReason).toBe(reason);
  await page.getByRole('button', { name: '← Terug naar alle taxaties van dit gezin' }).click();
  await expect(page.getByRole('tabpanel')).toContainText(`Risico in de toekomst: laag verlaagd van hoog; reden: ${reason}`);
});

test('herbeoordeling: vorige en huidige taxatie naast elkaar, schaalscores door de tijd, en een afdrukweergave zonder knoppen', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'herbeoordeling.casustafel');
  await newFamily(page, 'Gezin Brouwer');
  await openTab(page, 'Gezin');
  await addMember(page, { role: 'kind', givenName: 'Sem', familyName: 'Brouwer', birthDate: `01-09-${year - 7}` });

  // Two earlier meetings' assessments, recorded through core.
  const search = await core(app, 'register:recentFamilies', { limit: 5 });
  const familyId = search[0]!.familyId;
  const dossier = await core(app, 'register:dossier', { familyId });
  const sem = dossier.members.find((m) => m.givenName === 'Sem')!;
  const observer = { name: 'Anouk Smit', discipline: 'school' };
  const answer = (itemId: string, value: 'ja' | 'nee' | 'onbekend') => ({ itemId, value, observer, source: 'eigen_waarneming' as const, date: null, note: '', owner: '' });
  const assess = async (values: Record<string, 'ja' | 'nee' | 'onbekend'>, scales: [string, string, number][]) => {
    const started = await core(app, 'assessment:start', { familyId, childId: sem.id, instrumentId: null, meetingId: null });
    for (const [itemId, value] of Object.entries(values)) {
      await core(app, 'assessment:saveAnswer', { assessmentId: started.assessment.id, answer: answer(itemId, value) });
    }
    const judgement = { now: 'hoog' as const, future: 'hoog' as const, reason: '', date: started.assessment.assessedOn, scales: scales.map(([name, discipline, scale]) => ({ participant: { name, discipline }, scale })) };
    await core(app, 'assessment:saveJudgement', { assessmentId: started.assessment.id, judgement });
  };
  await assess({ B3: 'ja', C4: 'onbekend' }, [['Anouk Smit', 'school', 3], ['Ruben Kuipers', 'wijkteam', 5]]);
  await assess({ B3: 'nee', C4: 'ja', C6: 'ja' }, [['Anouk Smit', 'school', 6], ['Ruben Kuipers', 'wijkteam', 6]]);

  await openTab(page, 'Risicotaxatie');
  await expect(page.getByText(/· 2 in totaal/)).toBeVisible();
  await page.getByRole('button', { name: 'Taxatie van Sem Brouwer openen' }).click();
  await page.getByRole('button', { name: 'Vergelijk met de vorige taxatie' }).click();
  await expect(page.getByRole('heading', { name: 'Herbeoordeling van Sem Brouwer: vorige en huidige taxatie' })).toBeVisible();

  const changes = page.getByRole('table', { name: 'Gewijzigde antwoorden (3)' });
  await expect(changes.getByRole('row', { name: /^B3\./ })).toContainText('signaal niet meer aanwezig');
  await expect(changes.getByRole('row', { name: /^C4\./ })).toContainText('OnbekendJanieuw signaal');
  await expect(changes.getByRole('row', { name: /^C6\./ })).toContainText('nieuw signaal');
  const side = page.getByRole('table', { name: 'Vorige en huidige taxatie naast elkaar' });
  await expect(side.getByRole('row', { name: /Schaalscore Anouk Smit/ })).toContainText('36');

  // The chart: one line per participant, two points each, and the same numbers as a table.
  await expect(page.getByRole('img', { name: 'Schaalscores door de tijd' })).toBeVisible();
  await expect(page.locator('svg.scale-chart__svg polyline')).toHaveCount(2);
  await expect(page.locator('svg.scale-chart__svg circle')).toHaveCount(4);
  await expect(page.getByRole('table', { name: 'Schaalscores per deelnemer per taxatie' }).getByRole('row', { name: /Ruben Kuipers/ })).toContainText('56');
  await app.expectAccessible('risicotaxatie (herbeoordeling)');

  // Printable view: the assessment without the app's controls.
  await page.getByRole('button', { name: '← Terug naar de taxatie' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  await expect(page.getByRole('group', { name: /^C6 / })).toBeVisible();
  await expect(page.getByRole('group', { name: /^C6 / })).toContainText('Ja — ingebracht door Anouk Smit (school)');
  await page.emulateMedia({ media: 'screen' });
});

test('afwegingskader per professional: vijf vragen op volgorde, hulp geweigerd leidt tot melden', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'afweging.casustafel');
  await newFamily(page, 'Gezin De Vries');
  await openTab(page, 'Gezin');
  await addMember(page, { role: 'kind', givenName: 'Mila', familyName: 'de Vries', birthDate: `03-03-${year - 10}` });
  await openTab(page, 'Risicotaxatie');
  await page.getByRole('button', { name: 'Risicotaxatie van Mila de Vries starten' }).click();

  const form = page.getByRole('form', { name: 'Stap vastleggen' });
  await form.getByLabel('Professional').fill('Ruben Kuipers');
  await form.getByLabel('Discipline').fill('wijkteam');
  const step = async (question: string, answer: 'Ja' | 'Nee', reasoning: string) => {
    await expect(form.getByRole('group', { name: question })).toBeVisible();
    await form.getByRole('radio', { name: answer }).check();
    await form.getByLabel('Onderbouwing').fill(reasoning);
    await form.getByRole('button', { name: 'Stap vastleggen' }).click();
    await expectSaved(page);
  };
  // A step without reasoning is refused in the form.
  await form.getByRole('radio', { name: 'Ja' }).check();
  await form.getByRole('button', { name: 'Stap vastleggen' }).click();
  await expect(form.getByRole('alert')).toHaveText('Iedere stap heeft een onderbouwing nodig.');

  await step('Is er een vermoeden van huiselijk geweld of kindermishandeling?', 'Ja', 'Mila vertelde over ruzies en slaan thuis.');
  await step('Is er acute of structurele onveiligheid?', 'Nee', 'Geen acuut gevaar; vader is vertrokken.');
  await step('Kan ik passende hulp bieden of organiseren?', 'Ja', 'Gezinscoach via het wijkteam is beschikbaar.');
  await step('Aanvaarden de betrokkenen die hulp?', 'Nee', 'Moeder wil geen hulp en zegt afspraken af.');

  const trail = page.getByRole('article').filter({ hasText: 'Ruben Kuipers (wijkteam)' });
  await expect(trail).toContainText('Uitkomst: melden bij Veilig Thuis — hulp wordt niet aanvaard');
  await expect(trail).toContainText('Aanvaarden de betrokkenen die hulp? Nee — Moeder wil geen hulp en zegt afspraken af.');
  const flags = page.getByRole('complementary', { name: 'Signalen en vervolgstappen' });
  await expect(flags).toContainText('Afwegingskader: melden');
  await expect(flags).toContainText('Doe een melding bij Veilig Thuis (uitkomst van het afwegingskader).');
  await app.expectAccessible('risicotaxatie (afwegingskader)');
});

test('het kind dreigt zelf met zelfdoding: spoedzorg vandaag in plaats van de meldnorm, afgehandeld als vastligt wie het regelde', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'spoedzorg.casustafel');
  await newFamily(page, 'Gezin Bakker');
  await openTab(page, 'Gezin');
  await addMember(page, { role: 'kind', givenName: 'Jesse', familyName: 'Bakker', birthDate: `09-10-${year - 13}` });
  await openTab(page, 'Risicotaxatie');
  await page.getByRole('button', { name: 'Risicotaxatie van Jesse Bakker starten' }).click();
  await expect(page.getByText('Casustafel basis, versie 3 · gestart op')).toBeVisible();
  await page.getByLabel('Naam deelnemer').fill('Anouk Smit');
  await page.getByLabel('Discipline', { exact: true }).first().fill('school');

  const question = (code: string) => page.getByRole('group', { name: new RegExp(`^${code} `) });
  await expect(question('A6')).toContainText('gezinslid of een andere volwassene');
  await question('B7').focus();
  await page.keyboard.press('j');
  await expect(question('C1')).toBeFocused();

  const flags = page.getByRole('complementary', { name: 'Signalen en vervolgstappen' });
  await expect(flags).toContainText('Spoedzorg vandaag: suïcidale uitingen van het kind');
  await expect(flags).toContainText('Spoedzorg vandaag voor Jesse Bakker: wie regelt de huisarts of de GGZ-crisisdienst? — vandaag regelen');
  await expect(flags).not.toContainText('Melden is de professionele norm');
  await expect(page.locator('.assessment__levels')).toContainText('Zorg om de veiligheid nu: acuut');
  await expectSaved(page);
  await app.expectAccessible('risicotaxatie (spoedzorg)');
  const [topic] = await core(app, 'assessment:requiredTopics', { familyId: null });
  expect(topic?.topic).toBe('spoedzorg');

  // Arranged today, recorded in the family's list of required topics.
  await page.getByRole('button', { name: '← Terug naar alle taxaties van dit gezin' }).click();
  const arranged = 'Anouk Smit (school) belde om 13.30 uur de huisarts; Jesse is vanmiddag gezien door de GGZ-crisisdienst.';
  await page.getByLabel('Wie heeft de spoedzorg geregeld, bij wie en wanneer?').fill(arranged);
  await page.getByRole('button', { name: 'Afgehandeld' }).click();
  await expect(page.getByLabel('Wie heeft de spoedzorg geregeld, bij wie en wanneer?')).toBeHidden();
  expect(await core(app, 'assessment:requiredTopics', { familyId: null })).toEqual([]);
});

test('een eigen instrument inlezen: een fout bestand wordt met Nederlandse uitleg geweigerd, een goed bestand is daarna te kiezen', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'instrument.casustafel');
  await newFamily(page, 'Gezin Visser');
  await openTab(page, 'Gezin');
  await addMember(page, { role: 'kind', givenName: 'Noah', familyName: 'Visser', birthDate: `20-05-${year - 6}` });
  await openTab(page, 'Risicotaxatie');

  await page.getByText('Eigen instrument van de organisatie').click();
  const file = page.getByLabel('Instrumentbestand kiezen');
  const bad = { ...DEFAULT_INSTRUMENT_INPUT, key: 'ggd-drenthe', name: 'GGD Drenthe', version: 0 };
  await file.setInputFiles({ name: 'instrument.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad), 'utf8') });
  await expect(page.getByRole('alert')).toContainText('Het instrument is niet ingelezen: versie: versie is minimaal 1.');

  const good = { ...bad, version: 2 };
  await file.setInputFiles({ name: 'instrument.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good), 'utf8') });
  await expect(page.getByRole('status').filter({ hasText: 'Instrument GGD Drenthe versie 2 is ingelezen.' })).toBeVisible();
  await page.getByLabel('Instrument voor een nieuwe taxatie').selectOption({ label: 'GGD Drenthe, versie 2' });
  await page.getByRole('button', { name: 'Risicotaxatie van Noah Visser starten' }).click();
  await expect(page.getByText('GGD Drenthe, versie 2 · gestart op')).toBeVisible();
  await app.expectAccessible('risicotaxatie (eigen instrument)');
});

test('Ctrl+Z op een vraag maakt het laatste antwoord ongedaan, en het agendapunt dat het opleverde vervalt', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'ongedaan.casustafel');
  await newFamily(page, 'Gezin Smit');
  await openTab(page, 'Gezin');
  await addMember(page, { role: 'kind', givenName: 'Daan', familyName: 'Smit', birthDate: `14-02-${year - 5}` });
  await openTab(page, 'Risicotaxatie');
  await page.getByRole('button', { name: 'Risicotaxatie van Daan Smit starten' }).click();

  const question = (code: string) => page.getByRole('group', { name: new RegExp(`^${code} `) });
  await question('C4').focus();
  await page.keyboard.press('j');
  const flags = page.getByRole('complementary', { name: 'Signalen en vervolgstappen' });
  await expect(flags).toContainText('Kindveiligheid van Daan Smit');
  await expect(question('C5')).toBeFocused();

  await page.keyboard.press('Control+z');
  await expect(page.getByText('Ongedaan gemaakt: Risicotaxatie: antwoord op vraag C4')).toBeVisible();
  await expect(question('C4')).toContainText('Nog niet beantwoord.');
  await expect(flags).not.toContainText('Kindveiligheid van Daan Smit');
  const topics = await core(app, 'assessment:requiredTopics', { familyId: null });
  expect(topics).toEqual([]);
});

test('afwegingskader met twee beslissingen: na een melding gaat de afweging samen met Veilig Thuis verder, vraag 4 vraagt termijn en casemanager', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'beslissingen.casustafel');
  await newFamily(page, 'Gezin Smit');
  await openTab(page, 'Gezin');
  await addMember(page, { role: 'kind', givenName: 'Noah', familyName: 'Smit', birthDate: `12-05-${year - 8}` });
  await openTab(page, 'Risicotaxatie');
  await page.getByRole('button', { name: 'Risicotaxatie van Noah Smit starten' }).click();

  const form = page.getByRole('form', { name: 'Stap vastleggen' });
  await form.getByLabel('Professional').fill('Femke Bos');
  await form.getByLabel('Discipline').fill('JGZ');
  const step = async (question: string, answer: 'Ja' | 'Nee', reasoning: string) => {
    await expect(form.getByRole('group', { name: question })).toBeVisible();
    await form.getByRole('radio', { name: answer }).check();
    await form.getByLabel('Onderbouwing').fill(reasoning);
  };
  const save = async () => {
    await form.getByRole('button', { name: 'Stap vastleggen' }).click();
    await expectSaved(page);
  };
  await step('Is er een vermoeden van huiselijk geweld of kindermishandeling?', 'Ja', 'Blauwe plekken op de bovenarmen.');
  await save();
  await step('Is er acute of structurele onveiligheid?', 'Ja', 'Het letsel komt terug; structureel onveilig.');
  await save();

  const trail = page.getByRole('article').filter({ hasText: 'Femke Bos (JGZ)' });
  await expect(trail).toContainText('Beslissing 1: is melden noodzakelijk?ja, melden bij Veilig Thuis');
  await expect(trail).toContainText('Beslissing 2: is hulp (ook) mogelijk?nog niet beslist');
  await expect(trail).toContainText('Kan ik passende hulp bieden of organiseren? (samen met Veilig Thuis, na de melding) volgende vraag');

  await step('Kan ik passende hulp bieden of organiseren?', 'Ja', 'Met Veilig Thuis afgesproken: JGZ begeleidt moeder.');
  await save();
  await step('Aanvaarden de betrokkenen die hulp?', 'Ja', 'Moeder stemt in met de begeleiding.');
  await form.getByRole('button', { name: 'Stap vastleggen' }).click();
  await expect(form.getByRole('alert')).toHaveText('Bij "ja" op vraag 4 hoort een afgesproken termijn.');
  await form.getByLabel('Termijn waarbinnen de hulp resultaat laat zien').fill(`01-03-${year + 1}`);
  await form.getByRole('button', { name: 'Stap vastleggen' }).click();
  await expect(form.getByRole('alert')).toHaveText('Bij "ja" op vraag 4 hoort een casemanager die de hulp volgt.');
  await form.getByLabel('Casemanager').fill('Femke Bos (JGZ)');
  await save();

  await expect(trail).toContainText(`Termijn: 1 maart ${year + 1}; casemanager: Femke Bos (JGZ).`);
  await expect(trail).toContainText('Uitkomst: melden bij Veilig Thuis — acute of structurele onveiligheid');
  await app.expectAccessible('risicotaxatie (twee beslissingen)');
});
