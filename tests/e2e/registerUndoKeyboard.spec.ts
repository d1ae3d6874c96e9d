import type { Page } from '@playwright/test';
import { expect, test } from './bridge/fixtures';
import { createVaultThroughUi, chooseLanguage } from './bridge/flows';
import { addMember, expectSaved, newFamily, openTab } from './bridge/registerFlows';

async function familyWithNoor(page: Page): Promise<void> {
  await newFamily(page, 'Gezin Brouwer');
  await openTab(page, 'Gezin');
  await addMember(page, { role: 'kind', givenName: 'Noor', familyName: 'Brouwer', birthDate: '04-10-2016' });
}

test('ongedaan maken: de knop zet de laatste wijziging terug, Ctrl+Z buiten een tekstveld ook', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'ongedaan.casustafel');
  await familyWithNoor(page);

  const noor = page.getByRole('group', { name: /^Noor Brouwer / });
  await noor.getByLabel('Voornaam').fill('Noortje');
  await noor.getByLabel('Voornaam').blur();
  await expectSaved(page);
  await expect(page.getByRole('group', { name: /^Noortje Brouwer / })).toBeVisible();

  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Ongedaan gemaakt: / })).toBeVisible();
  await expect(page.getByRole('group', { name: /^Noor Brouwer / }).getByLabel('Voornaam')).toHaveValue('Noor');

  // Ctrl+Z with the focus on a tab (not in a text field) undoes the last saved change: adding Daan.
  await addMember(page, { role: 'kind', givenName: 'Daan', familyName: 'Brouwer', birthDate: '11-11-2013' });
  await page.getByRole('tab', { name: 'Gezin', exact: true }).focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('group', { name: /^Daan Brouwer / })).toHaveCount(0);
  await expect(page.getByRole('group', { name: /^Noor Brouwer / })).toBeVisible();

  // The family log records the undo.
  await openTab(page, 'Logboek');
  await expect(page.getByRole('table', { name: 'Logboek van dit gezin' })).toContainText('wijziging teruggedraaid');
});

test('de tabbladen van het dossier werken met alleen het toetsenbord', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'tabs.casustafel');
  await newFamily(page, 'Gezin Hoekstra');
  await expect(page.getByRole('heading', { level: 1, name: 'Gezin Hoekstra' })).toBeFocused();

  // Tab from the heading reaches the selected tab (the other tabs are not in the Tab order).
  for (let i = 0; i < 6; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.getByRole('tab', { name: 'Overzicht' }).evaluate((el) => el === document.activeElement)) break;
  }
  const groups = page.getByRole('tablist', { name: 'Onderdelen van het dossier' }).getByRole('tab');
  const names = await groups.allTextContents();
  expect(names).toEqual(['Overzicht', 'Gezin en betrokkenen', 'Risicotaxatie', 'Tijdlijn', 'Besluiten en plan', 'Delen en privacy', 'Logboek']);
  await expect(page.getByRole('tab', { name: 'Overzicht' })).toBeFocused();

  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Gezin en betrokkenen' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Gezin en betrokkenen' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'Gezin', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Gezin', exact: true })).toBeVisible();

  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Logboek' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Overzicht' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Logboek' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(page.getByRole('tab', { name: 'Overzicht' })).toBeFocused();
  await page.keyboard.press('ArrowRight');

  // Tab goes from the group to its parts, where the arrow keys move between the parts.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tab', { name: 'Gezin', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Betrokkenen', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'Gezin en betrokkenen' })).toHaveAttribute('aria-selected', 'true');

  // Tab leaves the tablist into the panel, labelled by its tab.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tabpanel', { name: 'Betrokkenen', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Professional of organisatie' })).toBeFocused();
  await app.expectAccessible('dossier, tabbladen met toetsenbord');
});

test('in het Engels: dossier, sociale kaart en overleggen', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'engels.casustafel');
  await familyWithNoor(page);
  await chooseLanguage(page, 'English');
  await expect(page.getByRole('tab', { name: 'Household' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { level: 2, name: 'Children' })).toBeVisible();
  await expect(page.getByRole('group', { name: /^Noor Brouwer child/ }).getByLabel('Date of birth')).toHaveValue('04-10-2016');
  await page.getByRole('tab', { name: 'Overview' }).click();
  await expect(page.getByText('Nobody is involved with Noor.')).toBeVisible();
  await openTab(page, 'Consent');
  await expect(page.getByRole('heading', { level: 3, name: /Noor Brouwer.*Consent missing/ })).toBeVisible();
  await app.expectAccessible('dossier in English');
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Service directory' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Service directory' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Meetings' }).click();
  await expect(page.getByRole('region', { name: 'New meeting' })).toBeVisible();
  await chooseLanguage(page, 'Nederlands');
});
