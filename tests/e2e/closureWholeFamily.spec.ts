import { callCore } from './bridge/callCore';
import { expect, test, type AppHarness } from './bridge/fixtures';
import { createVaultThroughUi } from './bridge/flows';
import { openTab } from './bridge/registerFlows';

const call = callCore;

function isoDay(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
function dutchDay(days: number): string {
  return isoDay(days).split('-').reverse().join('-');
}

/** Gezin Veenstra: Daan (11) was assessed acuut; his sister Noor was assessed after him, at laag. */
async function seedTwoChildren(app: AppHarness) {
  const family = await call(app, 'families:create', { displayName: 'Gezin Veenstra', anonymous: false });
  const daan = await call(app, 'register:saveMember', { familyId: family.id, role: 'kind', givenName: 'Daan', familyName: 'Veenstra', birthDate: '2015-02-11', parentalAuthority: false, schoolId: null, schoolGroup: '' });
  const noor = await call(app, 'register:saveMember', { familyId: family.id, role: 'kind', givenName: 'Noor', familyName: 'Veenstra', birthDate: '2019-06-20', parentalAuthority: false, schoolId: null, schoolGroup: '' });
  const older = await call(app, 'assessment:start', { familyId: family.id, childId: daan.id, instrumentId: null, meetingId: null });
  await call(app, 'assessment:saveAnswer', {
    assessmentId: older.assessment.id,
    answer: { itemId: 'A1', value: 'ja', observer: { name: 'Ilse Wiersma', discipline: 'JGZ' }, source: 'eigen_waarneming', date: isoDay(-1), note: '', owner: '' },
  });
  await call(app, 'assessment:start', { familyId: family.id, childId: noor.id, instrumentId: null, meetingId: null });
}

test('een voorzitter wil een gezin afsluiten waarvan het jongste kind na het oudste op laag is getaxeerd: de weigering noemt het oudste kind en wat ontbreekt', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'hele-gezin');
  await seedTwoChildren(app);

  const search = page.getByRole('combobox', { name: 'Zoek een gezin' });
  await search.fill('Veenstra');
  await expect(page.getByRole('option', { name: /Gezin Veenstra/ })).toBeVisible();
  await search.press('ArrowDown');
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Gezin Veenstra' })).toBeVisible();
  await openTab(page, 'Besluiten');

  const closure = page.getByRole('region', { name: 'Afsluiten of afschalen' });
  // Noor's contact, filled in by keyboard: who saw her, when, what was seen, what keeps her safe.
  await closure.getByLabel('Noor gezien en gesproken op').fill(dutchDay(-2));
  await closure.getByLabel('Door wie is Noor gezien en gesproken (naam en organisatie)').fill('Ilse Wiersma (JGZ Drenthe)');
  await closure.getByLabel('Wat is er bij Noor gezien en gehoord').fill('Speelt ontspannen, vertelt open over thuis.');
  await closure.getByLabel('Wat houdt Noor nu veilig').fill('Oma woont tijdelijk in en haalt haar op.');
  await closure.getByLabel('Wat houdt Noor nu veilig').press('Tab');
  await expect(page.getByText(/^Opgeslagen om \d{2}:\d{2}$/)).toBeVisible();

  await closure.getByRole('button', { name: 'Casus afsluiten' }).click();
  const refusal = closure.getByRole('alert');
  await expect(refusal).toContainText('De casus kan nog niet worden afgesloten of afgeschaald. Nog nodig:');
  const reasons = refusal.getByRole('listitem');
  await expect(reasons.filter({ hasText: 'Een nieuwe risicotaxatie van Daan Veenstra: de laatste zegt nog zorg acuut.' })).toHaveCount(1);
  await expect(reasons.filter({ hasText: 'Een besluit over melden bij Veilig Thuis voor Daan Veenstra' })).toHaveCount(1);
  await expect(reasons.filter({ hasText: 'De datum waarop Daan Veenstra is gezien en gesproken.' })).toHaveCount(1);
  await expect(reasons.filter({ hasText: /Het verplichte agendapunt .* \(Daan Veenstra\)/ })).not.toHaveCount(0);
  // Noor is assessed laag and was seen: nothing in the refusal is about her.
  await expect(reasons.filter({ hasText: 'Noor' })).toHaveCount(0);
  await expect(closure.getByText('Status van de casus: open')).toBeVisible();
  await app.expectAccessible('afsluiten geweigerd voor het hele gezin');
});
