import fs from 'node:fs';
import path from 'node:path';
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

test('het venster kan geen kluis met een pad maken of openen: alleen met een token van main', async ({ app }) => {
  const { page } = app;
  await app.open();
  const invoke = (channel: string, request: unknown) =>
    page.evaluate(
      ([c, r]) => (window as unknown as { casustafel: { invoke(c: string, r: unknown): Promise<unknown> } }).casustafel.invoke(c, r),
      [channel, request] as const,
    );
  const before = fs.readdirSync(app.workDir);
  for (const token of ['kluis.casustafel', `${app.workDir}/absoluut.casustafel`]) {
    const made = await invoke('vault:create', { token, passphrase: 'fietsbel regenjas molenwiek appeltaart', passphraseRepeat: 'fietsbel regenjas molenwiek appeltaart' });
    expect(made).toMatchObject({ ok: false, error: { code: 'invalid_request', detail: expect.stringContaining('Deze kluis is niet gekozen in Casustafel') } });
  }
  expect(fs.readdirSync(app.workDir)).toEqual(before);
  // A token main handed out does work (here registered by the test, as a dialog would).
  const file = path.join(app.workDir, 'via-token.casustafel');
  const made = await invoke('vault:create', { token: app.vaultToken(file), passphrase: 'fietsbel regenjas molenwiek appeltaart', passphraseRepeat: 'fietsbel regenjas molenwiek appeltaart' });
  expect(made).toMatchObject({ ok: true, value: { fileName: 'via-token.casustafel' } });
});
