import fs from 'node:fs';
import { callCore } from './bridge/callCore';
import { expect, test, type AppHarness } from './bridge/fixtures';
import { createVaultThroughUi, enterOperator, STRONG_PASSPHRASE } from './bridge/flows';
import { openTab } from './bridge/registerFlows';

const call = callCore;

function isoDay(app: AppHarness, days: number): string {
  const d = new Date(app.coreNow() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const SCHOOL_CHAIR = { name: 'Fenna de Vries', organisation: 'OBS De Regenboog', role: 'intern begeleider' };
const WIJKTEAM_CHAIR = { name: 'Roel Venema', organisation: 'Wijkteam Emmen-Oost', role: 'gezinscoach' };
const VISIT = 'Gezinscoach heeft Noor thuis gezien';
const SCHOOL_SIGNAL = 'Noor komt vaak moe op school';

/** The school's vault: Gezin Bakker with the wijkteam involved on need-to-know; a school signal shared on consent that does not reach the wijkteam. */
async function seedSchool(app: AppHarness) {
  const school = await call(app, 'directory:saveOrganisation', { name: 'OBS De Regenboog', type: 'school', function: 'signalerend', place: 'Emmen', phone: '', email: '' });
  const wijkteam = await call(app, 'directory:saveOrganisation', { name: 'Wijkteam Emmen-Oost', type: 'wijkteam', function: 'duidend', place: 'Emmen', phone: '', email: '' });
  const roel = await call(app, 'directory:saveProfessional', { organisationId: wijkteam.id, name: 'Roel Venema', role: 'gezinscoach', phone: '0591-123456', email: '', meetingTypes: [] });
  const bakker = await call(app, 'families:create', { displayName: 'Gezin Bakker', anonymous: false });
  const noor = await call(app, 'register:saveMember', {
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
    professionalId: roel.id,
    organisationId: wijkteam.id,
    role: '',
    mandate: 'vrijwillig',
    since: isoDay(app, -30),
    lastContact: null,
    virRegistered: 'onbekend',
    virDate: null,
    virBy: '',
    legalBasis: 'noodzakelijk_betrokkenen',
    endedAt: null,
  });
  const event = (organisationId: string, summary: string, legalBasis: 'toestemming' | 'noodzakelijk_betrokkenen') =>
    call(app, 'timeline:save', {
      familyId: bakker.id,
      type: 'signaal',
      date: isoDay(app, -10),
      organisationId,
      toOrganisationId: null,
      referralStatus: null,
      statusDate: null,
      reason: '',
      stagnationReason: null,
      consentStatus: null,
      escalationStep: null,
      noticedBy: '',
      summary,
      legalBasis,
      memberIds: [noor.id],
    });
  await event(wijkteam.id, VISIT, 'noodzakelijk_betrokkenen');
  await event(school.id, SCHOOL_SIGNAL, 'toestemming');
}

async function openFamily(app: AppHarness, name: string) {
  const { page } = app;
  const search = page.getByRole('combobox', { name: 'Zoek een gezin' });
  await search.fill('Bakker');
  await expect(page.getByRole('option', { name: new RegExp(name) })).toBeVisible();
  await search.press('ArrowDown');
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('een voorzitter draagt een gezin over aan het wijkteam, het wijkteam leest het in, de ontvangstbevestiging sluit de overdracht', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await app.open();
  const schoolVault = await createVaultThroughUi(app, 'school.casustafel', STRONG_PASSPHRASE, SCHOOL_CHAIR);
  await seedSchool(app);

  // Dossier → Overdragen: the preview says what goes and what is withheld and why.
  await openFamily(app, 'Gezin Bakker');
  await openTab(page, 'Overdragen');
  await page.getByLabel('Ontvangende organisatie').selectOption({ label: 'Wijkteam Emmen-Oost (wijkteam)' });
  await expect(page.getByText('Gaat mee — Gezin Bakker (grondslag: noodzakelijk voor de direct betrokkenen)')).toBeVisible();
  await expect(page.getByText(/^Gaat mee — Tijdlijn: signaal .*Wijkteam Emmen-Oost/)).toBeVisible();
  await expect(page.getByText(/^Achtergehouden — Tijdlijn: signaal .*OBS De Regenboog.*Reden: de toestemming geldt niet voor deze ontvanger/)).toBeVisible();
  await page.getByRole('button', { name: 'Wachtwoordzin voorstellen' }).click();
  const passphraseField = page.getByLabel('Wachtwoordzin', { exact: true });
  await expect(passphraseField).not.toHaveValue('');
  const packagePassphrase = await passphraseField.inputValue();
  expect(packagePassphrase).toMatch(/^[a-z]{4,9}( [a-z]{4,9}){7}$/);
  await app.expectAccessible('dossier overdragen');
  await page.getByRole('button', { name: 'Pakket opslaan…' }).click();
  await expect(page.getByText(/^Opgeslagen als Overdracht aan Wijkteam Emmen-Oost .*\.overdracht\. Er staat nu een actie open/)).toBeVisible();
  const packagePath = app.savedExports.at(-1)!;
  const raw = fs.readFileSync(packagePath);
  for (const text of ['Bakker', 'Noor', VISIT]) expect(raw.includes(Buffer.from(text))).toBe(false);

  // The wijkteam's own vault.
  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeVisible();
  await page.getByRole('button', { name: 'Andere kluis kiezen' }).click();
  await createVaultThroughUi(app, 'wijkteam.casustafel', STRONG_PASSPHRASE, WIJKTEAM_CHAIR);
  await page.getByRole('button', { name: 'Instellingen' }).click();
  const receive = page.getByRole('region', { name: 'Overdracht ontvangen' });
  // A wrong passphrase is named as such, and nothing is shown or written.
  await receive.getByLabel('Wachtwoordzin van het pakket').fill('dit is niet de afgesproken zin');
  app.setNextHandoverFile(packagePath);
  await receive.getByRole('button', { name: 'Bestand kiezen en controleren…' }).click();
  await expect(receive.getByText(/gaat met deze wachtwoordzin niet open/)).toBeVisible();
  await receive.getByLabel('Wachtwoordzin van het pakket').fill(packagePassphrase);
  app.setNextHandoverFile(packagePath);
  await receive.getByRole('button', { name: 'Bestand kiezen en controleren…' }).click();
  await expect(receive.getByRole('heading', { level: 3, name: '1. Gezin Bakker (gedeeld op noodzakelijk voor de direct betrokkenen)' })).toBeVisible();
  await expect(receive.getByText(/Van OBS De Regenboog \(Fenna de Vries/)).toBeVisible();
  await expect(receive.getByText(/Noor Bakker — kind, geboren/)).toBeVisible();
  await expect(receive.getByText(SCHOOL_SIGNAL)).toHaveCount(0);
  expect((await call(app, 'families:list', { query: '' })).length).toBe(0);
  await app.expectAccessible('instellingen, overdracht ontvangen');
  await receive.getByRole('button', { name: 'Inlezen' }).click();
  await expect(receive.getByText('Ingelezen: 1 gezin, aantal onderdelen: 1.')).toBeVisible();
  await expect(receive.getByText(/^Ontvangstbevestiging opgeslagen als Ontvangstbevestiging .*\.ontvangst/)).toBeVisible();
  const receiptPath = app.savedExports.at(-1)!;

  // The family is there, with where each item came from.
  await page.getByRole('button', { name: 'Start' }).click();
  await openFamily(app, 'Gezin Bakker');
  await openTab(page, 'Tijdlijn');
  await page.getByRole('radio', { name: 'tabel' }).check();
  await expect(page.getByText(VISIT).first()).toBeVisible();
  // Every received item says where it came from.
  await page.getByRole('button', { name: /^Details van .*, signaal$/i }).first().click();
  await expect(page.getByText(/\(Wijkteam Emmen-Oost\) — ontvangen van OBS De Regenboog op /)).toBeVisible();

  // Back in the school's vault, the receipt closes the loop.
  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  await page.getByRole('button', { name: 'Andere kluis kiezen' }).click();
  app.setNextOpenPath(schoolVault);
  await page.getByRole('button', { name: 'Kluis openen', exact: true }).click();
  await page.getByLabel('Wachtwoord', { exact: true }).fill(STRONG_PASSPHRASE);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await enterOperator(page, SCHOOL_CHAIR);
  await page.getByRole('button', { name: 'Instellingen' }).click();
  const receipt = page.getByRole('region', { name: 'Ontvangstbevestiging inlezen' });
  await receipt.getByLabel('Wachtwoordzin van het pakket').fill(packagePassphrase);
  app.setNextHandoverFile(receiptPath);
  await receipt.getByRole('button', { name: 'Ontvangstbevestiging kiezen…' }).click();
  await expect(receipt.getByText(/^Aanvaard door Roel Venema — Wijkteam Emmen-Oost \(gezinscoach\) op .*De overdrachtsactie is afgesloten/)).toBeVisible();
  await app.expectAccessible('instellingen, ontvangstbevestiging');
  await page.getByRole('button', { name: 'Start' }).click();
  await openFamily(app, 'Gezin Bakker');
  await openTab(page, 'Tijdlijn');
  await page.getByRole('radio', { name: 'tabel' }).check();
  await expect(page.getByText(/De vorige professional blijft betrokken tot de hulp gestart is/).first()).toBeVisible();
});
