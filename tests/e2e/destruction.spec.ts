import { dispatch } from '../../electron/core/ipc/dispatch';
import type { Channel } from '../../shared/contract/channels';
import { expect, test } from './bridge/fixtures';
import { createVaultThroughUi, chooseLanguage } from './bridge/flows';
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

test('records past their retention period: select two on the review list and destroy them together (in English)', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'bewaartermijn.casustafel');

  // Two families whose help ended long ago and one still in care, put in through the same handlers.
  const call = async (channel: Channel, payload: unknown) => {
    const result = await dispatch(app.handlers, channel, payload);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
    return result.value as { id: string };
  };
  const org = await call('directory:saveOrganisation', { name: 'Wijkteam Emmen-Zuid', type: 'wijkteam', function: 'duidend', place: '', phone: '', email: '' });
  const family = async (name: string, endedAt: string | null) => {
    const f = await call('families:create', { displayName: name, anonymous: false });
    await call('register:saveInvolvement', {
      familyId: f.id, memberId: null, professionalId: null, organisationId: org.id, role: '', mandate: 'vrijwillig', since: '2001-02-01',
      lastContact: null, virRegistered: 'nee', virDate: null, virBy: '', legalBasis: 'toestemming', endedAt,
    });
  };
  await family('Gezin Hoekstra', '2003-05-31');
  await family('Gezin Mulder', '2004-02-29');
  await family('Gezin Dijkstra', null);

  await chooseLanguage(page, 'English');
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Retention and destruction' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Retention and destruction' })).toBeVisible();
  const review = page.getByRole('table', { name: 'Records to review' });
  // Past their period first; the family still in care is not on the list of records due.
  await expect(review.getByRole('row')).toHaveCount(3);
  await expect(review.getByRole('row').nth(1)).toContainText('Gezin Hoekstra');
  // 29 February 2004 + 20 years is 29 February 2024 (a leap year).
  await expect(review.getByRole('row').filter({ hasText: 'Gezin Mulder' })).toContainText(/29 Feb(ruary)? 2024/);
  await expect(review).not.toContainText('Gezin Dijkstra');
  await app.expectAccessible('retention screen in English');

  // Keyboard: tick both, open the dialog, type the number.
  await review.getByRole('checkbox', { name: 'Select Gezin Hoekstra' }).focus();
  await page.keyboard.press('Space');
  await review.getByRole('checkbox', { name: 'Select Gezin Mulder' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Destroy 2 records…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Destroy 2 records permanently' });
  await expect(dialog.getByRole('radio', { name: 'Retention period ended' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Request of the person concerned' })).toHaveCount(0);
  await app.expectAccessible('destroy dialog in English');
  await dialog.getByLabel('To confirm, type the number of records: 2').fill('2');
  await dialog.getByRole('button', { name: 'Destroy permanently' }).click();

  await expect(page.getByRole('status').filter({ hasText: /^2 records destroyed \(Dossier [0-9a-f]{8}, Dossier [0-9a-f]{8}\)\./ })).toBeVisible();
  await expect(page.getByText('No records to review.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Destroyed records and requests' }).getByRole('row')).toHaveCount(3);
  await page.getByLabel('Show').selectOption({ label: 'All records' });
  await expect(page.getByRole('table', { name: 'Records to review' })).toContainText('Gezin Dijkstra');
  await app.expectAccessible('retention screen after destruction');
});
