import type { Page } from '@playwright/test';
import { expect, test } from './bridge/fixtures';
import { enterOperator } from './bridge/flows';

/**
 * The frame a chair works in, measured from bounding boxes at the usual school laptop and at a
 * 1080p screen: little chrome, navigation that does not wrap, a page that never scrolls itself (the
 * screen scrolls in its own pane), the dossier's header and tabs in the first glance.
 * With CASUSTAFEL_SHOTS_DIR set it also saves what it measured, for a person to look at.
 */
const SHOTS = process.env.CASUSTAFEL_SHOTS_DIR;
const SIZES = [
  [1366, 768],
  [1920, 1080],
] as const;

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/workspace-${name}.png` });
}

async function box(page: Page, locator: ReturnType<Page['locator']>) {
  const b = await locator.boundingBox();
  expect(b, 'element is laid out').not.toBeNull();
  return b!;
}

async function pageScrolls(page: Page): Promise<boolean> {
  return page.evaluate(() => (document.scrollingElement?.scrollHeight ?? 0) > window.innerHeight + 1);
}

async function openDemo(page: Page, open: () => Promise<void>): Promise<void> {
  await open();
  await page.getByRole('button', { name: 'Demokluis openen' }).click();
  await enterOperator(page, { name: 'Sanne de Wit', organisation: 'Wijkteam Emmen', role: 'voorzitter 1-2-3-tje' });
  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();
}

for (const [width, height] of SIZES) {
  const size = `${width}x${height}`;

  test(`werkplek ${size}: Start en de schermen in het menu hebben weinig rand, een menu dat niet omslaat en een pagina die zelf niet scrolt`, async ({ app }) => {
    const { page } = app;
    await page.setViewportSize({ width, height });
    await openDemo(page, () => app.open());

    await shot(page, `start-${size}`);
    const topBar = await box(page, page.getByRole('banner'));
    expect(topBar.y).toBe(0);
    expect(topBar.height / height, 'top bar share of the height').toBeLessThanOrEqual(0.12);
    // The main content starts right under the top bar.
    const main = await box(page, page.getByRole('main'));
    expect(main.y).toBeLessThanOrEqual(topBar.height + 1);
    expect(main.y + main.height).toBeLessThanOrEqual(height + 1);

    // Every entry of the side bar on one line and on screen, none below the fold.
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const entries = nav.getByRole('button');
    expect(await entries.count()).toBeGreaterThanOrEqual(9);
    for (const entry of await entries.all()) {
      const b = await box(page, entry);
      expect(b.height, `${await entry.textContent()} stays on one line`).toBeLessThanOrEqual(52);
      expect(b.y + b.height).toBeLessThanOrEqual(height);
    }
    expect(await pageScrolls(page)).toBe(false);
    await app.expectAccessible(`start ${size}`);

    // Opvolging: the frame stays, only the pane scrolls.
    await nav.getByRole('button', { name: 'Opvolging' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Opvolging' })).toBeVisible();
    expect(await pageScrolls(page)).toBe(false);
    await expect(page.getByRole('banner')).toBeInViewport();
    await shot(page, `opvolging-${size}`);

    // Collapsed, the side bar keeps every entry by name and gives the width to the screen.
    await nav.getByRole('button', { name: 'Menu inklappen' }).click();
    const collapsed = await box(page, nav);
    expect(collapsed.width).toBeLessThanOrEqual(64);
    await expect(nav.getByRole('button', { name: 'Sociale kaart' })).toBeVisible();
    await nav.getByRole('button', { name: 'Menu uitklappen' }).click();
    expect((await box(page, nav)).width).toBeGreaterThan(150);
  });

  test(`werkplek ${size}: een dossier toont kinderen met hun zorgniveau, regie en acties in de kop en de tabbladen op één rij`, async ({ app }) => {
    const { page } = app;
    await page.setViewportSize({ width, height });
    await openDemo(page, () => app.open());

    const search = page.getByRole('combobox', { name: 'Zoek een gezin' });
    await search.fill('De Wit');
    await page.getByRole('option', { name: /Gezin De Wit/ }).first().click();
    const heading = page.getByRole('heading', { level: 1, name: /Gezin De Wit/ });
    await expect(heading).toBeVisible();
    await shot(page, `dossier-${size}`);

    const topBar = await box(page, page.getByRole('banner'));
    expect(topBar.height / height, 'chrome share of the height').toBeLessThanOrEqual(0.12);

    // The header: every child with a level or "niet getaxeerd", then the facts line.
    const children = page.getByRole('list', { name: 'Kinderen en hun zorgniveau' }).getByRole('listitem');
    expect(await children.count()).toBeGreaterThanOrEqual(1);
    for (const child of await children.all()) await expect(child).toContainText(/laag|verhoogd|hoog|acuut|niet getaxeerd|verwacht/);
    const facts = page.getByRole('list', { name: 'Stand van zaken' });
    await expect(facts).toContainText(/Regie: |Eigen regie|Geen regisseur/);
    await expect(facts).toContainText(/acties? open/);
    await expect(facts).toContainText(/Toestemming|Geen kinderen/);
    await expect(facts).toContainText(/Volgend overleg|Geen overleg gepland/);

    // One row of tabs, inside the pane's width, high on the screen.
    const tablist = page.getByRole('tablist', { name: 'Onderdelen van het dossier' });
    const tabs = await tablist.getByRole('tab').all();
    expect(tabs).toHaveLength(7);
    const tops = new Set<number>();
    for (const tab of tabs) tops.add(Math.round((await box(page, tab)).y));
    expect(tops.size, 'all tabs on one row').toBe(1);
    expect(await tablist.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    const tabsBox = await box(page, tablist);
    // This family has two alerts (an acute child without a safety agreement, help not started); even
    // so the tabs stay well inside the first screen.
    expect(tabsBox.y + tabsBox.height, 'tabs within the first screen, under two alerts').toBeLessThanOrEqual(height * 0.7);
    expect(await pageScrolls(page)).toBe(false);
    await app.expectAccessible(`dossier ${size}`);

    // A group's parts as a second row; the digest is not stacked above the dossier.
    await tablist.getByRole('tab', { name: 'Besluiten en plan' }).click();
    await expect(page.getByRole('tab', { name: 'Besluiten', exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText('Sinds je laatste sessie')).toHaveCount(0);
    await shot(page, `dossier-besluiten-${size}`);
  });
}

test('het menu in de bovenbalk: wie er werkt, de taal en Over Casustafel, met het toetsenbord te openen en te sluiten', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await openDemo(page, () => app.open());
  const menu = page.getByRole('button', { name: /^Gebruiker en taal: Sanne de Wit/ });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText('Sanne de Wit, voorzitter 1-2-3-tje, Wijkteam Emmen')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Taal' })).toBeVisible();
  // Both languages readable on the menu's white panel (white text there would vanish).
  for (const name of ['Nederlands', 'English']) {
    const colours = await page.getByRole('button', { name, exact: true }).evaluate((el) => {
      const style = getComputedStyle(el);
      return { text: style.color, background: style.backgroundColor };
    });
    const white = (c: string) => c === 'rgb(255, 255, 255)' || c === 'rgba(0, 0, 0, 0)';
    expect(white(colours.text) && white(colours.background), `${name}: ${colours.text} on ${colours.background}`).toBe(false);
    expect(colours.text, name).not.toBe(colours.background);
  }
  await shot(page, 'menu-1366x768');
  await app.expectAccessible('menu in de bovenbalk');
  await page.keyboard.press('Escape');
  await expect(menu).toBeFocused();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('group', { name: 'Taal' })).toBeHidden();
  // Locking stays one press away, outside the menu.
  await expect(page.getByRole('banner').getByRole('button', { name: 'Vergrendelen' })).toBeVisible();
});

test('vergrendelen van de demokluis leidt naar het ontgrendelscherm van de demokluis, dat hem weer opent', async ({ app }) => {
  const { page } = app;
  await openDemo(page, () => app.open());
  await page.getByRole('banner').getByRole('button', { name: 'Vergrendelen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeVisible();
  await expect(page.getByText('demo.casustafel', { exact: true })).toBeVisible();
  await expect(page.getByText('Dit is de demokluis met verzonnen gezinnen. Je opent hem weer zonder wachtwoord.')).toBeVisible();
  await app.expectAccessible('ontgrendelen van de demokluis');
  await page.getByRole('button', { name: 'Demokluis weer openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wie werkt er?' })).toBeVisible();
});
