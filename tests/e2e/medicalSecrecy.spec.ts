import { dispatch } from '../../electron/core/ipc/dispatch';
import { expect, test } from './bridge/fixtures';
import { openTab } from './bridge/registerFlows';
import { createFamily, createVaultThroughUi } from './bridge/flows';

test('de sociale kaart vraagt naar medisch beroepsgeheim waar het soort organisatie het niet zegt', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'medisch.casustafel');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Sociale kaart' }).click();

  const add = page.getByRole('region', { name: 'Organisatie toevoegen' });
  // A hospital is medical by its type: the form says so and does not ask.
  await add.getByLabel('Soort organisatie').selectOption({ label: 'ziekenhuis' });
  await expect(add.getByText('Medisch beroepsgeheim: ja, door het soort organisatie.')).toBeVisible();
  await expect(add.getByLabel('Medisch beroepsgeheim')).toHaveCount(0);
  // Jeugdhulp may be jeugd-GGZ: the form asks, and leaving it "onbekend" puts the question on the kaart.
  await add.getByLabel('Naam van de organisatie').fill('Jeugdhulp Zuidoost');
  await add.getByLabel('Soort organisatie').selectOption({ label: 'jeugdhulp' });
  await expect(add.getByLabel('Medisch beroepsgeheim')).toHaveValue('onbekend');
  await add.getByRole('button', { name: 'Organisatie toevoegen' }).click();

  const questions = page.getByRole('region', { name: /medisch beroepsgeheim\?/ });
  await expect(questions).toContainText('Jeugdhulp Zuidoost');
  await app.expectAccessible('sociale kaart met vraag over medisch beroepsgeheim');
  await questions.getByRole('button', { name: 'Jeugdhulp Zuidoost: ja, medisch beroepsgeheim' }).click();
  await expect(questions).toHaveCount(0);
  const directory = await dispatch(app.handlers, 'directory:list', undefined);
  const saved = directory.ok ? (directory.value as { organisations: { name: string; medicalSecrecy: string }[] }).organisations : [];
  expect(saved.find((o) => o.name === 'Jeugdhulp Zuidoost')?.medicalSecrecy).toBe('ja');
});

test('een school stelt geen "noodzakelijk voor de direct betrokkenen" voor; advies van Veilig Thuis is met naam of anoniem', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'grondslag.casustafel');
  for (const [name, type, fn] of [
    ['OBS De Esch', 'school', 'signalerend'],
    ['Wijkteam Emmen-Zuid', 'wijkteam', 'duidend'],
  ] as const) {
    expect((await dispatch(app.handlers, 'directory:saveOrganisation', { name, type, function: fn, place: '', phone: '', email: '' })).ok).toBe(true);
  }
  await createFamily(page, 'Gezin Kok');

  await page.getByRole('tab', { name: 'Tijdlijn' }).click();
  const form = page.getByRole('region', { name: 'Gebeurtenis toevoegen' });
  await form.getByLabel('Van organisatie').selectOption({ label: 'Wijkteam Emmen-Zuid' });
  await expect(form.getByLabel('Grondslag')).toHaveValue('noodzakelijk_betrokkenen');
  await form.getByLabel('Van organisatie').selectOption({ label: 'OBS De Esch' });
  await expect(form.getByLabel('Grondslag')).toHaveValue('toestemming');
  await expect(form.getByLabel('Grondslag').locator('option[value="noodzakelijk_betrokkenen"]')).toHaveCount(0);
  await expect(form.getByText('Deze organisatie voert geen hulp uit voor het gezin')).toBeVisible();
  await app.expectAccessible('tijdlijnformulier met een school als bron');

  await openTab(page, 'Besluiten');
  const step = page.getByRole('form', { name: 'Stap vastleggen' });
  await expect(step.getByLabel('Advies met naam van het gezin of anoniem')).toHaveCount(0);
  await step.getByLabel('Stap', { exact: true }).selectOption({ label: 'Advies Veilig Thuis' });
  await step.getByLabel('Advies met naam van het gezin of anoniem').selectOption({ label: 'anoniem (zonder naam van het gezin)' });
  await step.getByLabel('Aanleiding').fill('Zorgen over blauwe plekken bij Tess');
  await step.getByLabel('Besloten door').fill('Jelle Dijkstra');
  await step.getByLabel('Waarom').fill('Eerst anoniem advies over de volgende stap');
  await step.getByRole('button', { name: 'Stap vastleggen' }).click();
  await expect(page.getByRole('cell', { name: 'Advies Veilig Thuis (anoniem)' })).toBeVisible();
  await app.expectAccessible('escalatie met anoniem advies');
});
