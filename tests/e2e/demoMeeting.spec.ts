import { expect, test } from './bridge/fixtures';

/**
 * What a first-time user tries on the demo vault: the 1-2-3-tje on the next working day opens in
 * meeting mode straight away, the projector-safe view has a JGZ event to hide, and the summaries
 * preview shows Veilig Thuis receiving a family without a recorded suspicion only anonymised.
 */
test('de demokluis: het 1-2-3-tje van de volgende werkdag opent in de vergadermodus en de projectorweergave verbergt de JGZ', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: 'Demokluis openen' }).click();
  await page.getByLabel('Naam').fill('Sanne de Wit');
  await page.getByLabel('Organisatie').fill('Wijkteam Emmen');
  await page.getByLabel('Rol', { exact: true }).fill('voorzitter 1-2-3-tje');
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();

  // The search follows the ARIA combobox: nothing is chosen while typing, ↓ goes to the first hit,
  // and each hit names the children and their school, so families of the same name differ.
  const search = page.getByRole('combobox', { name: 'Zoek een gezin' });
  await search.fill('Gezin');
  const options = page.getByRole('option');
  await expect(options.nth(1)).toBeVisible();
  await expect(page.locator('[role="option"][aria-selected="true"]')).toHaveCount(0);
  await search.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('option').filter({ hasText: /School: / }).first()).toBeVisible();
  await search.press('Escape');
  await search.fill('');

  // On Start, the first upcoming meeting is the demo's 1-2-3-tje with three cases.
  const upcoming = page.getByRole('list', { name: 'Komende overleggen' }).getByRole('listitem');
  await expect(upcoming.first()).toContainText('1-2-3-tje');
  await expect(upcoming.first()).toContainText('3 casussen');
  await upcoming.first().getByRole('button').click();
  await page.getByRole('button', { name: 'Vergadermodus openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Vergadermodus: 1-2-3-tje/ })).toBeFocused();
  const attendance = page.getByRole('region', { name: 'Aanwezigheid' });
  await expect(attendance.getByRole('group')).toHaveCount(4);

  await page.getByLabel('Iedereen aan tafel heeft de geheimhouding bevestigd').check();
  await page.getByRole('button', { name: 'Overleg starten' }).click();
  const caseHeading = page.getByRole('heading', { level: 2, name: /^Casus \d van 3/ });
  await expect(caseHeading).toHaveText(/^Casus 1 van 3: Gezin /);
  await expect(page.getByRole('region', { name: 'Wie is betrokken' })).toContainText('JGZ');

  await page.getByRole('button', { name: 'Projectorweergave' }).click();
  await expect(page.getByRole('button', { name: 'Projectorweergave sluiten' })).toBeVisible();
  await expect(page.getByText(/^\d+ gebeurtenis(sen)? onder medisch beroepsgeheim (is|zijn) verborgen/)).toBeVisible();
  await expect(page.getByText(/JGZ-contactmoment/)).toHaveCount(0);
  await app.expectAccessible('vergadermodus (demo, projectorweergave)');
  await page.getByRole('button', { name: 'Projectorweergave sluiten' }).click();
  await expect(page.getByText(/JGZ-contactmoment/).first()).toBeVisible();

  // After the meeting the preview says per recipient what goes: Veilig Thuis gets the families
  // without a recorded suspicion only anonymised, and says why.
  await page.getByRole('button', { name: 'Overleg afronden' }).click();
  await page.getByRole('button', { name: 'Toch afronden' }).click();
  const summaries = page.getByRole('region', { name: 'Samenvattingen per deelnemer' });
  const vtCard = summaries.getByRole('article').filter({ hasText: 'Veilig Thuis' });
  await expect(vtCard.getByText(/^Casus 1 \(anoniem\) — gaat anoniem mee\. Reden: Veilig Thuis zonder vastgelegd vermoeden/)).toBeVisible();
  await expect(vtCard.getByText(/^Achtergehouden — Tijdlijn: .*Reden: bij een anonieme casus gaat de tijdlijn niet mee/).first()).toBeVisible();
  await app.expectAccessible('voorbeeld samenvattingen (demo, Veilig Thuis anoniem)');
});
