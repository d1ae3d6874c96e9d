import type { Locator, Page } from '@playwright/test';
import { expect, test } from './bridge/fixtures';
import { createVaultThroughUi, DEFAULT_OPERATOR, enterOperator, STRONG_PASSPHRASE } from './bridge/flows';
import { addMember, importPartners, newFamily, openTab } from './bridge/registerFlows';

const DAY = 86_400_000;
const year = new Date().getFullYear();

/** dd-mm-jjjj of today plus `days`. */
function dutchDay(days: number): string {
  const d = new Date(Date.now() + days * DAY);
  return `${String(d.getDate()).padStart(2, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${d.getFullYear()}`;
}

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

test('een voorzitter legt het gezinsplan vast, met een afspraak van oma en een advies van Veilig Thuis, en ziet een week later de verlopen afspraak in het overzicht', async ({ app }) => {
  // A long scenario with four accessibility scans: a week of a chair's work.
  test.setTimeout(180_000);
  const { page } = app;
  await app.open({ clock: true });
  await createVaultThroughUi(app, 'gezinsplan.casustafel');

  // The first session: the overview of what is due is on Start, and says so.
  const digest = page.getByRole('region', { name: 'Sinds je laatste sessie' });
  await expect(digest).toContainText('Je eerste sessie');
  await app.expectAccessible('overzicht sinds de laatste sessie (eerste sessie)');

  await importPartners(page);
  await newFamily(page, 'Gezin Smit');
  await openTab(page, 'Gezin');
  await addMember(page, { role: 'kind', givenName: 'Sanne', familyName: 'Smit', birthDate: `03-05-${year - 9}` });

  // The family's own view, in their words.
  await openTab(page, 'Gezinsplan');
  await expect(page.getByRole('status').filter({ hasText: 'Concept: dit plan is nog niet vastgesteld.' })).toBeVisible();
  const view = page.getByRole('region', { name: 'Het gezin aan het woord' });
  await typeInto(page, view.getByLabel('Zo ziet het gezin het (in eigen woorden)'), 'Het is thuis te druk sinds papa weg is; we willen weer rust.');
  await typeInto(page, view.getByLabel('Besproken met de ouders op'), dutchDay(0));
  await press(page, view.getByRole('button', { name: 'Opslaan' }));
  await expect(view.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();

  // The grandmother is part of the network and takes on an agreement.
  const network = page.getByRole('region', { name: 'Netwerk' });
  await typeInto(page, network.getByLabel('Naam'), 'Wil de Vries');
  await typeInto(page, network.getByLabel('Relatie tot het gezin'), 'oma');
  await typeInto(page, network.getByLabel('Wat doet deze persoon'), 'Haalt Sanne op dinsdag op van school');
  await press(page, network.getByRole('button', { name: 'Toevoegen aan het netwerk' }));
  await expect(network.getByRole('cell', { name: 'Wil de Vries', exact: true })).toBeVisible();

  const agreements = page.getByRole('region', { name: 'Afspraken' });
  await typeInto(page, agreements.getByLabel('Wat is er afgesproken'), 'Sanne ophalen en samen huiswerk maken');
  await agreements.getByLabel('Wie doet het').focus();
  await agreements.getByLabel('Wie doet het').selectOption({ label: 'Netwerk: Wil de Vries (oma)' });
  await typeInto(page, agreements.getByLabel('Uiterlijk op'), dutchDay(2));
  await press(page, agreements.getByRole('button', { name: 'Afspraak toevoegen' }));
  await expect(agreements.getByRole('row', { name: /Sanne ophalen en samen huiswerk maken/ })).toContainText('Wil de Vries (oma)');
  await app.expectAccessible('gezinsplan');

  // Agreed with the mother: version 1.
  const agree = page.getByRole('region', { name: 'Plan vaststellen' });
  await typeInto(page, agree.getByLabel('Naam 1'), 'Linda Smit');
  await typeInto(page, agree.getByLabel('Rol (moeder, kind, regisseur…) 1'), 'moeder');
  await press(page, agree.getByRole('button', { name: 'Plan vaststellen' }));
  await expect(agree.getByRole('status').filter({ hasText: 'Versie 1 is vastgesteld.' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Vastgesteld: versie 1 van / })).toBeVisible();

  // A consultation with Veilig Thuis before the afwegingskader, after acute unsafety is answered.
  await openTab(page, 'Risicotaxatie');
  await press(page, page.getByRole('button', { name: 'Risicotaxatie van Sanne Smit starten' }));
  await expect(page.getByRole('heading', { name: 'Risicotaxatie van Sanne Smit' })).toBeVisible();
  await page.getByRole('group', { name: /^A1 / }).focus();
  await page.keyboard.press('j');
  const meldcode = page.getByRole('region', { name: 'Meldcode: stap 2 en 3 per professional' });
  await expect(meldcode.getByRole('status')).toContainText('De risicotaxatie vraagt om de Meldcode (acute of structurele onveiligheid)');
  await meldcode.getByLabel('Stap', { exact: true }).focus();
  await meldcode.getByLabel('Stap', { exact: true }).selectOption({ label: 'Advies van Veilig Thuis' });
  await meldcode.getByLabel('Anoniem gevraagd (zonder naam van het gezin)').focus();
  await page.keyboard.press('Space');
  await typeInto(page, meldcode.getByLabel('Met wie (collega, adviseur, wie was bij het gesprek)'), 'adviseur Veilig Thuis Drenthe');
  await typeInto(page, meldcode.getByLabel('Wat kwam eruit'), 'Advies: eerst een gesprek met moeder, daarna opnieuw wegen.');
  await press(page, meldcode.getByRole('button', { name: 'Overleg of gesprek vastleggen' }));
  await expect(meldcode.getByRole('listitem').filter({ hasText: 'Advies van Veilig Thuis' })).toContainText('(anoniem)');
  await expect(meldcode.getByRole('status')).toContainText('gesprek met ouder en kind');
  await app.expectAccessible('risicotaxatie met Meldcodestappen');

  // Locked; a week later the chair unlocks and sees the grandmother's agreement overdue.
  await press(page, page.getByRole('button', { name: 'Vergrendelen' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeFocused();
  await app.advanceClock(7 * DAY);
  await typeInto(page, page.getByLabel('Wachtwoord', { exact: true }), STRONG_PASSPHRASE);
  await page.keyboard.press('Enter');
  await enterOperator(page, DEFAULT_OPERATOR);
  // One line per family with its counts; the line opens (keyboard) to its items.
  const later = page.getByRole('region', { name: 'Sinds je laatste sessie' });
  const smit = later.getByRole('button', { name: /^Gezin Smit — 1 actie te laat/ });
  await expect(smit).toHaveAttribute('aria-expanded', 'false');
  await press(page, smit);
  await expect(smit).toHaveAttribute('aria-expanded', 'true');
  await expect(later).toContainText('Actie: Sanne ophalen en samen huiswerk maken, wie: Wil de Vries (oma) — 5 dagen te laat');
  await app.expectAccessible('overzicht sinds de laatste sessie (een week later)');
  await press(page, later.getByRole('button', { name: 'Dossier van Gezin Smit openen' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Gezin Smit' })).toBeVisible();
});
