import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './bridge/fixtures';
import { STRONG_PASSPHRASE } from './bridge/flows';

/** Presses Tab until the focused element has this accessible name (label or text); fails after 40 presses. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null;
      return (el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? '').trim();
    });
    if (focused === name) return;
  }
  throw new Error(`Met Tab niet bij "${name}" gekomen`);
}

test('de hele kluis-maakstroom werkt met alleen het toetsenbord', async ({ app }) => {
  const { page } = app;
  await app.open();

  // The skip link is the first stop and moves focus to the content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Direct naar de inhoud' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  app.setNextCreatePath(path.join(app.workDir, 'toetsenbord'));
  await tabTo(page, 'Nieuwe kluis maken');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe kluis maken' })).toBeFocused();

  await tabTo(page, 'Wachtwoord');
  await page.keyboard.type(STRONG_PASSPHRASE);
  await tabTo(page, 'Herhaal het wachtwoord');
  await page.keyboard.type(STRONG_PASSPHRASE);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Wie werkt er?' })).toBeFocused();
  await tabTo(page, 'Naam');
  await page.keyboard.type('Daan Visser');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Wijkteam Emmen');
  await page.keyboard.press('Tab');
  await page.keyboard.type('voorzitter ZAT');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeFocused();
  await tabTo(page, 'Naam van het gezin');
  await page.keyboard.type('Gezin Postma');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Gezin Postma' })).toBeFocused();
  await tabTo(page, 'Notitie');
  await page.keyboard.type('Alles met het toetsenbord vastgelegd.');
  await expect(page.getByText(/^Opgeslagen om \d{2}:\d{2}$/)).toBeVisible();

  // Tab onwards wraps round to the header, where the lock button is.
  await tabTo(page, 'Vergrendelen');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeFocused();
  expect(app.session.status().state).toBe('locked');
});
