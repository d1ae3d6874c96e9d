import { expect, test } from './bridge/fixtures';
import { enterOperator, chooseLanguage } from './bridge/flows';
import { openTab } from './bridge/registerFlows';

const OUT = process.env.CASUSTAFEL_SHOTS_DIR ?? '/tmp';

test('screenshots van de hoofdschermen (demokluis)', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 900 });
  await app.open();
  await page.getByRole('button', { name: 'Demokluis openen' }).click();
  await enterOperator(page, { name: 'Sanne de Wit', organisation: 'Wijkteam Emmen', role: 'voorzitter 1-2-3-tje' });
  // One upcoming meeting, so the start screen shows what a chair sees on a normal day.
  const next = new Date(Date.now() + 7 * 86_400_000);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Overleggen' }).click();
  const form = page.getByRole('region', { name: 'Nieuw overleg' });
  await form.getByLabel('Soort overleg').selectOption({ label: 'zorgadviesteam (ZAT)' });
  await form.getByLabel('Datum').fill(`${next.getDate()}-${next.getMonth() + 1}-${next.getFullYear()}`);
  await form.getByRole('button', { name: 'Overleg aanmaken' }).click();
  await page.getByLabel('Locatie').fill('CBS De Wegwijzer, teamkamer');
  await page.getByLabel('Locatie').blur();
  await expect(page.getByText(/^Opgeslagen om/)).toBeVisible();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('list', { name: 'Komende overleggen' })).toBeVisible();
  await page.screenshot({ path: `${OUT}/casustafel-home.png`, fullPage: true });

  const search = page.getByRole('combobox', { name: 'Zoek een gezin' });
  await search.fill('de');
  await expect(page.getByRole('option').first()).toBeVisible();
  await search.press('ArrowDown');
  await page.screenshot({ path: `${OUT}/casustafel-search.png`, fullPage: false });
  await search.press('Enter');
  await expect(page.getByRole('tablist')).toBeVisible();
  for (const [tab, file] of [
    ['Overzicht', 'overzicht'],
    ['Gezin', 'gezin'],
    ['Betrokkenen', 'betrokkenen'],
    ['Toestemming', 'toestemming'],
  ] as const) {
    await openTab(page, tab);
    await page.screenshot({ path: `${OUT}/casustafel-dossier-${file}.png`, fullPage: true });
    await page.screenshot({ path: `${OUT}/casustafel-dossier-${file}-top.png` });
    if (file === 'gezin') await page.locator('fieldset.record').first().screenshot({ path: `${OUT}/casustafel-dossier-gezin-kind.png` });
  }

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Overleggen' }).click();
  await page.screenshot({ path: `${OUT}/casustafel-meetings.png`, fullPage: true });
  await page.getByRole('list', { name: 'Eerdere overleggen' }).getByRole('button').first().click();
  await expect(page.getByRole('region', { name: 'Gegevens van het overleg' })).toBeVisible();
  await page.screenshot({ path: `${OUT}/casustafel-meeting-editor.png`, fullPage: true });
  await page.screenshot({ path: `${OUT}/casustafel-meeting-editor-top.png` });
  await page.getByRole('region', { name: /^Agenda/ }).screenshot({ path: `${OUT}/casustafel-meeting-agenda.png` });

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Sociale kaart' }).click();
  await page.locator('summary').first().click();
  await page.screenshot({ path: `${OUT}/casustafel-directory.png`, fullPage: true });

  // The same dossier in English.
  await chooseLanguage(page, 'English');
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Start' }).click();
  await page.getByRole('list', { name: 'Recently updated families' }).getByRole('button').first().click();
  await page.screenshot({ path: `${OUT}/casustafel-dossier-en.png`, fullPage: true });
  await openTab(page, 'Consent');
  await page.screenshot({ path: `${OUT}/casustafel-dossier-consent-en.png`, fullPage: true });
});

test('screenshots van het hele gezin: afsluiten, opvolging en vergadermodus (demokluis, laptop en beamer)', async ({ app }) => {
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: 'Demokluis openen' }).click();
  await enterOperator(page, { name: 'Sanne de Wit', organisation: 'Wijkteam Emmen', role: 'voorzitter 1-2-3-tje' });
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    const size = `${width}x${height}`;
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Opvolging' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Opvolging' })).toBeVisible();
    await page.screenshot({ path: `${OUT}/casustafel-opvolging-${size}.png` });
    await page.screenshot({ path: `${OUT}/casustafel-opvolging-${size}-full.png`, fullPage: true });
    // The family at acuut leads Opvolging's lists; open its decisions from there.
    await page.getByRole('main').getByRole('button', { name: /Gezin De Wit/ }).first().click();
    await expect(page.getByRole('tablist')).toBeVisible();
    await page.screenshot({ path: `${OUT}/casustafel-dossier-${size}.png` });
    await openTab(page, 'Besluiten');
    const closure = page.getByRole('region', { name: 'Afsluiten of afschalen' });
    await closure.getByRole('button', { name: 'Casus afsluiten' }).click();
    await closure.screenshot({ path: `${OUT}/casustafel-afsluiten-${size}.png` });
  }
});

test('screenshots van wat de kluis verlaat: vrijgave, voorbeeld per deelnemer, sociale kaart (demokluis, laptop en beamer)', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: 'Demokluis openen' }).click();
  await enterOperator(page, { name: 'Sanne de Wit', organisation: 'Wijkteam Emmen', role: 'voorzitter 1-2-3-tje' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('list', { name: 'Komende overleggen' }).getByRole('listitem').first().getByRole('button').click();
  await page.getByRole('button', { name: 'Vergadermodus openen' }).click();
  await page.getByLabel('Iedereen aan tafel heeft de geheimhouding bevestigd').check();
  await page.getByRole('button', { name: 'Overleg starten' }).click();
  await page.getByRole('button', { name: /^Vrijgeven: / }).first().click();
  const form = page.locator('form').filter({ has: page.getByText('Grondslag', { exact: true }) }).first();
  for (const [width, height, size] of [
    [1366, 768, 'laptop'],
    [1920, 1080, 'beamer'],
  ] as const) {
    await page.setViewportSize({ width, height });
    await form.screenshot({ path: `${OUT}/casustafel-vrijgave-${size}.png` });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('button', { name: 'Annuleren' }).first().click();
  await page.getByRole('button', { name: 'Overleg afronden' }).click();
  await page.getByRole('button', { name: 'Toch afronden' }).click();
  const summaries = page.getByRole('region', { name: 'Samenvattingen per deelnemer' });
  await expect(summaries).toBeVisible();
  for (const [width, height, size] of [
    [1366, 768, 'laptop'],
    [1920, 1080, 'beamer'],
  ] as const) {
    await page.setViewportSize({ width, height });
    await summaries.getByRole('article', { name: /Veilig Thuis/ }).screenshot({ path: `${OUT}/casustafel-voorbeeld-vt-${size}.png` });
    await summaries.getByRole('article').first().screenshot({ path: `${OUT}/casustafel-voorbeeld-eerste-${size}.png` });
  }
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Sociale kaart' }).click();
  for (const [width, height, size] of [
    [1366, 768, 'laptop'],
    [1920, 1080, 'beamer'],
  ] as const) {
    await page.setViewportSize({ width, height });
    const question = page.getByRole('heading', { name: /medisch beroepsgeheim\?$/ });
    await question.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/casustafel-socialekaart-${size}.png` });
  }
});
