import path from 'node:path';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { expect, test } from './bridge/fixtures';
import { createVaultThroughUi, STRONG_PASSPHRASE } from './bridge/flows';
import { addMember, newFamily, openTab } from './bridge/registerFlows';

const CHAIR = { name: 'Marieke Dijkstra', organisation: 'CJG Hoogeveen', role: 'voorzitter aanmeldoverleg', onBehalfOf: 'Bram Hoekstra' };

test('wie een dossier opent, staat als "Bekeken" in het logboek van het gezin en in het logboek van de kluis', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await app.open();

  // A new vault; the chair works on behalf of a colleague.
  app.setNextCreatePath(path.join(app.workDir, 'logboek.casustafel'));
  await page.getByRole('button', { name: 'Nieuwe kluis maken' }).click();
  await page.getByLabel('Wachtwoord', { exact: true }).fill(STRONG_PASSPHRASE);
  await page.getByLabel('Herhaal het wachtwoord').fill(STRONG_PASSPHRASE);
  await page.getByRole('button', { name: 'Kluis maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wie werkt er?' })).toBeVisible();
  await page.getByLabel('Naam').fill(CHAIR.name);
  await page.getByLabel('Organisatie').fill(CHAIR.organisation);
  await page.getByLabel('Rol', { exact: true }).fill(CHAIR.role);
  await page.getByLabel('Namens (niet verplicht)').fill(CHAIR.onBehalfOf);
  await app.expectAccessible('wie werkt er, met namens');
  await page.getByLabel('Namens (niet verplicht)').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();
  // Who works, and on whose behalf, is in the top bar's menu.
  await page.getByRole('button', { name: /^Gebruiker en taal:/ }).click();
  await expect(page.getByText(/namens Bram Hoekstra/)).toBeVisible();
  await page.keyboard.press('Escape');

  // Two families; only one dossier is opened after creating it.
  await newFamily(page, 'Gezin Brouwer');
  await newFamily(page, 'Gezin Kramer');

  // The family's own Logboek tab shows the view, who did it and on whose behalf.
  await openTab(page, 'Logboek');
  const familyLog = page.getByRole('table', { name: 'Logboek van dit gezin' });
  const viewed = familyLog.getByRole('row').filter({ hasText: 'Bekeken' });
  await expect(viewed).toHaveCount(1);
  await expect(viewed).toContainText(CHAIR.name);
  await expect(viewed).toContainText('namens Bram Hoekstra');
  await expect(viewed).toContainText('Dossier bekeken (dossier)');
  await expect(familyLog.getByRole('row').filter({ hasText: 'Gezin aangemaakt' })).toHaveCount(1);
  await expect(familyLog).not.toContainText('Gezin Brouwer');
  await expect(page.getByRole('tabpanel').getByRole('textbox', { name: 'Wie' })).toBeVisible();
  await expect(page.getByRole('tabpanel').getByLabel('Gezin', { exact: true })).toHaveCount(0);
  await app.expectAccessible('logboek van het gezin');

  // Filter the tab by keyboard: only what was changed.
  const tabFilters = page.getByRole('tabpanel').getByRole('form', { name: 'Filteren' });
  await tabFilters.getByLabel('Soort handeling').selectOption({ label: 'Gewijzigd' });
  await tabFilters.getByLabel('Wie').press('Enter');
  await expect(familyLog.getByRole('row').filter({ hasText: 'Bekeken' })).toHaveCount(0);
  await expect(familyLog.getByRole('row').filter({ hasText: 'Gewijzigd' })).toHaveCount(1);

  // The vault-wide log, filtered on the family and on views.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Logboek' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logboek' })).toBeVisible();
  const filters = page.getByRole('form', { name: 'Filteren' });
  await filters.getByLabel('Gezin', { exact: true }).selectOption({ label: 'Gezin Kramer' });
  await filters.getByLabel('Soort handeling').selectOption({ label: 'Bekeken' });
  await filters.getByRole('button', { name: 'Filteren' }).click();
  const log = page.getByRole('table', { name: 'Logboek' });
  await expect(page.getByRole('status').filter({ hasText: '1 regel getoond.' })).toBeVisible();
  await expect(log.getByRole('row').filter({ hasText: 'Bekeken' })).toContainText(['Gezin Kramer']);
  await expect(log).toContainText(CHAIR.name);
  await expect(log).toContainText('namens Bram Hoekstra');
  await expect(log).not.toContainText('Gezin Brouwer');
  await expect(log.getByRole('button')).toHaveCount(0);
  await expect(log.getByRole('textbox')).toHaveCount(0);
  await app.expectAccessible('logboek van de kluis, gefilterd');

  // A date that does not exist is named in Dutch and nothing changes; "Filters wissen" shows all.
  await filters.getByLabel('Vanaf').fill('31-02-2026');
  await filters.getByLabel('Vanaf').press('Enter');
  await expect(filters.getByText('Deze datum bestaat niet.')).toBeVisible();
  await expect(filters.getByLabel('Vanaf')).toBeFocused();
  await app.expectAccessible('logboek met een foute datum');
  await filters.getByRole('button', { name: 'Filters wissen' }).click();
  await expect(log.getByRole('row').filter({ hasText: 'Gezin Brouwer' }).first()).toBeVisible();
  await expect(log.getByRole('row').filter({ hasText: 'Sessie' }).first()).toContainText('aan het werk gegaan');
});

test('afdrukken van een risicotaxatie staat als "Afgedrukt" in het logboek, ook via Ctrl+P', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'afdrukken.casustafel');
  await newFamily(page, 'Gezin Wiersma');
  await openTab(page, 'Gezin');
  await addMember(page, { role: 'kind', givenName: 'Fenna', familyName: 'Wiersma', birthDate: `03-03-${new Date().getFullYear() - 9}` });
  await openTab(page, 'Risicotaxatie');
  await page.getByRole('button', { name: 'Risicotaxatie van Fenna Wiersma starten' }).click();
  await expect(page.getByRole('heading', { name: 'Risicotaxatie van Fenna Wiersma' })).toBeVisible();

  // The print dialog itself is the browser's; count the calls instead of opening it.
  await page.evaluate(() => {
    const w = window as unknown as { printed: number; print: () => void };
    w.printed = 0;
    w.print = () => {
      w.printed += 1;
    };
  });
  await page.getByRole('button', { name: 'Afdrukken' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  // Ctrl+P (or the browser menu) prints without our button: the beforeprint event is logged too.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));

  await openTab(page, 'Logboek');
  const printed = page.getByRole('table', { name: 'Logboek van dit gezin' }).getByRole('row').filter({ hasText: 'Afgedrukt' });
  await expect(printed).toHaveCount(2);
  await expect(printed.first()).toContainText('Risicotaxatie afgedrukt');
  await expect(printed.first()).toContainText('Noor Jansen');
});

test('"Meer laden" haalt oudere regels op; de telling zegt hoeveel er staan', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'meer-laden.casustafel');
  await newFamily(page, 'Gezin Hofstra');
  // 120 prints recorded through core directly: more than one page (100 rows).
  const list = await dispatch(app.handlers, 'families:list', { query: 'Hofstra' });
  if (!list.ok) throw new Error(list.error.message);
  const familyId = (list.value as { id: string }[])[0]!.id;
  for (let i = 0; i < 120; i += 1) {
    const printed = await dispatch(app.handlers, 'access:printed', { familyId, what: 'dossier' });
    if (!printed.ok) throw new Error(printed.error.message);
  }

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Logboek' }).click();
  const log = page.getByRole('table', { name: 'Logboek' });
  await expect(page.getByRole('status').filter({ hasText: '100 regels getoond. Er zijn oudere regels' })).toBeVisible();
  await expect(log.getByRole('row')).toHaveCount(101);
  const more = page.getByRole('button', { name: 'Meer laden' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^\d+ regels getoond\.$/ })).toBeVisible();
  const total = 120 + 3; // the prints, the family's creation and view, the operator's start
  await expect(log.getByRole('row')).toHaveCount(total + 1);
  await expect(more).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: `${total} regels getoond.` })).toBeFocused();
  await expect(log.getByRole('row').filter({ hasText: 'Dossier afgedrukt' })).toHaveCount(120);
});
