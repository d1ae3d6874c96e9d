import { expect, test } from './bridge/fixtures';
import { createVaultThroughUi } from './bridge/flows';
import { addMember, newFamily, openTab } from './bridge/registerFlows';

const year = new Date().getFullYear();

test('een jongere vraagt om vernietiging: het dossier is weg, niet meer te vinden, en het logboek toont de vernietiging met de reden', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'vernietigen.casustafel');

  await newFamily(page, 'Gezin Wolterink');
  await openTab(page, 'Gezin');
  await addMember(page, { role: 'ouder', givenName: 'Ilse', familyName: 'Wolterink', birthDate: '03-05-1984' });
  await addMember(page, { role: 'kind', givenName: 'Mees', familyName: 'Wolterink', birthDate: `01-01-${year - 14}` });

  // Findable before.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Start' }).click();
  const search = page.getByRole('combobox', { name: 'Zoek een gezin' });
  await search.fill('Wolterink');
  await expect(page.getByRole('status').filter({ hasText: '1 gezin gevonden' })).toBeVisible();
  await search.press('ArrowDown');
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Gezin Wolterink' })).toBeVisible();

  // The request of the youngster (14), recorded with the decision — keyboard only.
  await openTab(page, 'Inzage en vernietiging');
  const request = page.getByRole('region', { name: 'Verzoek tot vernietiging' });
  await expect(request).toBeVisible();
  await app.expectAccessible('dossier inzage en vernietiging');
  const requester = request.getByLabel('Wie vraagt het');
  await requester.focus();
  await requester.selectOption({ label: 'Mees Wolterink (Jongere (12 jaar of ouder))' });
  await page.keyboard.press('Tab'); // date (today)
  await page.keyboard.press('Tab'); // decision: Toegewezen (checked)
  await expect(request.getByRole('radio', { name: 'Toegewezen' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('geen zwaarwegend belang van een ander');
  await page.keyboard.press('Enter');
  await expect(request.getByText('Verzoek vastgelegd.')).toBeVisible();
  await expect(request.getByRole('listitem').filter({ hasText: 'Jongere (12 jaar of ouder) — Toegewezen' })).toBeVisible();

  // Destroy: the dialog says what happens to backups; the reason is the request; type the name.
  const destroyButton = page.getByRole('button', { name: 'Dossier vernietigen…' });
  await destroyButton.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Dossier definitief vernietigen' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Oudere reservekopieën van deze kluis bevatten de gegevens nog: die worden verwijderd');
  await expect(dialog.getByRole('radio', { name: 'Verzoek van betrokkene' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Verzoek van betrokkene' })).toBeFocused();
  await app.expectAccessible('vernietigen bevestigen');
  await page.keyboard.press('Tab'); // explanation (optional)
  await page.keyboard.press('Tab'); // confirmation
  await page.keyboard.type('Gezin Verkeerd');
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('De bevestiging klopt niet.')).toBeVisible();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Gezin Wolterink');
  await page.keyboard.press('Enter');

  // Back on "Bewaren en vernietigen", with what happened.
  await expect(page.getByRole('heading', { level: 1, name: 'Bewaren en vernietigen' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Dossier vernietigd \(Dossier [0-9a-f]{8}\)\. Oudere reservekopieën verwijderd: \d+; nieuwe reservekopie gemaakt\./ })).toBeVisible();
  const destroyed = page.getByRole('table', { name: 'Vernietigde dossiers en verzoeken' });
  await expect(destroyed).toContainText('Verzoek van betrokkene');
  await expect(destroyed).not.toContainText('Wolterink');
  await expect(page.getByRole('table', { name: 'Verzoeken tot vernietiging' })).toContainText('Jongere (12 jaar of ouder)');
  await app.expectAccessible('bewaren en vernietigen');

  // Not findable any more.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Start' }).click();
  await page.getByRole('combobox', { name: 'Zoek een gezin' }).fill('Wolterink');
  await expect(page.getByRole('status').filter({ hasText: '0 gezinnen gevonden' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Zoek een gezin' }).fill('Mees');
  await expect(page.getByRole('status').filter({ hasText: '0 gezinnen gevonden' })).toBeVisible();

  // The log shows the destruction with its reason, and no name.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Logboek' }).click();
  const entry = page.getByRole('row').filter({ hasText: /Dossier [0-9a-f]{8} vernietigd\. Reden: verzoek van betrokkene, verzoek van \d{4}-\d{2}-\d{2}/ });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText('dossier vernietigd');
  await expect(entry).not.toContainText('Wolterink');
  await app.expectAccessible('logboek na vernietiging');
});
