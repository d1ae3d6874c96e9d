import { callCore } from './bridge/callCore';
import { expect, test, type AppHarness } from './bridge/fixtures';
import { createVaultThroughUi } from './bridge/flows';
import { openTab } from './bridge/registerFlows';

const call = callCore;

function isoDay(app: AppHarness, days: number): string {
  const d = new Date(app.coreNow() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Gezin Bakker with only the JGZ involved; the wijkteam is in the sociale kaart but not (yet) involved; the school signalled. */
async function seed(app: AppHarness) {
  const school = await call(app, 'directory:saveOrganisation', { name: 'OBS De Regenboog', type: 'school', function: 'signalerend', place: 'Emmen', phone: '', email: '' });
  const wijkteam = await call(app, 'directory:saveOrganisation', { name: 'Wijkteam Emmen-Oost', type: 'wijkteam', function: 'duidend', place: 'Emmen', phone: '', email: '' });
  const jgz = await call(app, 'directory:saveOrganisation', { name: 'JGZ Drenthe', type: 'jgz', function: 'duidend', place: 'Emmen', phone: '', email: '' });
  await call(app, 'directory:saveProfessional', { organisationId: wijkteam.id, name: 'Roel Venema', role: 'gezinscoach', phone: '0591-123456', email: '', meetingTypes: [] });
  const ilse = await call(app, 'directory:saveProfessional', { organisationId: jgz.id, name: 'Ilse Wiersma', role: 'jeugdverpleegkundige', phone: '', email: '', meetingTypes: [] });
  const bakker = await call(app, 'families:create', { displayName: 'Gezin Bakker', anonymous: false });
  await call(app, 'register:saveMember', {
    familyId: bakker.id,
    role: 'kind',
    givenName: 'Noor',
    familyName: 'Bakker',
    birthDate: '2017-06-01',
    parentalAuthority: false,
    schoolId: school.id,
    schoolGroup: 'groep 5',
  });
  await call(app, 'register:saveInvolvement', {
    familyId: bakker.id,
    memberId: null,
    professionalId: ilse.id,
    organisationId: jgz.id,
    role: 'jeugdverpleegkundige',
    mandate: 'vrijwillig',
    since: isoDay(app, -60),
    lastContact: null,
    virRegistered: 'onbekend',
    virDate: null,
    virBy: '',
    legalBasis: 'noodzakelijk_betrokkenen',
    endedAt: null,
  });
  await call(app, 'timeline:save', {
    familyId: bakker.id,
    type: 'signaal',
    date: isoDay(app, -10),
    organisationId: school.id,
    toOrganisationId: null,
    referralStatus: null,
    statusDate: null,
    reason: '',
    stagnationReason: null,
    consentStatus: null,
    escalationStep: null,
    noticedBy: '',
    summary: 'Noor komt vaak moe op school',
    legalBasis: 'toestemming',
    memberIds: [],
  });
}

test('een regisseur van buiten de betrokken organisaties: de betrokkenheid komt mee, en het gezin kan naar die organisatie worden overgedragen', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'regie-buiten');
  await seed(app);

  const search = page.getByRole('combobox', { name: 'Zoek een gezin' });
  await search.fill('Bakker');
  await expect(page.getByRole('option', { name: /Gezin Bakker/ })).toBeVisible();
  await search.press('ArrowDown');
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Gezin Bakker' })).toBeVisible();
  await openTab(page, 'Besluiten');

  // The chooser offers the family's own organisations, with their basis, and one more step for anyone else.
  const regie = page.getByRole('region', { name: 'Regie' });
  const chooser = regie.getByLabel('Regisseur', { exact: true });
  await expect(chooser.getByRole('option')).toHaveText(['— kies —', /^Ilse Wiersma \(JGZ Drenthe\) — betrokken sinds .+, grondslag: noodzakelijk voor de direct betrokkenen$/, 'Andere organisatie…']);
  await chooser.selectOption({ label: 'Andere organisatie…' });
  const outside = regie.getByRole('group', { name: 'Regisseur van een organisatie die nog niet betrokken is' });
  await expect(outside.getByLabel('Regisseur van een andere organisatie').getByRole('option', { name: 'Ilse Wiersma, jeugdverpleegkundige' })).toHaveCount(0);
  await outside.getByLabel('Regisseur van een andere organisatie').selectOption({ label: 'Roel Venema, gezinscoach' });
  await expect(outside.getByLabel('Grondslag van de betrokkenheid')).toHaveValue('noodzakelijk_betrokkenen');
  await expect(regie.getByLabel('Contactgegevens regisseur')).toHaveValue('0591-123456');
  await regie.getByLabel('Mandaat').selectOption({ label: 'Vrijwillig' });
  await app.expectAccessible('regisseur van een andere organisatie');
  await regie.getByRole('button', { name: 'Regie vastleggen' }).click();
  await expect(regie.getByText(/Roel Venema \(Wijkteam Emmen-Oost\), mandaat Vrijwillig, zonder doorzettingsmacht/)).toBeVisible();

  // The signaller who hears back: the school that signalled comes first.
  const feedback = page.getByRole('region', { name: 'Terugkoppeling aan de signaalgever' });
  await expect(feedback.getByLabel('Signaalgever', { exact: true }).getByRole('option')).toHaveText(['— kies —', 'OBS De Regenboog', 'JGZ Drenthe', 'Wijkteam Emmen-Oost']);

  // The involvement was recorded on the way, with its basis.
  await openTab(page, 'Betrokkenen');
  await expect(page.getByRole('main')).toContainText('Wijkteam Emmen-Oost');

  // And the family can be handed over to the new regisseur's organisation.
  await openTab(page, 'Overdragen');
  await page.getByLabel('Ontvangende organisatie').selectOption({ label: 'Wijkteam Emmen-Oost (wijkteam)' });
  await expect(page.getByText('Gaat mee — Gezin Bakker (grondslag: noodzakelijk voor de direct betrokkenen)')).toBeVisible();
  await page.getByRole('button', { name: 'Wachtwoordzin voorstellen' }).click();
  await expect(page.getByLabel('Wachtwoordzin', { exact: true })).not.toHaveValue('');
  const save = page.getByRole('button', { name: 'Pakket opslaan…' });
  await expect(save).toBeEnabled();
  await app.expectAccessible('overdragen aan de nieuwe regisseur');
  await save.click();
  await expect(page.getByText(/^Opgeslagen als Overdracht aan Wijkteam Emmen-Oost .*\.overdracht\./)).toBeVisible();
});
