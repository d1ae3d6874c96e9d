import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { expect, test, type AppHarness } from './bridge/fixtures';
import { createFamily, createVaultThroughUi } from './bridge/flows';

/** The partners of this story, put in the directory through core (the directory screen has its own tests). */
async function seedOrganisations(app: AppHarness): Promise<void> {
  for (const [name, type] of [
    ['CJG Assen', 'cjg'],
    ['Wijkteam Emmen-Oost', 'wijkteam'],
    ['Veilig Thuis Drenthe', 'veilig_thuis'],
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

async function addReferral(page: Page, date: string, from: string, to: string, status: string, reason = ''): Promise<void> {
  const form = page.getByRole('region', { name: 'Gebeurtenis toevoegen' });
  await form.getByLabel('Soort gebeurtenis').selectOption({ label: 'Verwijzing' });
  await form.getByLabel('Datum', { exact: true }).fill(date);
  await form.getByLabel('Van organisatie').selectOption({ label: from });
  await form.getByLabel('Naar organisatie').selectOption({ label: to });
  await form.getByLabel('Status van de verwijzing').selectOption({ label: status });
  if (reason) await form.getByLabel('Reden').fill(reason);
  await form.getByRole('button', { name: 'Gebeurtenis toevoegen' }).click();
  await expect(form.getByRole('status')).toContainText(`Verwijzing · ${from} → ${to} (${status}) is toegevoegd`);
}

test('een verwijzing heen, een terugverwijzing en een nieuwe verwijzing: de ping-pong-waarschuwing en de pijlen staan in het dossier', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'tijdlijn.casustafel');
  await seedOrganisations(app);
  await createFamily(page, 'Gezin Hofstee');

  await page.getByRole('tab', { name: 'Tijdlijn' }).click();
  await expect(page.getByText('Er staat nog niets op de tijdlijn van dit gezin.')).toBeVisible();
  await expect(page.getByText('Geen aanwijzingen voor heen-en-weer schuiven')).toBeVisible();

  await addReferral(page, daysAgo(app, 40), 'CJG Assen', 'Wijkteam Emmen-Oost', 'verstuurd');
  await addReferral(page, daysAgo(app, 30), 'Wijkteam Emmen-Oost', 'CJG Assen', 'teruggelegd', 'Past niet bij ons aanbod');
  await addReferral(page, daysAgo(app, 20), 'CJG Assen', 'Veilig Thuis Drenthe', 'verstuurd');

  const signals = page.getByRole('region', { name: 'Signalen uit de tijdlijn' });
  await expect(signals).toContainText('Heen-en-weer geschoven');
  await expect(signals).toContainText('CJG Assen → Wijkteam Emmen-Oost → CJG Assen');
  // Sent 20 days ago and nobody answered: stagnation (14 days).
  await expect(signals).toContainText('Verwijzing naar Veilig Thuis Drenthe staat 20 dagen open zonder reactie.');

  // The picture: three arrows, the first two a zig-zag between the CJG and wijkteam lanes.
  const arrows = page.locator('svg.tl-chart path.tl-arrow');
  await expect(arrows).toHaveCount(3);
  const routes = await arrows.evaluateAll((paths) => paths.map((p) => `${p.getAttribute('data-arrow-from')} → ${p.getAttribute('data-arrow-to')}`));
  expect(routes).toEqual(['CJG Assen → Wijkteam Emmen-Oost', 'Wijkteam Emmen-Oost → CJG Assen', 'CJG Assen → Veilig Thuis Drenthe']);
  await expect(page.locator('svg.tl-chart path.tl-arrow--teruggelegd')).toHaveCount(1);

  // The harness can measure the first render.
  expect(await page.evaluate(() => performance.getEntriesByName('casustafel:timeline:first-render').length)).toBeGreaterThan(0);

  await app.expectAccessible('tijdlijn (beeld)');

  // Keyboard: into the picture, to the next event, Enter opens its details.
  const events = page.locator('svg.tl-chart [role="button"]');
  await events.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(events.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: /Details van de gebeurtenis/ });
  await expect(details).toContainText('Wijkteam Emmen-Oost → CJG Assen (teruggelegd)');
  await expect(details.getByLabel('Reden')).toHaveValue('Past niet bij ons aanbod');

  // The same events as an accessible table.
  await page.getByRole('radio', { name: 'tabel' }).check();
  const table = page.getByRole('table', { name: /Tijdlijn als tabel \(3 gebeurtenissen\)/ });
  await expect(table.getByRole('row')).toHaveCount(1 + 3);
  await app.expectAccessible('tijdlijn (tabel)');
  await page.getByRole('radio', { name: 'beeld' }).check();

  // Export as SVG, written through main's save dialog (the app never downloads): the file carries
  // the arrows, and the export is in the family's log.
  await page.getByRole('button', { name: 'Exporteer als SVG' }).click();
  await expect(page.getByText(/^Opgeslagen als tijdlijn-\d{4}-\d{2}-\d{2}\.svg$/)).toBeVisible();
  expect(app.savedExports).toHaveLength(1);
  const svgPath = app.savedExports[0]!;
  expect(path.basename(svgPath)).toMatch(/^tijdlijn-\d{4}-\d{2}-\d{2}\.svg$/);
  const svg = fs.readFileSync(svgPath, 'utf8');
  expect(svg).toContain('<svg');
  expect(svg.match(/class="tl-arrow /g)?.length).toBe(3);
  // And as PNG, for a summary that cannot hold an SVG.
  await page.getByRole('button', { name: 'Exporteer als PNG' }).click();
  await expect(page.getByText(/^Opgeslagen als tijdlijn-\d{4}-\d{2}-\d{2}\.png$/)).toBeVisible();
  expect(app.savedExports).toHaveLength(2);
  const pngPath = app.savedExports[1]!;
  expect(path.basename(pngPath)).toMatch(/^tijdlijn-\d{4}-\d{2}-\d{2}\.png$/);
  expect(fs.readFileSync(pngPath).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  // Cancelling the save dialog writes nothing and reports nothing.
  app.cancelNextExport();
  await page.getByRole('button', { name: 'Exporteer als SVG' }).click();
  await expect.poll(() => app.exportDialogs.length).toBe(3);
  await expect(page.getByText(/^Opgeslagen als/)).toHaveCount(0);
  expect(app.savedExports).toHaveLength(2);
  const log = await dispatch(app.handlers, 'audit:list', { familyId: null, limit: 50 });
  expect(log.ok && (log.value as { action: string }[]).some((e) => e.action === 'export')).toBe(true);
});

test('een gezin met 1 000 gebeurtenissen: beeld en tabel tekenen alleen wat zichtbaar is', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'lang.casustafel');
  await seedOrganisations(app);
  await createFamily(page, 'Gezin Veenstra');
  const directory = await dispatch(app.handlers, 'directory:list', undefined);
  const orgs = directory.ok ? (directory.value as { organisations: { id: string }[] }).organisations.map((o) => o.id) : [];
  const families = await dispatch(app.handlers, 'register:recentFamilies', { limit: 1 });
  const familyId = families.ok ? (families.value as { familyId: string }[])[0]!.familyId : '';
  const today = new Date(app.coreNow());
  for (let i = 0; i < 1000; i++) {
    const d = new Date(today.getTime() - i * 86_400_000);
    const result = await dispatch(app.handlers, 'timeline:save', {
      familyId,
      type: i % 3 === 0 ? 'verwijzing' : 'notitie',
      date: d.toISOString().slice(0, 10),
      organisationId: orgs[i % 3],
      toOrganisationId: i % 3 === 0 ? orgs[(i + 1) % 3] : null,
      referralStatus: i % 3 === 0 ? 'geaccepteerd' : null,
      statusDate: null,
      reason: '',
      stagnationReason: null,
      consentStatus: null,
      escalationStep: null,
      noticedBy: '',
      summary: `Gebeurtenis ${i + 1}`,
      legalBasis: 'noodzakelijk_betrokkenen',
      memberIds: [],
    });
    expect(result.ok).toBe(true);
  }

  await page.getByRole('tab', { name: 'Tijdlijn' }).click();
  const chart = page.locator('svg.tl-chart');
  await expect(chart).toHaveAttribute('aria-label', /1000 gebeurtenissen/);
  // Zoomed in to a month, only that month's events exist in the picture.
  await page.getByRole('button', { name: 'Inzoomen' }).click();
  await page.getByRole('button', { name: 'Inzoomen' }).click();
  await page.getByRole('button', { name: 'Inzoomen' }).click();
  await expect(page.getByText(/^maand ·/)).toBeVisible();
  expect(Number(await chart.getAttribute('data-visible-events'))).toBeLessThan(40);

  await page.getByRole('radio', { name: 'tabel' }).check();
  const table = page.getByRole('table', { name: /1000 gebeurtenissen/ });
  await expect(table).toHaveAttribute('aria-rowcount', '1001');
  expect(await table.locator('tbody tr:not(.tl-spacer)').count()).toBeLessThan(50);
  // Oldest first; the newest row exists only once scrolled to the end.
  await expect(table.getByRole('cell', { name: 'Gebeurtenis 1000', exact: true })).toBeVisible();
  await expect(table.getByRole('cell', { name: 'Gebeurtenis 1', exact: true })).toHaveCount(0);
  await page.locator('.tl-table-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(table.getByRole('cell', { name: 'Gebeurtenis 1', exact: true })).toBeVisible();
  await app.expectAccessible('tijdlijn (1 000 gebeurtenissen, tabel)');
});

test('de demokluis heeft een tijdlijn: banen per kind, filter op soort, en zonder fouten voor schermlezers', async ({ app }) => {
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: 'Demokluis openen' }).click();
  await page.getByLabel('Naam').fill('Sanne de Wit');
  await page.getByLabel('Organisatie').fill('Wijkteam Emmen');
  await page.getByLabel('Rol', { exact: true }).fill('voorzitter 1-2-3-tje');
  await page.getByRole('button', { name: 'Verder' }).click();
  const families = page.getByRole('list', { name: 'Laatst bijgewerkte gezinnen' }).getByRole('listitem');
  await families.first().getByRole('button').click();
  await page.getByRole('tab', { name: 'Tijdlijn' }).click();

  const chart = page.locator('svg.tl-chart');
  await expect(chart).toBeVisible();
  const total = Number((await chart.getAttribute('aria-label'))?.match(/(\d+) gebeurtenissen/)?.[1]);
  expect(total).toBeGreaterThan(3);
  await expect(page.getByRole('region', { name: 'Signalen uit de tijdlijn' })).toContainText('Kerncijfers');

  await page.getByRole('radio', { name: 'kind' }).check();
  await expect(page.locator('svg.tl-chart .tl-lane-label').first()).toBeVisible();
  await app.expectAccessible('tijdlijn (demo, per kind)');

  await page.getByLabel('Soort', { exact: true }).selectOption({ label: 'Signaal' });
  const filtered = page.locator('svg.tl-chart [role="button"]');
  const labels = await filtered.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  expect(labels.every((l) => l.includes('Signaal'))).toBe(true);
});
