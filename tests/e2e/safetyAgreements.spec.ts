import type { Locator, Page } from '@playwright/test';
import { expect, test } from './bridge/fixtures';
import { createVaultThroughUi } from './bridge/flows';
import { addMember, importPartners, newFamily, openTab } from './bridge/registerFlows';

const year = new Date().getFullYear();

/** Keyboard only: focus the field, clear it and type. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

/** Keyboard only: focus the button and press Enter. */
async function press(page: Page, button: Locator): Promise<void> {
  await button.focus();
  await page.keyboard.press('Enter');
}

test('een voorzitter ziet bij acute zorg bovenaan het dossier dat veiligheidsafspraken ontbreken en legt er een vast', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'veiligheidsafspraken.casustafel');

  await importPartners(page);
  await newFamily(page, 'Gezin Mulder');
  await openTab(page, 'Gezin');
  await addMember(page, { role: 'kind', givenName: 'Fenna', familyName: 'Mulder', birthDate: `14-02-${year - 7}` });
  await addMember(page, { role: 'kind', givenName: 'Daan', familyName: 'Mulder', birthDate: `02-09-${year - 4}` });

  // No concern yet: nothing about safety agreements.
  const panel = page.getByRole('region', { name: 'Veiligheidsafspraken' });
  await expect(panel).toHaveCount(0);

  // Acute unsafety answered for Fenna.
  await openTab(page, 'Risicotaxatie');
  await press(page, page.getByRole('button', { name: 'Risicotaxatie van Fenna Mulder starten' }));
  await expect(page.getByRole('heading', { name: 'Risicotaxatie van Fenna Mulder' })).toBeVisible();
  await page.getByRole('group', { name: /^A1 / }).focus();
  await page.keyboard.press('j');

  // At the top of the dossier, whatever tab is open: the alert names Fenna, not her brother.
  await openTab(page, 'Overzicht');
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText('De zorg over Fenna Mulder is acuut en er is nog geen veiligheidsafspraak voor dit kind.');
  await expect(alert).not.toContainText('Daan');
  await app.expectAccessible('dossier met acute zorg zonder veiligheidsafspraken');

  // Added by keyboard: the form opens with its heading in focus and Fenna already chosen.
  await press(page, panel.getByRole('button', { name: 'Veiligheidsafspraak toevoegen' }));
  await expect(panel.getByRole('heading', { name: 'Nieuwe veiligheidsafspraak' })).toBeFocused();
  await expect(panel.getByRole('checkbox', { name: 'Fenna Mulder (acuut)' })).toBeChecked();
  await expect(panel.getByRole('checkbox', { name: 'Daan Mulder' })).not.toBeChecked();
  await expect(panel.getByLabel('Binnen hoeveel dagen')).toHaveValue('3');

  // A term beyond two weeks is refused before anything is written.
  await typeInto(page, panel.getByLabel('Wat houdt het kind nu veilig'), 'Fenna slaapt deze week bij haar tante; de gezinscoach belt elke avond');
  await panel.getByLabel('Wie doet het').focus();
  await panel.getByLabel('Wie doet het').selectOption({ label: 'Het gezin zelf' });
  await typeInto(page, panel.getByLabel('Binnen hoeveel dagen'), '20');
  await press(page, panel.getByRole('button', { name: 'Afspraak vastleggen' }));
  await expect(panel.getByText('Geef een aantal dagen van 0 tot en met 14: een veiligheidsafspraak gaat over nu.')).toBeVisible();

  await typeInto(page, panel.getByLabel('Binnen hoeveel dagen'), '3');
  await typeInto(page, panel.getByLabel('Waarmee de ouders instemden'), 'Moeder brengt Fenna zelf naar haar tante');
  await press(page, panel.getByRole('button', { name: 'Afspraak vastleggen' }));

  const row = panel.getByRole('row', { name: /Fenna slaapt deze week bij haar tante/ });
  await expect(row).toContainText('het gezin');
  await expect(row).toContainText('(over 3 dagen)');
  await expect(row).toContainText('nog niet akkoord: Moeder brengt Fenna zelf naar haar tante');
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Veiligheidsafspraak toevoegen' })).toBeVisible();
  await app.expectAccessible('dossier met een veiligheidsafspraak');
});
