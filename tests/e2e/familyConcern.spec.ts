import { callCore } from './bridge/callCore';
import { expect, test, type AppHarness } from './bridge/fixtures';
import { createVaultThroughUi } from './bridge/flows';

const call = callCore;

function isoDay(app: AppHarness, days: number): string {
  const d = new Date(app.coreNow() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Two families with an overdue action. Gezin Hoekstra: Daan assessed acuut, with an afweging term on
 * question 4 that passed ten days ago while question 5 is open; his younger sister Sophie assessed
 * after him at laag. Gezin Bakker: Noor at laag, whose action is more overdue. Gezin Hoekstra is on
 * the agenda of a ZAT that starts in an hour.
 */
async function seed(app: AppHarness) {
  const wijkteam = await call(app, 'directory:saveOrganisation', { name: 'Wijkteam Emmen-Oost', type: 'wijkteam', function: 'duidend', place: 'Emmen', phone: '', email: '' });
  const roel = await call(app, 'directory:saveProfessional', { organisationId: wijkteam.id, name: 'Roel Venema', role: 'gezinscoach', phone: '', email: '', meetingTypes: [] });
  const family = async (name: string, children: { givenName: string; birthDate: string; level: 'acuut' | 'laag'; term?: string }[], due: number) => {
    const f = await call(app, 'families:create', { displayName: name, anonymous: false });
    for (const c of children) {
      const child = await call(app, 'register:saveMember', { familyId: f.id, role: 'kind', givenName: c.givenName, familyName: name.replace('Gezin ', ''), birthDate: c.birthDate, parentalAuthority: false, schoolId: null, schoolGroup: '' });
      const { assessment } = await call(app, 'assessment:start', { familyId: f.id, childId: child.id, instrumentId: null, meetingId: null });
      await call(app, 'assessment:saveJudgement', { assessmentId: assessment.id, judgement: { now: c.level, future: c.level, reason: '', scales: [], date: isoDay(app, 0) } });
      if (c.term !== undefined) {
        for (const [question, answer] of [[1, 'ja'], [2, 'nee'], [3, 'ja'], [4, 'ja']] as const) {
          await call(app, 'assessment:addTrailEntry', {
            assessmentId: assessment.id,
            entry: {
              professional: { name: 'Marieke Postma', discipline: 'wijkteam' },
              question,
              answer,
              reasoning: `Onderbouwing bij vraag ${question}`,
              date: isoDay(app, -30),
              monitoring: '',
              term: question === 4 ? c.term : null,
              casemanager: question === 4 ? 'Joost Kuipers' : '',
            },
          });
        }
      }
    }
    await call(app, 'regie:saveAction', {
      familyId: f.id,
      kind: 'actie',
      description: `Huisbezoek ${name}`,
      ownerProfessionalId: roel.id,
      ownerOrganisationId: wijkteam.id,
      dueDate: isoDay(app, due),
      status: 'open',
      memberIds: [],
      meetingId: null,
      signallerOrganisationId: null,
      informed: false,
      informingPostponedUntil: null,
      informingPostponedReason: '',
    });
    return f;
  };
  const hoekstra = await family(
    'Gezin Hoekstra',
    [
      { givenName: 'Daan', birthDate: '2014-03-02', level: 'acuut', term: isoDay(app, -10) },
      { givenName: 'Sophie', birthDate: '2019-09-21', level: 'laag' },
    ],
    -3,
  );
  await family('Gezin Bakker', [{ givenName: 'Noor', birthDate: '2017-03-01', level: 'laag' }], -20);
  const meeting = await call(app, 'meetings:save', {
    type: 'zat',
    title: 'ZAT Emmen-Oost',
    startsAt: new Date(app.coreNow() + 3_600_000).toISOString(),
    location: '',
    schoolId: null,
    chairId: null,
    confidentiality: '',
  });
  await call(app, 'meetings:setAgenda', { meetingId: meeting.id, items: [{ familyId: hoekstra.id, memberIds: [], anonymous: false }] });
}

test('de zorg van het gezin: Opvolging begint bij acuut en noemt het kind, de vergadermodus ook, met de verstreken termijn', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'zorg-test');
  await seed(app);

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Opvolging' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opvolging' })).toBeFocused();
  await expect(page.getByLabel('Sorteren op')).toHaveValue('concern');
  // Acuut before laag, though Gezin Bakker's action is more overdue; the concern is named with Daan, not Sophie.
  const families = page.getByRole('list', { name: /^Gezinnen met iets op te volgen/ }).getByRole('article');
  await expect(families.nth(0)).toHaveAccessibleName('Gezin Hoekstra');
  await expect(families.nth(0)).toContainText('acuut (Daan Hoekstra)');
  await expect(families.nth(0)).not.toContainText('Sophie');
  await expect(families.nth(1)).toHaveAccessibleName('Gezin Bakker');
  await expect(families.nth(1)).toContainText('laag (Noor Bakker)');
  await expect(page.getByRole('list', { name: 'Op te volgen, over alle gezinnen' })).toContainText('Acties over de uiterste datum (2)');
  // Sorting by due date alone puts the older action first again.
  await page.getByLabel('Sorteren op').selectOption({ label: 'Uiterste datum' });
  await expect(families.nth(0)).toHaveAccessibleName('Gezin Bakker');
  const hoekstra = page.getByRole('article', { name: 'Gezin Hoekstra' });
  await expect(hoekstra).toContainText('Termijn afwegingskader verstreken (1)');
  await expect(hoekstra).toContainText('Daan Hoekstra — Marieke Postma');
  await app.expectAccessible('opvolging met zorg per gezin');

  // Meeting mode: the case in focus reads the family's concern from core.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Overleggen' }).click();
  await page.getByRole('button', { name: /ZAT Emmen-Oost/ }).click();
  await page.getByRole('button', { name: 'Vergadermodus openen' }).click();
  await page.getByLabel('Iedereen aan tafel heeft de geheimhouding bevestigd').check();
  await page.getByRole('button', { name: 'Overleg starten' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Casus 1 van 1: Gezin Hoekstra' })).toBeFocused();
  const flags = page.getByRole('region', { name: 'Risicotaxatie' });
  await expect(flags).toContainText('Zorg van het gezin (hoogste van elk kind): Zorg: acuut (Daan Hoekstra)');
  await expect(flags).toContainText('Sophie Hoekstra');
  await expect(flags).toContainText(/Termijn afweging verstreken: Marieke Postma sprak .* af \(vraag 4\), vraag 5 staat nog open\./);
  await app.expectAccessible('vergadermodus met de zorg van het gezin');
});
