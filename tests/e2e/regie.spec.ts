import { addWorkingDaysTo } from '../../shared/regie/workingDays';
import { callCore } from './bridge/callCore';
import { expect, test, type AppHarness } from './bridge/fixtures';
import { createVaultThroughUi } from './bridge/flows';

const call = callCore;

/** dd-mm-jjjj of today plus `days`, as the core's clock (this process) sees the day. */
function dutchDay(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${String(d.getDate()).padStart(2, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${d.getFullYear()}`;
}
function isoDay(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function seedFamilyWithTwoOpenActions(app: AppHarness) {
  const school = await call(app, 'directory:saveOrganisation', { name: 'OBS De Regenboog', type: 'school', function: 'signalerend', place: 'Emmen', phone: '', email: '' });
  const wijkteam = await call(app, 'directory:saveOrganisation', { name: 'Wijkteam Emmen-Oost', type: 'wijkteam', function: 'duidend', place: 'Emmen', phone: '', email: '' });
  const jgz = await call(app, 'directory:saveOrganisation', { name: 'JGZ Drenthe', type: 'jgz', function: 'duidend', place: 'Emmen', phone: '', email: '' });
  const roel = await call(app, 'directory:saveProfessional', { organisationId: wijkteam.id, name: 'Roel Venema', role: 'gezinscoach', phone: '0591-123456', email: '', meetingTypes: [] });
  const ilse = await call(app, 'directory:saveProfessional', { organisationId: jgz.id, name: 'Ilse Wiersma', role: 'jeugdverpleegkundige', phone: '', email: '', meetingTypes: [] });
  const family = await call(app, 'families:create', { displayName: 'Gezin Bakker', anonymous: false });
  await call(app, 'register:saveMember', { familyId: family.id, role: 'kind', givenName: 'Noor', familyName: 'Bakker', birthDate: '2017-03-01', parentalAuthority: false, schoolId: school.id, schoolGroup: 'groep 6' });
  const action = (description: string, owner: string, ownerOrg: string) =>
    call(app, 'regie:saveAction', {
      familyId: family.id,
      kind: 'actie',
      description,
      ownerProfessionalId: owner,
      ownerOrganisationId: ownerOrg,
      dueDate: isoDay(10),
      status: 'open',
      memberIds: [],
      meetingId: null,
      signallerOrganisationId: null,
      informed: false,
      informingPostponedUntil: null,
      informingPostponedReason: '',
    });
  await action('Huisbezoek samen met de school', roel.id, wijkteam.id);
  const ids = { familyId: family.id, schoolId: school.id, ilseId: ilse.id, jgzId: jgz.id };
  await action('Aanmelden bij de GGZ voor moeder', ilse.id, jgz.id);
  // The follow-up meeting starts in two hours: the two actions were agreed before it.
  const meeting = await call(app, 'meetings:save', {
    type: 'zat',
    title: 'ZAT vervolgoverleg',
    startsAt: new Date(Date.now() + 2 * 3_600_000).toISOString(),
    location: '',
    schoolId: null,
    chairId: null,
    confidentiality: '',
  });
  await call(app, 'meetings:setAgenda', { meetingId: meeting.id, items: [{ familyId: family.id, memberIds: [], anonymous: false }] });
  return ids;
}

test('vervolgoverleg: reden bij open actie, regisseur, terugkoppeling te laat op Opvolging, afsluiten pas als het kind veilig is', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'regie-test');
  const ids = await seedFamilyWithTwoOpenActions(app);

  // Opvolging: the upcoming meeting, one click to the family's decisions.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Opvolging' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opvolging' })).toBeFocused();
  await expect(page.getByRole('list', { name: 'Op te volgen, over alle gezinnen' })).toContainText('Acties over de uiterste datum (0)');
  await app.expectAccessible('opvolging');
  await page.getByRole('region', { name: /Komende overleggen/ }).getByRole('button', { name: 'Open Gezin Bakker' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gezin Bakker' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Besluiten', exact: true })).toHaveAttribute('aria-selected', 'true');

  // Open actions come first; each one still open gets a reason.
  const review = page.getByRole('region', { name: 'Openstaande acties eerst' });
  await expect(review.getByText('2 acties staan nog open; 2 zonder reden.')).toBeVisible();
  const actions = page.getByRole('region', { name: 'Acties', exact: true });
  await actions.getByLabel('Status van "Huisbezoek samen met de school"').selectOption({ label: 'Gedaan' });
  await expect(review.getByText('1 actie staat nog open; 1 zonder reden.')).toBeVisible();
  await review.getByLabel('Waarom staat "Aanmelden bij de GGZ voor moeder" nog open?').selectOption({ label: 'Wacht op iemand anders' });
  await expect(review.getByText('1 actie staat nog open; 0 zonder reden.')).toBeVisible();
  await expect(page.getByText(/^Opgeslagen om \d{2}:\d{2}$/)).toBeVisible();

  // Regie: no decision yet, then one regisseur.
  const regie = page.getByRole('region', { name: 'Regie' });
  await expect(regie.getByText('Er is nog geen regie vastgelegd voor dit gezin.')).toBeVisible();
  await regie.getByRole('button', { name: 'Regie vastleggen' }).click();
  await expect(regie.getByRole('alert')).toContainText('Kies de regisseur.');
  // Nobody is involved yet: the regisseur comes from another organisation, whose involvement is recorded with it.
  await regie.getByLabel('Regisseur', { exact: true }).selectOption({ label: 'Andere organisatie…' });
  await regie.getByLabel('Regisseur van een andere organisatie').selectOption({ label: 'Roel Venema, gezinscoach' });
  await expect(regie.getByLabel('Contactgegevens regisseur')).toHaveValue('0591-123456');
  await regie.getByLabel('Mandaat').selectOption({ label: 'Drang' });
  await regie.getByLabel('Doorzettingsmacht (mag doorpakken en opschalen)').check();
  await regie.getByRole('button', { name: 'Regie vastleggen' }).click();
  await expect(regie.getByText(/Roel Venema \(Wijkteam Emmen-Oost\), mandaat Drang, met doorzettingsmacht/)).toBeVisible();
  await regie.getByLabel('De nieuwe regisseur heeft het gezin ontmoet').check();

  // A new action with owner and due date.
  await actions.getByLabel('Wat moet er gebeuren?').fill('Gesprek met Noor op school');
  await actions.getByLabel('Eigenaar').selectOption({ label: 'Ilse Wiersma, jeugdverpleegkundige' });
  await actions.getByLabel('Uiterlijk op').fill(dutchDay(7));
  await actions.getByRole('button', { name: 'Actie toevoegen' }).click();
  await expect(actions.getByRole('cell', { name: /^Actie Gesprek met Noor op school/ })).toBeVisible();

  // Terugkoppeling: five working days by default; here it was due three days ago.
  const feedback = page.getByRole('region', { name: 'Terugkoppeling aan de signaalgever' });
  const defaultDue = addWorkingDaysTo(isoDay(0), 5)!.split('-').reverse().join('-');
  await expect(feedback.getByLabel('Uiterlijk op')).toHaveValue(defaultDue);
  await feedback.getByLabel('Signaalgever', { exact: true }).selectOption({ label: 'OBS De Regenboog' });
  await feedback.getByLabel('Wie informeert de signaalgever?').selectOption({ label: 'Ilse Wiersma, jeugdverpleegkundige' });
  // A new due date is not in the past: the form says so, in the same words core uses.
  await feedback.getByLabel('Uiterlijk op').fill(dutchDay(-3));
  await feedback.getByRole('button', { name: 'Signaalgever informeren inplannen' }).click();
  await expect(feedback.getByText('Een uiterste datum ligt niet in het verleden.')).toBeVisible();
  // The feedback was in fact agreed three days ago (recorded now, as core allows for what happened before).
  await call(app, 'regie:signalDiscussed', {
    familyId: ids.familyId,
    signallerOrganisationId: ids.schoolId,
    ownerProfessionalId: ids.ilseId,
    ownerOrganisationId: ids.jgzId,
    dueDate: isoDay(-3),
    meetingId: null,
  });

  // Opvolging shows the signaller not yet informed, three days late.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Opvolging' }).click();
  const bakker = page.getByRole('article', { name: 'Gezin Bakker' });
  await expect(bakker).toContainText('Acties over de uiterste datum (1)');
  await expect(bakker.getByRole('listitem').filter({ hasText: 'Signaalgever informeren: OBS De Regenboog' }).first()).toContainText('3 dagen te laat');
  await expect(bakker).toContainText('Signaalgevers nog niet geïnformeerd (1)');
  await app.expectAccessible('opvolging met te late terugkoppeling');
  await bakker.getByRole('button', { name: 'Open Gezin Bakker' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gezin Bakker' })).toBeVisible();
  await expect(actions.getByText('Te laat (3 dagen)')).toBeVisible();

  // Closing is refused, and the screen says exactly what is missing.
  const closure = page.getByRole('region', { name: 'Afsluiten of afschalen' });
  await closure.getByRole('button', { name: 'Casus afsluiten' }).click();
  const refusal = closure.getByRole('alert');
  await expect(refusal).toContainText('De casus kan nog niet worden afgesloten of afgeschaald. Nog nodig:');
  await expect(refusal.getByRole('listitem')).toHaveText([
    'Een oordeel dat de kinderen veilig zijn.',
    'De datum van dat oordeel.',
    'De datum waarop Noor Bakker is gezien en gesproken.',
    'Afspraken over monitoring van de veiligheid, met een eigenaar.',
    // Open actions in the order of their due dates.
    'De open actie "Gesprek met Noor op school": afronden, laten vervallen of met een reden overdragen.',
    'De open actie "Aanmelden bij de GGZ voor moeder": afronden, laten vervallen of met een reden overdragen.',
    /^Terugkoppeling aan de melder: Signaalgever informeren/,
  ]);
  await app.expectAccessible('besluiten met weigering');

  // Complete what is missing, then close.
  await closure.getByLabel('Oordeel: de kinderen zijn veilig, omdat…').fill('Noor vertelt dat het thuis rustig is; school en JGZ zien haar opbloeien.');
  await closure.getByLabel('Datum van het oordeel').fill(dutchDay(-1));
  await closure.getByLabel('Noor gezien en gesproken op').fill(dutchDay(-2));
  await closure.getByLabel('Door wie is Noor gezien en gesproken (naam en organisatie)').fill('Ilse Wiersma (JGZ Drenthe)');
  await closure.getByLabel('Wat is er bij Noor gezien en gehoord').fill('Ontspannen, vertelt zelf over thuis en school.');
  await closure.getByLabel('Wat houdt Noor nu veilig').fill('Rust thuis; moeder is in behandeling; school let op.');
  await closure.getByLabel('Monitoringafspraak').fill('JGZ ziet Noor bij het volgende consult');
  await closure.getByLabel('Eigenaar').selectOption({ label: 'Ilse Wiersma, jeugdverpleegkundige' });
  await closure.getByRole('button', { name: 'Monitoringafspraak toevoegen' }).click();
  await closure.getByLabel('Reden om "Aanmelden bij de GGZ voor moeder" over te dragen na afsluiten').fill('Loopt door bij de JGZ; Ilse Wiersma houdt contact met moeder.');
  await closure.getByLabel('Reden om "Aanmelden bij de GGZ voor moeder" over te dragen na afsluiten').press('Tab');
  await closure.getByLabel('Status van "Gesprek met Noor op school"').selectOption({ label: 'Gedaan' });
  await actions.getByLabel(/^Status van "Signaalgever informeren/).selectOption({ label: 'Gedaan' });
  await expect(closure.getByText('Alles is aanwezig om de casus af te sluiten of af te schalen.')).toBeVisible();
  await closure.getByRole('button', { name: 'Casus afsluiten' }).click();
  await expect(closure.getByText('Status van de casus: afgesloten', { exact: false })).toBeVisible();
  await expect(closure.getByRole('button', { name: 'Casus heropenen' })).toBeVisible();
});
