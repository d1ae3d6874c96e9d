import { expect, test } from './bridge/fixtures';
import { createFamily, createVaultThroughUi, writeNote } from './bridge/flows';

test('na een tijd niets doen: eerst een waarschuwing, dan vergrendelen en alles wissen', async ({ app }) => {
  const { page } = app;
  const marker = `IDLE-MARKER-${Date.now()}`;
  await app.open({ clock: true });
  await createVaultThroughUi(app, 'idle-test');

  await page.getByRole('button', { name: 'Instellingen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
  const minutes = page.getByLabel('Vergrendelen na zoveel minuten niets doen');
  await expect(minutes).toHaveValue('10');
  await minutes.fill('2');
  await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
  await expect(page.getByText('De instellingen zijn opgeslagen.')).toBeVisible();

  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await createFamily(page, 'Gezin Mulder');
  await writeNote(page, `Gesprek gepland, ${marker}`);

  // Let any trailing activity report land, then go to just inside the last minute.
  await app.advanceClock(31_000);
  let left = await app.idleSettled();
  expect(left).toBeGreaterThan(60_000);
  await app.advanceClock(left - 59_000);

  // One minute before the lock: a warning dialog with the focus on "Blijf werken".
  const dialog = page.getByRole('dialog', { name: 'De kluis wordt bijna vergrendeld' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('De kluis wordt over 1 minuut vergrendeld');
  await expect(dialog.getByRole('button', { name: 'Blijf werken' })).toBeFocused();
  await app.expectAccessible('waarschuwing vergrendelen');

  // "Blijf werken" keeps the vault open and starts the count again.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Gezin Mulder' })).toBeVisible();
  expect(app.session.status().state).toBe('unlocked');
  left = await app.idleSettled();
  expect(left).toBeGreaterThan(110_000);

  await app.advanceClock(left - 59_000);
  await expect(dialog).toBeVisible();
  expect(app.session.status().state).toBe('unlocked');
  await app.advanceClock(60_000);

  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'automatisch vergrendeld' })).toBeVisible();
  await expect(page.getByText(marker)).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('Gezin Mulder');
  await expect(page.locator('body')).not.toContainText('Noor Jansen');
  expect(app.session.status().state).toBe('locked');
});

test('vergrendelen door main (bijvoorbeeld slaapstand) wist het scherm en zegt waarom', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'suspend-test');
  await createFamily(page, 'Gezin Smit');
  app.session.lock('suspend');
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'slaapstand' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Gezin Smit');
});
