import { expect, test } from './bridge/fixtures';
import { createVaultThroughUi } from './bridge/flows';
import { newFamily, openTab } from './bridge/registerFlows';

/** dd-mm-jjjj of today plus `days` on this computer. */
function typed(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${String(d.getDate()).padStart(2, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${d.getFullYear()}`;
}

test('een datum op één manier: een kind is niet in de toekomst geboren, een overleg ver terug alleen als het achteraf wordt vastgelegd', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'datums');

  await newFamily(page, 'Gezin Bakker');
  await openTab(page, 'Gezin');
  const form = page.getByRole('region', { name: 'Gezinslid toevoegen' });
  await form.getByLabel('Voornaam').fill('Noor');
  await form.getByLabel('Geboortedatum').fill(typed(3));
  await form.getByRole('button', { name: 'Gezinslid toevoegen' }).click();
  await expect(form.getByText('Een geboortedatum ligt niet in de toekomst.')).toBeVisible();
  await form.getByLabel('Geboortedatum').fill('1-3-1990');
  await form.getByRole('button', { name: 'Gezinslid toevoegen' }).click();
  await expect(form.getByText('Deze datum ligt meer dan 25 jaar in het verleden: dat is geen geboortedatum van een kind.')).toBeVisible();
  await app.expectAccessible('geboortedatum geweigerd');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Overleggen' }).click();
  const newMeeting = page.getByRole('region', { name: 'Nieuw overleg' });
  await newMeeting.getByLabel('Datum').fill(typed(-60));
  await newMeeting.getByRole('button', { name: 'Overleg aanmaken' }).click();
  await expect(newMeeting.getByText(/^Deze datum ligt meer dan 30 dagen in het verleden\./)).toBeVisible();
  await app.expectAccessible('overleg ver terug');
  await newMeeting.getByLabel('Overleg achteraf vastleggen').check();
  await newMeeting.getByRole('button', { name: 'Overleg aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '1-2-3-tje' })).toBeVisible();
});
