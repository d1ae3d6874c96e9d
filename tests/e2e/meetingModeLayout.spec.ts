import type { Locator, Page } from '@playwright/test';
import { expect, test, type AppHarness } from './bridge/fixtures';
import { enterOperator } from './bridge/flows';

/**
 * Vergadermodus fits the window: the agenda and the case heading in the first viewport, the page
 * itself never scrolls, the case scrolls in its own pane; the projector view fills a beamer with
 * one case in large type and shows nothing of the operator and no controls but its exit.
 * Measured on the demo vault's 1-2-3-tje, from bounding boxes.
 */
const OPERATOR = { name: 'Tjitske Zwaagstra', organisation: 'Wijkteam Emmen', role: 'voorzitter 1-2-3-tje' };
const SHOTS = process.env.CASUSTAFEL_SHOTS_DIR;

async function startDemoMeeting(app: AppHarness, size: string): Promise<Locator> {
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: 'Demokluis openen' }).click();
  await enterOperator(page, OPERATOR);
  await page.getByRole('list', { name: 'Komende overleggen' }).getByRole('listitem').first().getByRole('button').click();
  await page.getByRole('button', { name: 'Vergadermodus openen' }).click();
  // Before the start: the statement and attendance in one pane, the page still does not scroll.
  await expect(page.getByRole('region', { name: 'Aanwezigheid' }).getByRole('group').first()).toBeVisible();
  const before = await pageScrolls(page);
  expect(before.scrollHeight, `${size}: voor de start scrolt de pagina niet`).toBeLessThanOrEqual(before.innerHeight);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/casustafel-vergadermodus-start-${size}.png` });
  await page.getByLabel('Iedereen aan tafel heeft de geheimhouding bevestigd').check();
  await page.getByRole('button', { name: 'Overleg starten' }).click();
  const caseHeading = page.getByRole('heading', { level: 2, name: /^Casus 1 van 3/ });
  await expect(caseHeading).toBeFocused();
  // The case's parts are read: the timeline is the last of the first three to arrive.
  await expect(page.getByRole('region', { name: /^Tijdlijn/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Notulen' })).toBeVisible();
  return caseHeading;
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  expect(b, 'element heeft een plek op het scherm').not.toBeNull();
  return b!;
}

/** The whole box lies inside the window (1 px slack for rounding). */
async function expectInViewport(page: Page, locator: Locator, what: string) {
  const b = await box(locator);
  const { width, height } = page.viewportSize()!;
  expect(b.y, `${what}: boven`).toBeGreaterThanOrEqual(-1);
  expect(b.x, `${what}: links`).toBeGreaterThanOrEqual(-1);
  expect(b.y + b.height, `${what}: onder (${Math.round(b.y + b.height)} van ${height})`).toBeLessThanOrEqual(height + 1);
  expect(b.x + b.width, `${what}: rechts`).toBeLessThanOrEqual(width + 1);
}

async function pageScrolls(page: Page): Promise<{ scrollHeight: number; innerHeight: number }> {
  return page.evaluate(() => ({ scrollHeight: document.scrollingElement!.scrollHeight, innerHeight: window.innerHeight }));
}

async function expectMeetingModeFits(page: Page, caseHeading: Locator, size: string) {
  const agenda = page.getByRole('region', { name: 'Agenda' });
  await expectInViewport(page, agenda.getByRole('heading', { name: 'Agenda' }), `${size} agendakop`);
  await expectInViewport(page, agenda.getByRole('button', { name: /^Casus 1/ }), `${size} casus in beeld op de agenda`);
  await expectInViewport(page, agenda.getByRole('button', { name: /^Casus 3/ }), `${size} laatste casus op de agenda`);
  await expectInViewport(page, caseHeading, `${size} kop van de casus`);

  // The page does not scroll; the case pane does, by itself.
  const measured = await pageScrolls(page);
  expect(measured.scrollHeight, `${size}: de pagina scrolt niet`).toBeLessThanOrEqual(measured.innerHeight);
  const pane = page.locator('.mm-pane');
  await expectInViewport(page, pane, `${size} casuspaneel`);
  const paneScroll = await pane.evaluate((el) => ({ overflowY: getComputedStyle(el).overflowY, scrollHeight: el.scrollHeight, clientHeight: el.clientHeight }));
  expect(paneScroll.overflowY).toBe('auto');
  expect(paneScroll.scrollHeight, `${size}: het casuspaneel heeft meer dan een scherm inhoud`).toBeGreaterThan(paneScroll.clientHeight);
  const side = page.locator('.mm-side');
  await expectInViewport(page, side, `${size} agendapaneel`);
  expect(await side.evaluate((el) => getComputedStyle(el).overflowY)).toBe('auto');
}

async function expectBeamer(page: Page, size: string) {
  const exit = page.getByRole('button', { name: 'Projectorweergave sluiten' });
  await expect(exit).toBeVisible();
  const caseRegion = page.getByRole('region', { name: /^Casus 1 van 3: / });
  await expect(caseRegion.getByRole('heading', { level: 1, name: /^Casus 1 van 3: / })).toBeVisible();
  await expect(caseRegion.getByRole('region', { name: 'Wie is betrokken' })).toBeVisible();
  const { width, height } = page.viewportSize()!;
  const caseBox = await box(caseRegion);
  expect(caseBox.width, `${size}: de casus beslaat minstens 90 % van de breedte`).toBeGreaterThanOrEqual(0.9 * width);
  await expectInViewport(page, caseRegion.getByRole('heading', { level: 1 }), `${size} kop op de beamer`);
  // The first part of the case starts above the fold.
  const involved = await box(caseRegion.getByRole('heading', { name: 'Wie is betrokken' }));
  expect(involved.y + involved.height, `${size}: eerste onderdeel boven de vouw`).toBeLessThan(height);
  await expectInViewport(page, exit, `${size} sluitknop`);

  // Large type for the room.
  const sizes = await page.evaluate(() => {
    const px = (selector: string) => parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize);
    return { title: px('.mm-beamer__title'), text: px('.mm-beamer .mm-involved p') };
  });
  expect(sizes.title, `${size}: kop`).toBeGreaterThanOrEqual(32);
  expect(sizes.text, `${size}: tekst`).toBeGreaterThanOrEqual(20);

  // Nothing of the operator, no controls but the exit, no other family, no JGZ item.
  await expect(page.getByRole('button')).toHaveCount(1);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('combobox')).toHaveCount(0);
  for (const hidden of ['Vergrendelen', 'Ongedaan maken', OPERATOR.name, 'voorzitter 1-2-3-tje', 'English', 'Sneltoetsen', 'Alt+T', 'Overleg afronden']) {
    await expect(page.getByText(hidden, { exact: false }), `${size}: niet op de beamer: ${hidden}`).toHaveCount(0);
  }
  await expect(page.getByRole('group', { name: /^(Taal|Language)$/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Agenda' })).toHaveCount(0);
  await expect(page.getByText(/^Casus [23]\b/)).toHaveCount(0);
  await expect(page.getByText(/^Opgeslagen om/)).toHaveCount(0);
  await expect(page.getByText(/JGZ-contactmoment/)).toHaveCount(0);
  await expect(page.getByText('Verborgen in de projectorweergave (medisch beroepsgeheim).')).toBeVisible();
  const scrolled = await pageScrolls(page);
  expect(scrolled.scrollHeight, `${size}: de pagina scrolt niet`).toBeLessThanOrEqual(scrolled.innerHeight);
}

for (const [meeting, beamer] of [
  [
    { width: 1366, height: 768 },
    { width: 1280, height: 720 },
  ],
  [
    { width: 1920, height: 1080 },
    { width: 1920, height: 1080 },
  ],
] as const) {
  const meetingSize = `${meeting.width}x${meeting.height}`;
  const beamerSize = `${beamer.width}x${beamer.height}`;
  test(`vergadermodus past op ${meetingSize} en de projectorweergave vult een beamer van ${beamerSize}`, async ({ app }) => {
    test.setTimeout(90_000);
    const { page } = app;
    await page.setViewportSize(meeting);
    const caseHeading = await startDemoMeeting(app, meetingSize);
    await expectMeetingModeFits(page, caseHeading, meetingSize);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/casustafel-vergadermodus-${meetingSize}.png` });

    // Each part of the case is a jump away: Alt+3 brings the timeline's heading into the pane, focused.
    const timelineHeading = page.getByRole('heading', { name: /^Tijdlijn/ });
    await page.keyboard.press('Alt+3');
    await expect(timelineHeading).toBeFocused();
    await expectInViewport(page, timelineHeading, `${meetingSize} tijdlijnkop na Alt+3`);
    await page.keyboard.press('Alt+6');
    await expect(page.getByRole('heading', { name: 'Notulen', exact: true })).toBeFocused();
    await page.getByRole('navigation', { name: 'Onderdelen van de casus' }).getByRole('button', { name: 'Zorg per kind' }).click();
    await expect(page.getByRole('heading', { name: 'Risicotaxatie' })).toBeFocused();
    await page.keyboard.press('Alt+0');
    await expect(page.getByRole('region', { name: 'Agenda' }).getByRole('button', { name: /^Casus 1/ })).toBeFocused();
    expect((await pageScrolls(page)).scrollHeight).toBeLessThanOrEqual(meeting.height);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/casustafel-vergadermodus-${meetingSize}-notulen.png` });
    await app.expectAccessible(`vergadermodus ${meetingSize}`);

    // The projector view, on the beamer's size.
    await page.setViewportSize(beamer);
    await page.getByRole('button', { name: 'Projectorweergave' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Casus 1 van 3: / })).toBeFocused();
    await expect(page.getByRole('region', { name: 'Wie is betrokken' })).toBeVisible();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/casustafel-beamer-${beamerSize}.png` });
    await expectBeamer(page, beamerSize);
    await app.expectAccessible(`projectorweergave ${beamerSize}`);

    // The chair still moves on by keyboard; only the case in focus is named.
    await page.keyboard.press('Alt+ArrowDown');
    await expect(page.getByRole('heading', { level: 1, name: /^Casus 2 van 3: / })).toBeFocused();
    await expect(page.getByText(/^Casus 1 van 3/)).toHaveCount(0);
    await page.keyboard.press('Alt+ArrowUp');
    await expect(page.getByRole('heading', { level: 1, name: /^Casus 1 van 3: / })).toBeFocused();

    // The exit, by keyboard: it is one Shift+Tab from the heading; focus returns to the switch.
    await page.keyboard.press('Shift+Tab');
    const exit = page.getByRole('button', { name: 'Projectorweergave sluiten' });
    await expect(exit).toBeFocused();
    await page.keyboard.press('Enter');
    const toggle = page.getByRole('button', { name: 'Projectorweergave' });
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByText(/JGZ-contactmoment/).first()).toBeVisible();
    // Escape closes it too.
    await page.keyboard.press('Enter');
    await expect(exit).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(toggle).toBeFocused();
  });
}
