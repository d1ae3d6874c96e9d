import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './bridge/fixtures';
import { createVaultThroughUi, enterOperator, STRONG_PASSPHRASE, chooseLanguage } from './bridge/flows';

const NEW_PASSPHRASE = 'zeven zwaluwen bouwen nesten onder de brug bij Emmen';

test('instellingen: wachtwoord wijzigen, reservekopie maken en logboek controleren', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'instellingen-test');
  await page.getByRole('button', { name: 'Instellingen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeFocused();
  await expect(page.getByLabel('Vergrendelen na zoveel minuten niets doen')).toHaveValue('10');
  await app.expectAccessible('instellingen');

  const current = page.getByLabel('Huidig wachtwoord');
  const next = page.getByLabel('Nieuw wachtwoord', { exact: true });
  const repeat = page.getByLabel('Herhaal het nieuwe wachtwoord');
  const change = page.getByRole('button', { name: 'Wachtwoord wijzigen' });

  await current.fill('niet het huidige wachtwoord');
  await next.fill(NEW_PASSPHRASE);
  await repeat.fill(NEW_PASSPHRASE);
  await change.click();
  await expect(current).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toContainText('Het wachtwoord klopt niet');

  await current.fill(STRONG_PASSPHRASE);
  await next.fill('zomer2024');
  await repeat.fill('zomer2024');
  await change.click();
  await expect(next).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toContainText('te zwak');

  await next.fill(NEW_PASSPHRASE);
  await repeat.fill(`${NEW_PASSPHRASE}!`);
  await change.click();
  await expect(repeat).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toContainText('niet gelijk');

  await repeat.fill(NEW_PASSPHRASE);
  await change.click();
  await expect(page.getByText('Het wachtwoord is gewijzigd. Het oude wachtwoord werkt niet meer.')).toBeVisible();

  await page.getByRole('button', { name: 'Reservekopie maken' }).click();
  await expect(page.getByText(/Reservekopie gemaakt en gecontroleerd: .+\.casustafel\./)).toBeVisible();
  await expect(page.getByText('Er zijn nog geen reservekopieën.')).toHaveCount(0);

  // Restore the newest backup into a new file; the open vault stays as it is.
  await expect(page.getByLabel('Welke reservekopie')).toBeVisible();
  await page.getByRole('button', { name: 'Terugzetten in nieuw bestand' }).click();
  await expect(page.getByRole('alert')).toContainText('Vul het wachtwoord van de reservekopie in.');
  await page.getByLabel('Wachtwoord van de reservekopie').fill(NEW_PASSPHRASE);
  app.setNextCreatePath(path.join(app.workDir, 'teruggezet.casustafel'));
  await page.getByRole('button', { name: 'Terugzetten in nieuw bestand' }).click();
  await expect(page.getByText('Teruggezet en gecontroleerd: teruggezet.casustafel.', { exact: false })).toBeVisible();
  expect(fs.existsSync(path.join(app.workDir, 'teruggezet.casustafel'))).toBe(true);

  await page.getByRole('button', { name: 'Logboek controleren' }).click();
  await expect(page.getByText(/Het logboek is in orde: \d+ regels gecontroleerd\./)).toBeVisible();
  await app.expectAccessible('instellingen na acties');

  // The old passphrase no longer opens the vault; the new one does.
  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  const unlock = page.getByLabel('Wachtwoord', { exact: true });
  await unlock.fill(STRONG_PASSPHRASE);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByRole('alert')).toContainText('Het wachtwoord klopt niet');
  await unlock.fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await enterOperator(page);
});

test('de app in het Engels: kluis maken en de fout bij een zwak wachtwoord', async ({ app }) => {
  const { page } = app;
  await app.open();
  await chooseLanguage(page, 'English');
  app.setNextCreatePath(`${app.workDir}/english.casustafel`);
  await page.getByRole('button', { name: 'Create new vault' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create new vault' })).toBeFocused();
  await page.getByLabel('Passphrase', { exact: true }).fill('welkom123');
  await page.getByLabel('Repeat the passphrase').fill('welkom123');
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByRole('alert')).toContainText('This passphrase is too weak for data about children.');
  await app.expectAccessible('create (English)');
  // The choice survives a reload (it is a display preference, kept outside the vault).
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Casustafel' })).toBeVisible();
});
