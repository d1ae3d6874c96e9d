import { expect, test } from './bridge/fixtures';
import { createVaultThroughUi } from './bridge/flows';
import { addMember, newFamily, openTab } from './bridge/registerFlows';

const year = new Date().getFullYear();
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const inDays = (n: number) => {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return d;
};
const typed = (d: Date) => `${String(d.getDate()).padStart(2, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${d.getFullYear()}`;
const spoken = (d: Date) => `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;

const CSV = [
  'organisatie;type;functie;plaats;telefoon;email;contactpersoon;rol;contact_telefoon;contact_email;overleggen',
  'Wijkteam Noord;wijkteam;duidend;Emmen;;;Jeroen Smit;wijkteamprofessional;;;zat',
  'OBS De Regenboog;school;signalerend;Emmen;;;Petra Visser;intern begeleider;;;zat',
].join('\r\n');

test('Toestemming met een einde: geldig tot en met een dag, een waarschuwing vóór het volgende overleg, en een besluit conflict van plichten dat wordt beëindigd', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'toestemming-einde.casustafel');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Sociale kaart' }).click();
  await page.getByLabel('CSV-bestand', { exact: true }).setInputFiles({ name: 'sociale-kaart.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
  await page.getByRole('button', { name: '2 geldige regels inlezen' }).click();
  await expect(page.getByText('Ingelezen: 2 nieuwe organisaties en 2 nieuwe contactpersonen.')).toBeVisible();

  await newFamily(page, 'Gezin el Amrani');
  await openTab(page, 'Gezin');
  await addMember(page, { role: 'kind', givenName: 'Yasmin', familyName: 'el Amrani', birthDate: `12-06-${year - 8}` });
  await addMember(page, { role: 'ouder', givenName: 'Fatima', familyName: 'el Amrani', birthDate: '02-04-1988' });

  // An end date before the consent's own date changes nothing and says so.
  await openTab(page, 'Toestemming');
  const consentForm = page.getByRole('region', { name: 'Toestemming vastleggen' });
  await consentForm.getByLabel('Van wie').selectOption({ label: 'Fatima el Amrani (ouder)' });
  await consentForm.getByRole('radio', { name: 'gegeven' }).check();
  await consentForm.getByLabel('Andere organisatie uit de sociale kaart').selectOption({ label: 'Wijkteam Noord' });
  await consentForm.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  await consentForm.getByRole('checkbox', { name: 'Wijkteam Noord' }).check();
  await consentForm.getByLabel('Geldig tot en met (niet verplicht)').fill(typed(inDays(-3)));
  await consentForm.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  await expect(consentForm.getByRole('alert')).toHaveText('De einddatum ligt vóór de datum van de toestemming. Er is niets vastgelegd.');
  await expect(page.getByText('Er is nog geen toestemming vastgelegd.')).toBeVisible();

  // Valid until ten days from now: without a meeting planned, that is within four weeks.
  const end = inDays(10);
  await consentForm.getByLabel('Geldig tot en met (niet verplicht)').fill(typed(end));
  await consentForm.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  await expect(page.getByRole('table', { name: 'Fatima el Amrani' })).toContainText(`geldig t/m ${spoken(end)}`);
  await expect(page.getByText(`Toestemming van Fatima el Amrani voor Wijkteam Noord loopt af op ${spoken(end)}, binnen vier weken (er is geen overleg gepland).`)).toBeVisible();
  await app.expectAccessible('dossier toestemming met einddatum');

  // A conflict van plichten decision for the school, then ended by keyboard with who and why.
  const conflict = page.getByRole('region', { name: 'Delen zonder toestemming (conflict van plichten)' });
  await conflict.getByRole('checkbox', { name: 'OBS De Regenboog' }).check();
  await conflict.getByLabel('Besloten door').fill('Petra Visser, aandachtsfunctionaris');
  await conflict.getByLabel('Waarom de veiligheid van het kind dit vereist').fill('Yasmin vertelde over geweld thuis; moeder weigert hulp en school moet meekijken.');
  await conflict.getByRole('button', { name: 'Besluit vastleggen' }).click();
  const decisions = conflict.getByRole('table', { name: 'Vastgelegde besluiten' });
  await expect(decisions).toContainText('geldt tot het wordt beëindigd');
  await conflict.getByRole('button', { name: /^Beëindigen/ }).focus();
  await page.keyboard.press('Enter');
  const endForm = conflict.getByRole('form', { name: /Besluit beëindigen/ });
  await expect(endForm.getByLabel('Beëindigd op')).toBeFocused();
  await endForm.getByRole('button', { name: 'Besluit beëindigen' }).click();
  await expect(endForm.getByRole('alert')).toHaveText('Noem wie besloot dit te beëindigen (naam en functie).');
  await endForm.getByLabel('Beëindigd door').fill('Petra Visser, aandachtsfunctionaris');
  await endForm.getByLabel('Waarom delen zonder toestemming niet meer nodig is').fill('Moeder werkt nu mee; er is weer toestemming nodig.');
  await app.expectAccessible('besluit beëindigen');
  await endForm.getByRole('button', { name: 'Besluit beëindigen' }).click();
  await expect(decisions).toContainText(`beëindigd op ${spoken(new Date())} door Petra Visser, aandachtsfunctionaris: Moeder werkt nu mee; er is weer toestemming nodig.`);
  await expect(conflict.getByRole('button', { name: /^Beëindigen/ })).toHaveCount(0);

  // A meeting after the consent's last day: the agenda and the dossier name that meeting.
  const meetingDay = inDays(17);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Overleggen' }).click();
  const newMeeting = page.getByRole('region', { name: 'Nieuw overleg' });
  await newMeeting.getByLabel('Soort overleg').selectOption({ label: 'zorgadviesteam (ZAT)' });
  await newMeeting.getByLabel('Datum').fill(typed(meetingDay));
  await newMeeting.getByLabel('Begintijd').fill('10:00');
  await newMeeting.getByRole('button', { name: 'Overleg aanmaken' }).click();
  const agendaSearch = page.getByRole('combobox', { name: 'Gezin op de agenda zetten' });
  await agendaSearch.fill('Amrani');
  await expect(page.getByRole('option', { name: /Gezin el Amrani/ })).toBeVisible();
  await agendaSearch.press('Enter');
  const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: /Gezin el Amrani/ }) });
  await expect(item).toContainText(`Toestemming van Fatima el Amrani voor Wijkteam Noord loopt af op ${spoken(end)}, vóór het volgende overleg (${spoken(meetingDay)}).`);
  await app.expectAccessible('agenda met aflopende toestemming');
});
