import { callCore } from './bridge/callCore';
import { expect, test } from './bridge/fixtures';
import { createVaultThroughUi, chooseLanguage } from './bridge/flows';

const call = callCore;

test('een besproken gezin zonder regie valt op; eigen regie vraagt oordeel en redenen; ongedaan maken; Engels', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createVaultThroughUi(app, 'eigen-regie-test');
  const family = await call(app, 'families:create', { displayName: 'Gezin Smit', anonymous: false });
  const meeting = await call(app, 'meetings:save', {
    type: 'wijkteam_casuistiek',
    title: 'Casuïstiekoverleg',
    startsAt: new Date(Date.now() - 24 * 3_600_000).toISOString(),
    location: '',
    schoolId: null,
    chairId: null,
    confidentiality: '',
  });
  await call(app, 'meetings:setAgenda', { meetingId: meeting.id, items: [{ familyId: family.id, memberIds: [], anonymous: false }] });

  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await nav.getByRole('button', { name: 'Opvolging' }).click();
  const withoutRegie = page.getByRole('region', { name: 'Besproken gezinnen zonder regie (1)' });
  await withoutRegie.getByRole('button', { name: 'Open Gezin Smit' }).click();
  const regie = page.getByRole('region', { name: 'Regie' });
  await expect(regie.getByText('Let op: dit gezin is in een overleg besproken zonder regiebesluit.')).toBeVisible();

  // Keyboard only: choose eigen regie and submit without judgement and reasons.
  await regie.getByRole('radio', { name: 'Een regisseur' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(regie.getByRole('radio', { name: 'Eigen regie (het gezin zelf)' })).toBeChecked();
  await regie.getByRole('button', { name: 'Regie vastleggen' }).focus();
  await page.keyboard.press('Enter');
  await expect(regie.getByRole('alert')).toContainText('Leg het oordeel vast.');
  await expect(regie.getByRole('alert')).toContainText('Geef de redenen.');

  await regie.getByLabel('Oordeel: waarom kan het gezin zelf de regie voeren?').fill('Ouders pakken de afspraken samen met oma op.');
  await regie.getByLabel('Redenen', { exact: true }).fill('Sterk netwerk; afspraken worden nagekomen.');
  await regie.getByRole('button', { name: 'Regie vastleggen' }).click();
  await expect(regie.getByText('Eigen regie: het gezin voert zelf de regie')).toBeVisible();
  await expect(regie.getByText('Let op: dit gezin is in een overleg besproken zonder regiebesluit.')).toHaveCount(0);
  await app.expectAccessible('besluiten eigen regie');

  // Undo takes the decision back; redo it for the dashboard.
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByText('Ongedaan gemaakt: Regiebesluit vastgelegd')).toBeVisible();
  await expect(regie.getByText('Er is nog geen regie vastgelegd voor dit gezin.')).toBeVisible();

  await nav.getByRole('button', { name: 'Opvolging' }).click();
  await expect(page.getByRole('region', { name: 'Besproken gezinnen zonder regie (1)' })).toBeVisible();

  await chooseLanguage(page, 'English');
  await expect(page.getByRole('heading', { level: 1, name: 'Follow-up' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Discussed families without case management (1)' })).toBeVisible();
  await app.expectAccessible('follow-up in English');
});
