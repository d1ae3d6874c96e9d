import { expect, test } from './bridge/fixtures';
import { createVaultThroughUi } from './bridge/flows';
import { addMember, newFamily, openTab } from './bridge/registerFlows';

const year = new Date().getFullYear();

/** A sociale kaart with a GGZ practitioner, who works with adults. */
const CSV = [
  'organisatie;type;functie;plaats;telefoon;email;contactpersoon;rol;contact_telefoon;contact_email;overleggen',
  'GGZ Drenthe;ggz;duidend;Assen;;;Anouk Mulder;behandelaar;;;wijkteam_casuistiek',
  'Wijkteam Emmen;wijkteam;duidend;Emmen;;;Jeroen Smit;wijkteamprofessional;;;wijkteam_casuistiek',
].join('\r\n');

test('Kindcheck door anderen: de voorzitter ziet de blinde vlek van GGZ bij een ouder, beantwoordt hem met het toetsenbord en hij verdwijnt', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'kindcheck-anderen.casustafel');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Sociale kaart' }).click();
  await page.getByLabel('CSV-bestand', { exact: true }).setInputFiles({ name: 'sociale-kaart.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
  await page.getByRole('button', { name: '2 geldige regels inlezen' }).click();
  await expect(page.getByText('Ingelezen: 2 nieuwe organisaties en 2 nieuwe contactpersonen.')).toBeVisible();

  await newFamily(page, 'Gezin Bakker');
  await openTab(page, 'Gezin');
  await addMember(page, { role: 'kind', givenName: 'Noor', familyName: 'Bakker', birthDate: `12-06-${year - 7}` });
  await addMember(page, { role: 'ouder', givenName: 'Marieke', familyName: 'Bakker', birthDate: '02-04-1988' });

  // The wijkteam with Noor asks nothing; GGZ with her mother does.
  await openTab(page, 'Betrokkenen');
  const add = page.getByRole('region', { name: 'Betrokkene toevoegen' });
  const involve = async (who: string, forWhom: string) => {
    await add.getByLabel('Professional of organisatie').selectOption({ label: who });
    await add.getByLabel('Betrokken bij').selectOption({ label: forWhom });
    await add.getByRole('button', { name: 'Betrokkene toevoegen' }).click();
    await expect(page.getByRole('group', { name: new RegExp(`^${who.split(',')[0]}`) })).toBeVisible();
  };
  await involve('Jeroen Smit, wijkteamprofessional', 'Noor Bakker (kind)');
  const panel = page.getByRole('region', { name: 'Kindcheck door andere organisaties' });
  await expect(panel).toHaveCount(0);
  await involve('Anouk Mulder, behandelaar', 'Marieke Bakker (ouder)');

  const points = panel.getByRole('list', { name: 'Open punten Kindcheck door andere organisaties' });
  await expect(points.getByRole('listitem')).toHaveCount(1);
  await expect(points).toContainText('Blinde vlek: niet bekend of GGZ Drenthe (bij Marieke Bakker) van de kinderen weet en een eigen Kindcheck heeft gedaan.');
  await app.expectAccessible('dossier met blinde vlek Kindcheck door anderen');

  // By keyboard: the button opens the two questions, focus goes to the first.
  await panel.getByRole('button', { name: 'Antwoord vastleggen voor GGZ Drenthe (bij Marieke Bakker)' }).focus();
  await page.keyboard.press('Enter');
  const knows = panel.getByLabel('Weet GGZ Drenthe van de kinderen?');
  await expect(knows).toBeFocused();
  await knows.selectOption({ label: 'nee' });
  await page.keyboard.press('Tab');
  await expect(panel.getByLabel('Heeft GGZ Drenthe een eigen Kindcheck gedaan?')).toBeFocused();

  // A "nee" needs who established it; then it stays, as an action point.
  await panel.getByRole('button', { name: 'Opslaan' }).click();
  await expect(panel.getByText('Vul in wie dit heeft vastgesteld.')).toBeVisible();
  await panel.getByLabel('Door wie vastgesteld').fill('Jeroen Smit, telefonisch nagevraagd bij de behandelaar');
  await panel.getByLabel('Door wie vastgesteld').press('Enter');
  await expect(points).toContainText('Actiepunt: GGZ Drenthe (bij Marieke Bakker) weet niet van de kinderen.');
  await expect(points).toContainText('door Jeroen Smit, telefonisch nagevraagd bij de behandelaar');
  await expect(panel.getByRole('heading', { name: 'Kindcheck door andere organisaties' })).toBeFocused();
  await app.expectAccessible('dossier met actiepunt Kindcheck door anderen');

  // The chair informed GGZ, who did their own Kindcheck: both ja, and the point is gone.
  await panel.getByRole('button', { name: 'Antwoord vastleggen voor GGZ Drenthe (bij Marieke Bakker)' }).click();
  await panel.getByLabel('Weet GGZ Drenthe van de kinderen?').selectOption({ label: 'ja' });
  await panel.getByLabel('Heeft GGZ Drenthe een eigen Kindcheck gedaan?').selectOption({ label: 'ja' });
  await panel.getByLabel('Korte toelichting (niet verplicht)').fill('Behandelaar heeft de Kindcheck gedaan; geen zorgen over Noor.');
  await panel.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen: GGZ Drenthe weet van de kinderen en deed een eigen Kindcheck.' })).toBeFocused();
  await expect(page.getByRole('list', { name: 'Open punten Kindcheck door andere organisaties' })).toHaveCount(0);
  await expect(page.getByText(/Blinde vlek: niet bekend of GGZ Drenthe/)).toHaveCount(0);
  await app.expectAccessible('dossier zonder open punten Kindcheck door anderen');

  // The answer stays on record with the involvement.
  await openTab(page, 'Betrokkenen');
  await expect(page.getByRole('group', { name: /^Anouk Mulder/ })).toContainText(
    'Kindcheck door andere organisatie: weet van de kinderen: ja; eigen Kindcheck gedaan: ja. Vastgesteld op',
  );

  // On the family's log, in words.
  await openTab(page, 'Logboek');
  await expect(page.getByRole('cell', { name: /^Gewijzigd Kindcheck door andere organisatie vastgelegd$/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: /^Gewijzigd Kindcheck door andere organisatie gewijzigd$/ })).toBeVisible();
});
