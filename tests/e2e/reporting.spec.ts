import fs from 'node:fs';
import { expect, test } from './bridge/fixtures';

/**
 * The Rapportage screen on the demo vault: a period and a grouping give the indicators as an
 * accessible table, each chart with the same figures in a table beside it, small numbers shown as
 * "< 5"; the CSV export goes through the save dialog and holds no family name.
 */
test('rapportage: indicatoren per school, grafieken met tabellen, en een CSV zonder namen', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: 'Demokluis openen' }).click();
  await page.getByLabel('Naam').fill('Sanne de Wit');
  await page.getByLabel('Organisatie').fill('Gemeente Emmen');
  await page.getByLabel('Rol', { exact: true }).fill('beleidsmedewerker');
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();

  await page.getByRole('button', { name: 'Rapportage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rapportage' })).toBeVisible();
  const year = new Date().getFullYear();
  await page.getByLabel('Van').fill('31-02-2025');
  await page.getByRole('button', { name: 'Toon rapportage' }).click();
  await expect(page.getByText('Deze datum bestaat niet.')).toBeVisible();

  await page.getByLabel('Van').fill(`01-01-${year - 2}`);
  await page.getByLabel('Per').selectOption({ label: 'school' });
  await page.getByRole('button', { name: 'Toon rapportage' }).click();

  const indicators = page.getByRole('table', { name: 'Indicatoren' });
  await expect(indicators).toBeVisible();
  await expect(indicators.getByRole('columnheader', { name: 'Totaal' })).toBeVisible();
  await expect(indicators.getByRole('row', { name: /Besproken casussen/ })).toBeVisible();
  await expect(indicators.getByText('< 5').first()).toBeVisible();
  await expect(page.getByRole('img', { name: /besprekingen, nieuwe signalen en hulp gestart per maand/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Verloop per maand' })).toBeVisible();
  await expect(page.getByRole('img', { name: /aantal gezinnen per aantal dagen/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Dagen van eerste signaal tot hulp' })).toBeVisible();
  await app.expectAccessible('rapportage per school (demo)');

  await page.getByRole('button', { name: 'Exporteer als CSV' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen als rapportage-.*-per-school\.csv/ })).toBeVisible();
  const csv = fs.readFileSync(app.savedExports.at(-1)!, 'utf8');
  expect(csv.startsWith('\uFEFFRapportage Casustafel')).toBe(true);
  expect(csv).not.toMatch(/Gezin /);
  expect(csv).not.toMatch(/\d{4}-\d{2}-\d{2}/);
});
