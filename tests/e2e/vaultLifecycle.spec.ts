import fs from 'node:fs';
import path from 'node:path';
import { createHandlers } from '../../electron/core/ipc/createHandlers';
import { expect, test } from './bridge/fixtures';

const STRONG = 'paarse olifanten fietsen langs de Maas in november';
const WEAK = 'welkom123';

test('kluis maken, gezin vastleggen, vergrendelen en weer ontgrendelen', async ({ app }) => {
  const { page } = app;
  const marker = `NOTITIE-MARKER-${Date.now()}`;
  await app.open();

  app.setNextCreatePath(path.join(app.workDir, 'overleg-noord'));
  await page.getByRole('button', { name: 'Nieuwe kluis maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe kluis maken' })).toBeFocused();
  await expect(page.getByText('overleg-noord.casustafel', { exact: true })).toBeVisible();
  await app.expectAccessible('kluis maken');

  // A weak passphrase is refused, with the reason in Dutch on the field.
  const passphrase = page.getByLabel('Wachtwoord', { exact: true });
  await passphrase.fill(WEAK);
  await page.getByLabel('Herhaal het wachtwoord').fill(WEAK);
  await expect(page.getByText('Nog niet sterk genoeg voor de kluis.')).toBeVisible();
  await page.getByRole('button', { name: 'Kluis maken' }).click();
  await expect(page.getByRole('alert')).toContainText('te zwak voor gegevens over kinderen');
  await expect(passphrase).toHaveAttribute('aria-invalid', 'true');
  await expect(passphrase).toBeFocused();
  await app.expectAccessible('kluis maken met fout');

  await passphrase.fill(STRONG);
  await page.getByLabel('Herhaal het wachtwoord').fill(STRONG);
  await expect(page.getByText('Sterk genoeg voor de kluis.')).toBeVisible();
  await page.getByRole('button', { name: 'Kluis maken' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Wie werkt er?' })).toBeFocused();
  await app.expectAccessible('wie werkt er');
  await page.getByLabel('Naam').fill('Noor Jansen');
  await page.getByLabel('Organisatie').fill('CJG Assen');
  await page.getByLabel('Rol', { exact: true }).fill('voorzitter aanmeldoverleg');
  await page.getByRole('button', { name: 'Verder' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('overleg-noord.casustafel');
  await expect(page.getByRole('banner')).toContainText('Noor Jansen, voorzitter aanmeldoverleg, CJG Assen');
  await app.expectAccessible('start');

  await page.getByLabel('Naam van het gezin').fill('Gezin Bakker-Visser');
  await page.getByRole('button', { name: 'Gezin aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gezin Bakker-Visser' })).toBeFocused();
  const note = page.getByRole('textbox', { name: 'Notitie' });
  await note.fill(`Afspraak met school over ${marker}.`);
  await expect(page.getByText(/^Opgeslagen om \d{2}:\d{2}$/)).toBeVisible();
  await app.expectAccessible('gezin');
  await page.getByRole('tab', { name: 'Logboek' }).click();
  await expect(page.getByRole('table', { name: 'Logboek van dit gezin' })).toContainText('Noor Jansen');

  await page.getByRole('button', { name: 'Logboek', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logboek' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Logboek' })).toContainText('Noor Jansen');
  await app.expectAccessible('logboek');

  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'De kluis is vergrendeld.' })).toBeVisible();
  await expect(page.getByText(marker)).toHaveCount(0);
  await expect(page.getByText('Gezin Bakker-Visser')).toHaveCount(0);
  await app.expectAccessible('ontgrendelen');

  const unlockField = page.getByLabel('Wachtwoord', { exact: true });
  await unlockField.fill('dit is niet het goede wachtwoord');
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByRole('alert')).toContainText('Het wachtwoord klopt niet, of het bestand is beschadigd');
  await expect(unlockField).toHaveAttribute('aria-invalid', 'true');
  await app.expectAccessible('ontgrendelen met fout');

  await unlockField.fill(STRONG);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wie werkt er?' })).toBeVisible();
  await page.getByLabel('Naam').fill('Noor Jansen');
  await page.getByLabel('Organisatie').fill('CJG Assen');
  await page.getByLabel('Rol', { exact: true }).fill('voorzitter aanmeldoverleg');
  await page.getByRole('button', { name: 'Verder' }).click();

  await page.getByLabel('Zoek een gezin').fill('Bakker');
  await expect(page.getByRole('status').filter({ hasText: '1 gezin' })).toBeVisible();
  await page.getByRole('option', { name: /Gezin Bakker-Visser/ }).click();
  await expect(page.getByRole('textbox', { name: 'Notitie' })).toHaveValue(`Afspraak met school over ${marker}.`);
});

test('welkom: een recent geopende kluis opent met één klik het ontgrendelscherm', async ({ app }) => {
  const { page } = app;
  await app.open();
  app.setNextCreatePath(path.join(app.workDir, 'zat-zuid.casustafel'));
  await page.getByRole('button', { name: 'Nieuwe kluis maken' }).click();
  await page.getByLabel('Wachtwoord', { exact: true }).fill(STRONG);
  await page.getByLabel('Herhaal het wachtwoord').fill(STRONG);
  await page.getByRole('button', { name: 'Kluis maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wie werkt er?' })).toBeVisible();
  await page.reload();
  // A reload while the vault is open picks up where main is (operator still needed).
  await expect(page.getByRole('heading', { level: 1, name: 'Wie werkt er?' })).toBeVisible();
  app.session.lock('user');
  await page.reload();
  await page.getByRole('button', { name: 'Open zat-zuid.casustafel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeFocused();
  await expect(page.getByText('zat-zuid.casustafel', { exact: true })).toBeVisible();
});

test('kluis openen via het open-venster, en annuleren zegt dat er niets is gekozen', async ({ app }) => {
  const { page } = app;
  await app.open();
  app.setNextOpenPath(null);
  await page.getByRole('button', { name: 'Kluis openen', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Je hebt geen bestand gekozen.' })).toBeVisible();
  app.setNextOpenPath(path.join(app.workDir, 'bestaat-niet.casustafel'));
  await page.getByRole('button', { name: 'Kluis openen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeVisible();
  await page.getByLabel('Wachtwoord', { exact: true }).fill('wat dan ook');
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByRole('alert')).toContainText('Het bestand is niet gevonden.');
});

test('de demokluis toont verzonnen gezinnen', async ({ app }) => {
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: 'Demokluis openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wie werkt er?' })).toBeVisible();
  // Without stating who works, the vault can be locked again straight away.
  await page.getByRole('button', { name: 'Kluis weer vergrendelen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeVisible();
  expect(app.session.status().state).toBe('locked');
  await page.getByRole('button', { name: 'Demokluis weer openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wie werkt er?' })).toBeVisible();
  await page.getByLabel('Naam').fill('Sanne de Wit');
  await page.getByLabel('Organisatie').fill('Wijkteam Emmen');
  await page.getByLabel('Rol', { exact: true }).fill('voorzitter 1-2-3-tje');
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Demokluis');
  const families = page.getByRole('list', { name: 'Laatst bijgewerkte gezinnen' }).getByRole('listitem');
  await expect(families.first()).toBeVisible();
  expect(await families.count()).toBeGreaterThan(3);
  await expect(families.first()).toContainText(/Gezin|Anoniem/);
  await families.first().getByRole('button').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Het gezin' })).toBeVisible();
  await app.expectAccessible('gezin (demo)');
  // Locking the demo vault goes back to the demo's own unlock screen with the reason.
  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Demokluis weer openen' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'De kluis is vergrendeld.' })).toBeVisible();
});

test('geen kluis, of een kluis die elders open is: een Nederlandse melding en het bestand blijft ongemoeid', async ({ app }) => {
  const { page } = app;
  const empty = path.join(app.workDir, 'leeg.casustafel');
  fs.writeFileSync(empty, '');
  await app.open();
  app.setNextOpenPath(empty);
  await page.getByRole('button', { name: 'Kluis openen', exact: true }).click();
  await page.getByLabel('Wachtwoord', { exact: true }).fill('wat dan ook');
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByRole('alert')).toContainText('Dit bestand is geen Casustafel-kluis.');
  await expect(page.getByRole('alert')).toContainText('Toelichting: Het bestand is leeg.');
  expect(fs.statSync(empty).size).toBe(0);

  // A vault that another Casustafel window holds open is refused as "in use", in Dutch.
  const busyPath = path.join(app.workDir, 'bezet.casustafel');
  app.setNextCreatePath(busyPath);
  await page.getByRole('button', { name: 'Andere kluis kiezen' }).click();
  await page.getByRole('button', { name: 'Nieuwe kluis maken' }).click();
  await page.getByLabel('Wachtwoord', { exact: true }).fill(STRONG);
  await page.getByLabel('Herhaal het wachtwoord').fill(STRONG);
  await page.getByRole('button', { name: 'Kluis maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wie werkt er?' })).toBeVisible();
  app.session.lock('user');
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeVisible();

  const otherWindow = createHandlers({
    runtime: { electron: '-', chrome: '-', node: process.versions.node, platform: process.platform },
    userDataDir: path.join(app.workDir, 'ander-venster'),
    chooseCreatePath: async () => null,
    chooseOpenPath: async () => null,
    saveExportFile: async () => null,
    chooseExportFolder: async () => null,
    chooseHandoverFile: async () => null,
    notifyLocked: () => undefined,
  });
  try {
    otherWindow.session.unlock(busyPath, STRONG);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(STRONG);
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await expect(page.getByRole('alert')).toContainText('Deze kluis is al geopend in een ander Casustafel-venster');
  } finally {
    otherWindow.session.dispose();
  }
});
