import { expect, test } from './bridge/fixtures';
import { createVaultThroughUi } from './bridge/flows';
import { addMember, importPartners, newFamily, openTab } from './bridge/registerFlows';

/** dd-mm-jjjj of today plus `days`. */
function dutchDay(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${String(d.getDate()).padStart(2, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${d.getFullYear()}`;
}
const year = new Date().getFullYear();

test('Verwijsindex: wie geïnformeerd wordt volgt de leeftijd, en informeren kan met datum en reden worden uitgesteld', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'verwijsindex.casustafel');
  await importPartners(page);
  await newFamily(page, 'Gezin Postma');
  await openTab(page, 'Gezin');
  await addMember(page, { role: 'kind', givenName: 'Daan', familyName: 'Postma', birthDate: `01-01-${year - 13}` });
  await openTab(page, 'Besluiten');

  const vir = page.getByRole('region', { name: 'Verwijsindex' });
  await vir.getByLabel('Wie registreert?').selectOption({ label: 'Jeroen Smit, schoolmaatschappelijk werker' });
  await vir.getByLabel('Uiterlijk op').fill(dutchDay(7));
  await vir.getByRole('button', { name: 'Herinnering Verwijsindex toevoegen' }).click();

  // Daan is 13: his parents and he himself are to be informed.
  const actions = page.getByRole('region', { name: 'Acties' });
  const informed = actions.getByRole('checkbox', { name: 'Geïnformeerd: de ouders en de jongere zelf, over "Registreren in de Verwijsindex"' });
  await expect(informed).not.toBeChecked();

  // Done without informing is refused, and nothing changes.
  await actions.getByLabel('Status van "Registreren in de Verwijsindex"').selectOption('gedaan');
  await expect(actions.getByRole('alert')).toContainText('registreren in de Verwijsindex kan pas als is geïnformeerd wie dat moet');

  // Informing now would put Daan's mother in danger: postponed with a day and a reason.
  await actions.getByText('Informeren uitstellen…').click();
  const postpone = actions.getByRole('form', { name: 'Informeren uitstellen over "Registreren in de Verwijsindex"' });
  await postpone.getByRole('button', { name: 'Uitstel vastleggen' }).click();
  await expect(postpone.getByText('Geef de datum tot wanneer het informeren wordt uitgesteld.')).toBeVisible();
  await expect(postpone.getByText('Schrijf op waarom het informeren wordt uitgesteld (minstens twee woorden).')).toBeVisible();
  await postpone.getByLabel('Uitgesteld tot').fill(dutchDay(28));
  await postpone.getByLabel('Waarom nu niet informeren?').fill('Vader dreigt; informeren brengt moeder nu in gevaar.');
  await postpone.getByRole('button', { name: 'Uitstel vastleggen' }).click();
  await expect(actions.getByText(/^Informeren uitgesteld tot .*: Vader dreigt; informeren brengt moeder nu in gevaar\.$/)).toBeVisible();
  await app.expectAccessible('besluiten (Verwijsindex uitgesteld)');

  await actions.getByLabel('Status van "Registreren in de Verwijsindex"').selectOption('gedaan');
  await expect(actions.getByLabel('Status van "Registreren in de Verwijsindex"')).toHaveValue('gedaan');
  await expect(actions.getByRole('alert')).toHaveCount(0);
});
