import { expect, test } from './bridge/fixtures';
import { createVaultThroughUi, enterOperator, STRONG_PASSPHRASE } from './bridge/flows';
import { addMember, expectSaved, importPartners, newFamily, openTab } from './bridge/registerFlows';

const year = new Date().getFullYear();
const NOOR_BORN = `12-06-${year - 9}`;
const DAAN_BORN = `15-01-${year - 14}`;
const MEETING_DAY = `30-03-${year + 1}`;

test('het scenario van het register: gezin, betrokkenen, toestemming en een 1-2-3-tje, terug te vinden na vergrendelen', async ({ app }) => {
  // A long walk through many screens; under a loaded machine it takes more than the default minute.
  test.setTimeout(240_000);
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'register.casustafel');

  // The sociale kaart from a CSV file; the bad row shows its own Dutch errors and is skipped.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Sociale kaart' }).click();
  await app.expectAccessible('sociale kaart (leeg)');
  await importPartners(page);
  await expect(page.getByRole('list').filter({ hasText: 'OBS De Regenboog' })).toBeVisible();
  await app.expectAccessible('sociale kaart');

  // A family with two children and a parent with authority.
  await newFamily(page, 'Gezin Kuipers');
  await app.expectAccessible('dossier overzicht (leeg)');
  await openTab(page, 'Gezin');
  await addMember(page, { role: 'kind', givenName: 'Noor', familyName: 'Kuipers', birthDate: NOOR_BORN });
  await addMember(page, { role: 'kind', givenName: 'Daan', familyName: 'Kuipers', birthDate: DAAN_BORN });
  await addMember(page, { role: 'ouder', givenName: 'Sanne', familyName: 'Kuipers', birthDate: '03-05-1986' });
  const noorCard = page.getByRole('group', { name: /^Noor Kuipers / });
  await noorCard.getByLabel('School of kinderopvang').selectOption({ label: 'OBS De Regenboog (Emmen)' });
  await expectSaved(page);
  await noorCard.getByLabel('Groep of klas').fill('5');
  await noorCard.getByLabel('Groep of klas').blur();
  await expectSaved(page);
  await expect(page.getByRole('group', { name: /^Sanne Kuipers / }).getByLabel('Heeft ouderlijk gezag')).toBeChecked();
  await app.expectAccessible('dossier gezin');

  // Three involved professionals from the directory: per child and for the whole family.
  await openTab(page, 'Betrokkenen');
  const add = page.getByRole('region', { name: 'Betrokkene toevoegen' });
  const involve = async (who: string, forWhom: string, mandate = 'vrijwillig') => {
    await add.getByLabel('Professional of organisatie').selectOption({ label: who });
    await add.getByLabel('Betrokken bij').selectOption({ label: forWhom });
    await add.getByLabel('Kader').selectOption({ label: mandate });
    await add.getByRole('button', { name: 'Betrokkene toevoegen' }).click();
    await expect(page.getByRole('group', { name: new RegExp(`^${who.split(',')[0]}`) })).toBeVisible();
  };
  await involve('Petra Visser, intern begeleider', 'Noor Kuipers (kind)');
  await involve('Fenna Bakker, jeugdverpleegkundige', 'Daan Kuipers (kind)');
  await involve('Jeroen Smit, schoolmaatschappelijk werker', 'Hele gezin', 'drang');
  await expect(page.getByRole('heading', { level: 2, name: '3 betrokkenen' })).toBeVisible();
  const fenna = page.getByRole('group', { name: /^Fenna Bakker/ });
  await fenna.getByLabel('Gemeld in de Verwijsindex').selectOption({ label: 'ja' });
  await expectSaved(page);
  await app.expectAccessible('dossier betrokkenen');

  // Consent for Noor (under 12: the parent with authority consents).
  await openTab(page, 'Toestemming');
  const consentForm = page.getByRole('region', { name: 'Toestemming vastleggen' });
  await consentForm.getByLabel('Van wie').selectOption({ label: 'Sanne Kuipers (ouder)' });
  await consentForm.getByRole('radio', { name: 'gegeven' }).check();
  await consentForm.getByRole('checkbox', { name: 'OBS De Regenboog' }).check();
  await consentForm.getByLabel('Doel').fill('Bespreken in het 1-2-3-tje');
  await consentForm.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  const required = page.getByRole('region', { name: 'Wie moet toestemming geven' });
  await expect(required.getByRole('heading', { level: 3, name: /Noor Kuipers.*Toestemming compleet/ })).toBeVisible();
  await expect(required.getByRole('heading', { level: 3, name: /Daan Kuipers.*Toestemming ontbreekt/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Sanne Kuipers' })).toContainText('Noor Jansen');
  await app.expectAccessible('dossier toestemming');

  // The overview: who is involved with whom.
  await openTab(page, 'Overzicht');
  const matrix = page.getByRole('table', { name: 'Wie is betrokken bij wie' });
  await expect(matrix.getByRole('row', { name: /Noor Kuipers/ })).toContainText('Petra Visser');
  await expect(matrix.getByRole('row', { name: /Hele gezin/ })).toContainText('drang');
  await expect(page.getByText(/is niemand betrokken\./)).toHaveCount(0);
  await app.expectAccessible('dossier overzicht');

  // A 1-2-3-tje with three participants and both children on the agenda.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Overleggen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overleggen' })).toBeVisible();
  await app.expectAccessible('overleggen');
  const newMeeting = page.getByRole('region', { name: 'Nieuw overleg' });
  await newMeeting.getByLabel('Soort overleg').selectOption({ label: '1-2-3-tje' });
  await newMeeting.getByLabel('Datum').fill(MEETING_DAY);
  await newMeeting.getByLabel('Begintijd').fill('08:45');
  await newMeeting.getByRole('button', { name: 'Overleg aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '1-2-3-tje' })).toBeVisible();
  await expect(page.getByText(`30 maart ${year + 1} om 08:45`)).toBeVisible();
  await page.getByLabel('Locatie').fill('OBS De Regenboog, kamer van de IB');
  await page.getByLabel('Locatie').blur();
  await expectSaved(page);
  for (const person of ['Petra Visser, intern begeleider (OBS De Regenboog)', 'Fenna Bakker, jeugdverpleegkundige (GGD Drenthe)', 'Jeroen Smit, schoolmaatschappelijk werker (Wijkteam Emmen)']) {
    await page.getByLabel('Deelnemer uit de sociale kaart').selectOption({ label: person });
    await page.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`Deelnemers \\(${['Petra', 'Fenna', 'Jeroen'].indexOf(person.split(' ')[0]!) + 1}\\)`) })).toBeVisible();
  }
  await page.getByLabel('Aanwezigheid van Petra Visser').selectOption({ label: 'aanwezig' });
  await expectSaved(page);
  await page.getByLabel('Voorzitter').selectOption({ label: 'Petra Visser (OBS De Regenboog)' });
  await expectSaved(page);

  const agendaSearch = page.getByRole('combobox', { name: 'Gezin op de agenda zetten' });
  await agendaSearch.fill('Kuipers');
  await expect(page.getByRole('option', { name: /Gezin Kuipers/ })).toBeVisible();
  await agendaSearch.press('Enter');
  const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: /Gezin Kuipers/ }) });
  await expect(item.getByRole('checkbox', { name: /Noor Kuipers toestemming compleet/ })).toBeChecked();
  await expect(item.getByRole('checkbox', { name: /Daan Kuipers toestemming ontbreekt/ })).toBeChecked();
  // Consent is missing for Daan, so anonymous discussion is already chosen.
  await expect(item.getByRole('checkbox', { name: 'Anoniem bespreken' })).toBeChecked();
  await expect(page.getByRole('heading', { level: 2, name: 'Agenda (1 casus)' })).toBeVisible();
  await app.expectAccessible('overleg bewerken');

  // Lock, unlock, and find everything again.
  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeVisible();
  await expect(page.getByText('Kuipers')).toHaveCount(0);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(STRONG_PASSPHRASE);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await enterOperator(page);

  const upcoming = page.getByRole('list', { name: 'Komende overleggen' });
  await expect(upcoming).toContainText('1-2-3-tje');
  await expect(upcoming).toContainText('1 casus · 3 deelnemers');
  await app.expectAccessible('start');

  const search = page.getByRole('combobox', { name: 'Zoek een gezin' });
  await search.fill('Regenboog');
  const hit = page.getByRole('option', { name: /Gezin Kuipers/ });
  await expect(hit).toContainText('Kinderen: Daan, Noor');
  await expect(hit).toContainText('Gevonden op');
  await search.fill('Fenna');
  await expect(page.getByRole('option', { name: /Gezin Kuipers/ })).toBeVisible();
  await search.press('ArrowDown');
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Gezin Kuipers' })).toBeVisible();
  await openTab(page, 'Betrokkenen');
  await expect(page.getByRole('heading', { level: 2, name: '3 betrokkenen' })).toBeVisible();
  await expect(page.getByRole('group', { name: /^Fenna Bakker/ }).getByLabel('Gemeld in de Verwijsindex')).toHaveValue('ja');
  await openTab(page, 'Toestemming');
  await expect(page.getByRole('heading', { level: 3, name: /Noor Kuipers.*Toestemming compleet/ })).toBeVisible();
  await expect(page.getByText(/Beoordeeld op de datum van het eerstvolgende overleg/)).toBeVisible();
  await openTab(page, 'Overzicht');
  await page.getByRole('region', { name: 'Besproken in overleggen' }).getByRole('button', { name: /1-2-3-tje/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '1-2-3-tje' })).toBeVisible();
  await expect(page.getByLabel('Aanwezigheid van Petra Visser')).toHaveValue('aanwezig');
  await expect(page.getByRole('heading', { level: 3, name: /Gezin Kuipers/ })).toBeVisible();
});
