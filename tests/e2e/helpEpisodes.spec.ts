import type { Locator, Page } from '@playwright/test';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { expect, test, type AppHarness } from './bridge/fixtures';
import { createFamily, createVaultThroughUi } from './bridge/flows';
import { openTab } from './bridge/registerFlows';

async function seedOrganisations(app: AppHarness): Promise<void> {
  for (const [name, type] of [
    ['CJG Assen', 'cjg'],
    ['Wijkteam Emmen-Oost', 'wijkteam'],
  ] as const) {
    const result = await dispatch(app.handlers, 'directory:saveOrganisation', { name, type, function: 'duidend', place: '', phone: '', email: '' });
    expect(result.ok).toBe(true);
  }
}

/** A date some days before core's today, as typed in the form (d-m-jjjj). */
function daysAgo(app: AppHarness, days: number): string {
  const d = new Date(app.coreNow() - days * 86_400_000);
  return `${d.getDate()}-${d.getMonth() + 1}-${d.getFullYear()}`;
}

async function addEvent(page: Page, type: string, date: string, from: string, extra: (form: Locator) => Promise<unknown>, added: string): Promise<void> {
  const form = page.getByRole('region', { name: 'Gebeurtenis toevoegen' });
  await form.getByLabel('Soort gebeurtenis').selectOption({ label: type });
  await form.getByLabel('Datum', { exact: true }).fill(date);
  await form.getByLabel('Van organisatie').selectOption({ label: from });
  await extra(form);
  await form.getByRole('button', { name: 'Gebeurtenis toevoegen' }).click();
  await expect(form.getByRole('status')).toContainText(added);
}

test('een hulpvraag van het gezin, dan weigert het gezin: de voorzitter ziet de vraag om drang en kan de stagnatie pas afhandelen met het alternatief', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'episodes.casustafel');
  await seedOrganisations(app);
  await createFamily(page, 'Gezin Mulder');

  await page.getByRole('tab', { name: 'Tijdlijn' }).click();
  // The family asks for help itself: no organisation needed.
  await addEvent(page, 'Signaal', daysAgo(app, 30), 'hulpvraag van het gezin', (form) => form.getByLabel('Naar organisatie').selectOption({ label: 'CJG Assen' }), 'Signaal · hulpvraag van het gezin → CJG Assen is toegevoegd');
  const signals = page.getByRole('region', { name: 'Signalen uit de tijdlijn' });
  await expect(signals).toContainText('Nog geen hulp gestart: 30 dagen');

  // The family refuses the help offered.
  await addEvent(page, 'Stagnatie', daysAgo(app, 10), 'Wijkteam Emmen-Oost', (form) => form.getByLabel('Reden van stagnatie').selectOption({ label: 'gezin weigert' }), 'Stagnatie · Wijkteam Emmen-Oost (gezin weigert) is toegevoegd');
  await expect(signals).toContainText('Het gezin weigert hulp (10 dagen geleden): overweeg drang.');
  const header = page.getByRole('list', { name: 'Signalen uit de tijdlijn' });
  await expect(header).toContainText('overweeg drang');

  // Handling the stagnation without the alternative is refused, naming what is missing.
  await signals.getByRole('button', { name: 'Stagnatie afhandelen' }).click();
  const handle = signals.getByRole('form', { name: /Stagnatie van .* afhandelen/ });
  await handle.getByLabel('Wie pakt het alternatief op').fill('Jeugdhulp De Brug');
  await handle.getByRole('button', { name: 'Markeren als afgehandeld' }).click();
  await expect(handle.getByRole('alert')).toContainText('Nog nodig: welk alternatief is overwogen en wanneer.');
  await expect(signals).toContainText('Stagnatie gemeld op');
  await app.expectAccessible('tijdlijn (stagnatie afhandelen, geweigerd)');

  await handle.getByLabel('Welk alternatief is overwogen').fill('Overbruggingshulp door het wijkteam en een gesprek met de huisarts');
  await handle.getByLabel('Wanneer').fill(daysAgo(app, -7));
  await handle.getByRole('button', { name: 'Markeren als afgehandeld' }).click();
  await expect(signals).toContainText('Afgehandelde stagnatie');
  await expect(signals).toContainText('Overbruggingshulp door het wijkteam');
  await expect(signals.getByRole('button', { name: 'Stagnatie afhandelen' })).toHaveCount(0);
  // Handling the stagnation is not deciding about drang: the prompt stays.
  await expect(header).toContainText('overweeg drang');

  // In Besluiten the chair records why no drang (a reasoned step "vrijwillig"); the prompt goes.
  await openTab(page, 'Besluiten');
  const prompt = page.getByRole('region', { name: /Het gezin weigert hulp/ });
  await expect(prompt).toBeVisible();
  await app.expectAccessible('besluiten (vraag om drang)');
  await prompt.getByRole('button', { name: 'Vastleggen waarom geen drang' }).click();
  const escalation = page.getByRole('form', { name: 'Stap vastleggen' });
  await expect(escalation.getByLabel('Stap')).toHaveValue('vrijwillig');
  await expect(escalation.getByLabel('Aanleiding')).toHaveValue('Gezin weigert hulp');
  await escalation.getByLabel('Besloten door').fill('Sanne de Wit');
  await escalation.getByLabel('Waarom').fill('Moeder staat open voor de huisarts; drang zou het contact nu breken.');
  await escalation.getByRole('button', { name: 'Stap vastleggen' }).click();
  await expect(prompt).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Signalen uit de tijdlijn' })).not.toContainText('overweeg drang');
});
