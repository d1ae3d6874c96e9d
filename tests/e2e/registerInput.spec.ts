import { expect, test } from './bridge/fixtures';
import { createVaultThroughUi } from './bridge/flows';
import { addMember, expectSaved, newFamily, openTab } from './bridge/registerFlows';

const HTML_NAME = '<img src=x onerror="window.__pwned=1">Gezin <b>Test</b>';
const SCRIPT_NAME = '<script>window.__pwned=2</script>';
const RTL_NAME = 'نور';
const RTL_FAMILY = 'حداد';
const EMOJI_NAME = 'Mila 👧🏽✨';

test('onzin, lange tekst, HTML, emoji en rechts-naar-links: letterlijk bewaard en getoond, of duidelijk geweigerd', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'invoer.casustafel');

  // An empty family name is refused with a message, and nothing is created.
  await page.getByRole('button', { name: 'Gezin aanmaken' }).click();
  await expect(page.getByRole('alert')).toHaveText('Vul de naam van het gezin in.');

  // HTML as a family name is text, not markup.
  await newFamily(page, HTML_NAME);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HTML_NAME);
  await openTab(page, 'Gezin');
  await addMember(page, { role: 'kind', givenName: SCRIPT_NAME, familyName: 'Kuipers', birthDate: '01-02-2016' });
  await addMember(page, { role: 'kind', givenName: RTL_NAME, familyName: RTL_FAMILY, birthDate: '2018-09-30' });
  await addMember(page, { role: 'kind', givenName: EMOJI_NAME });

  // Refused in the add form: an empty first name and a date that does not exist.
  const form = page.getByRole('region', { name: 'Gezinslid toevoegen' });
  await form.getByLabel('Geboortedatum').fill('31-02-2017');
  await form.getByRole('button', { name: 'Gezinslid toevoegen' }).click();
  await expect(form.getByText('Vul de voornaam in.')).toBeVisible();
  await expect(form.getByText('Deze datum bestaat niet.')).toBeVisible();
  await expect(form.getByLabel('Geboortedatum')).toHaveValue('31-02-2017');

  // Refused while editing in place: the typed value stays in the field, the stored one is kept.
  const mila = page.getByRole('group', { name: /^Mila / });
  await mila.getByLabel('Geboortedatum').fill('30-02-2019');
  await mila.getByLabel('Geboortedatum').blur();
  await expect(mila.getByRole('alert')).toContainText('Deze datum bestaat niet.');
  await expect(mila.getByLabel('Geboortedatum')).toHaveValue('30-02-2019');
  await mila.getByLabel('Voornaam').fill('   ');
  await mila.getByLabel('Voornaam').blur();
  await expect(mila.getByText('Voornaam mag niet leeg zijn. De vorige waarde blijft bewaard.')).toBeVisible();
  await mila.getByLabel('Voornaam').fill(EMOJI_NAME);
  await mila.getByLabel('Geboortedatum').fill('28-02-2019');
  await mila.getByLabel('Geboortedatum').blur();
  await expectSaved(page);
  await expect(mila.getByRole('alert')).toHaveCount(0);

  // A 10 000-character note with emoji and right-to-left text is stored exactly.
  await openTab(page, 'Overzicht');
  const note = `${'Afspraak met school 🙂 en ouders; '.repeat(400)}${RTL_NAME} ${HTML_NAME}`.slice(0, 10_000);
  expect(note.length).toBe(10_000);
  await page.getByRole('textbox', { name: 'Notitie' }).fill(note);
  await expectSaved(page);

  // Everything reads back verbatim after leaving and reopening the dossier, and nothing ran.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Start' }).click();
  const search = page.getByRole('combobox', { name: 'Zoek een gezin' });
  await search.fill(RTL_NAME);
  const hit = page.getByRole('option', { name: /Gezin/ });
  await expect(hit).toContainText(HTML_NAME);
  await expect(hit).toContainText(SCRIPT_NAME);
  await expect(hit).toContainText(RTL_NAME);
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HTML_NAME);
  await expect(page.getByRole('textbox', { name: 'Notitie' })).toHaveValue(note);
  // Nobody is involved with any child yet: said per child.
  await expect(page.getByText(`Bij ${RTL_NAME} is niemand betrokken.`)).toBeVisible();
  await expect(page.getByText(`Bij ${SCRIPT_NAME} is niemand betrokken.`)).toBeVisible();
  await expect(page.getByText(`${RTL_NAME} ${RTL_FAMILY}`, { exact: true }).first()).toHaveAttribute('dir', 'auto');
  await openTab(page, 'Gezin');
  await expect(page.getByRole('group', { name: new RegExp(`^${RTL_NAME} ${RTL_FAMILY}`) }).getByLabel('Geboortedatum')).toHaveValue('30-09-2018');
  await expect(page.getByRole('group', { name: /^Mila / }).getByLabel('Voornaam')).toHaveValue(EMOJI_NAME);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"], main script, main b').count()).toBe(0);
  await app.expectAccessible('dossier met bijzondere invoer');
});
