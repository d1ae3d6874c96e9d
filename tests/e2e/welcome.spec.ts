import { expect, test } from './bridge/fixtures';

test('het welkomstscherm laadt via de brug en heeft geen toegankelijkheidsfouten', async ({ app }) => {
  const { page } = app;
  await app.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Casustafel' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nieuwe kluis maken' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kluis openen', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Demokluis openen' })).toBeVisible();
  await expect(page.getByText('Op deze computer is nog geen kluis geopend.')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await app.expectAccessible('welkom');
});

test('de taalknop schakelt naar Engels en terug', async ({ app }) => {
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Casustafel' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create new vault' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await app.expectAccessible('welkom (Engels)');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Casustafel' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

test('"Over Casustafel" toont de versie die main meldt', async ({ app }) => {
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: 'Over Casustafel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Over Casustafel' })).toBeFocused();
  const fact = (term: string) => page.locator('.facts__row').filter({ has: page.getByText(term, { exact: true }) }).locator('dd');
  await expect(fact('Versie')).toHaveText(app.version);
  await expect(fact('Node.js')).toHaveText(process.versions.node);
  await app.expectAccessible('over');
  await page.getByRole('button', { name: 'Terug' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Casustafel' })).toBeVisible();
});

test('een kanaal buiten het contract is niet aan te roepen', async ({ app }) => {
  const { page } = app;
  await app.open();
  const result = await page.evaluate(() =>
    (window as unknown as { casustafel: { invoke(c: string, r: unknown): Promise<unknown> } }).casustafel.invoke(
      'fs:readFile',
      { path: '/etc/passwd' },
    ),
  );
  expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  const invalid = await page.evaluate(() =>
    (window as unknown as { casustafel: { invoke(c: string, r: unknown): Promise<unknown> } }).casustafel.invoke(
      'vault:unlock',
      { path: 42 },
    ),
  );
  expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
});
