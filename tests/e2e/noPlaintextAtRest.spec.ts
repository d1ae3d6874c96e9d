import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './bridge/fixtures';
import { createFamily, createVaultThroughUi, enterOperator, writeNote } from './bridge/flows';
import { listFiles, scanForMarkers } from './bridge/plaintextScan';

test('wat in de app is getypt, staat nergens leesbaar op schijf', async ({ app }) => {
  const { page } = app;
  const startedAt = Date.now() - 1000;
  const tag = `${process.pid}${Date.now()}`;
  const markers = {
    passphrase: `wachtzin met ${tag} en vier woorden extra lang`,
    operator: `Operator${tag}`,
    family: `Gezin Marker${tag}`,
    note: `NotitieMarker${tag} over verzuim en schulden`,
  };
  await app.open();
  const vaultPath = await createVaultThroughUi(app, 'geen-klare-tekst', markers.passphrase, {
    name: markers.operator,
    organisation: 'Jeugdgezondheidszorg Drenthe',
    role: 'jeugdverpleegkundige',
  });
  await createFamily(page, markers.family);
  await writeNote(page, markers.note);

  // A backup, the log check and a lock/unlock round make core write every kind of file it writes.
  await page.getByRole('button', { name: 'Instellingen' }).click();
  await page.getByRole('button', { name: 'Reservekopie maken' }).click();
  await expect(page.getByText(/Reservekopie gemaakt en gecontroleerd/)).toBeVisible();
  await page.getByRole('button', { name: 'Logboek controleren' }).click();
  await expect(page.getByText(/Het logboek is in orde/)).toBeVisible();
  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  await page.getByLabel('Wachtwoord', { exact: true }).fill(markers.passphrase);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await enterOperator(page, { name: markers.operator, organisation: 'JGZ Drenthe', role: 'jeugdverpleegkundige' });
  await page.getByLabel('Zoek een gezin').fill(markers.family);
  await page.getByRole('option', { name: new RegExp(markers.family) }).click();
  await expect(page.getByRole('textbox', { name: 'Notitie' })).toHaveValue(markers.note);
  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' })).toBeVisible();
  app.session.dispose();

  expect(fs.existsSync(vaultPath + '.casustafel') || fs.existsSync(vaultPath)).toBe(true);
  const vaultFile = fs.existsSync(vaultPath) ? vaultPath : `${vaultPath}.casustafel`;
  const vaultFiles = [vaultFile, `${vaultFile}-wal`, `${vaultFile}-shm`, `${vaultFile}-journal`].filter((f) => fs.existsSync(f));
  const dataFiles = listFiles(app.userDataDir);
  const tempFiles = listFiles(os.tmpdir(), (_file, stat) => stat.mtimeMs >= startedAt || stat.ctimeMs >= startedAt);

  // The vault itself really is there and not empty, and a backup was written to the data folder.
  expect(fs.statSync(vaultFile).size).toBeGreaterThan(4096);
  expect(dataFiles.some((f) => f.endsWith('.casustafel'))).toBe(true);

  const result = scanForMarkers([...vaultFiles, ...dataFiles, ...tempFiles], Object.values(markers));
  test.info().annotations.push({
    type: 'scan',
    description: `${result.filesScanned} bestanden, ${result.bytesScanned} bytes doorzocht (kluis, -wal/-shm, gegevensmap, nieuwe bestanden in ${os.tmpdir()})`,
  });
  console.log(`plaintext-scan: ${result.filesScanned} files, ${result.bytesScanned} bytes`);
  expect(result.filesScanned).toBeGreaterThanOrEqual(vaultFiles.length + dataFiles.length);
  expect(result.hits).toEqual([]);
});

test('de schijfscan vindt een marker wel als hij er leesbaar staat (controle van de scan zelf)', async ({ app }) => {
  const marker = `Controle${process.pid}${Date.now()}`;
  const utf8 = path.join(app.workDir, 'controle-utf8.bin');
  const utf16 = path.join(app.workDir, 'controle-utf16.bin');
  fs.writeFileSync(utf8, Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(marker, 'utf8')]));
  fs.writeFileSync(utf16, Buffer.from(`xx${marker}yy`, 'utf16le'));
  const result = scanForMarkers(listFiles(app.workDir), [marker]);
  expect(result.hits.sort()).toEqual([`${utf16}: ${marker}`, `${utf8}: ${marker}`].sort());
});
