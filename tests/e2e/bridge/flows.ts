import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, type AppHarness } from './fixtures';

export const STRONG_PASSPHRASE = 'paarse olifanten fietsen langs de Maas in november';

export interface OperatorInput {
  name: string;
  organisation: string;
  role: string;
}

export const DEFAULT_OPERATOR: OperatorInput = {
  name: 'Noor Jansen',
  organisation: 'CJG Assen',
  role: 'voorzitter aanmeldoverleg',
};

/** Fills the operator screen and continues to the start screen. */
export async function enterOperator(page: Page, operator: OperatorInput = DEFAULT_OPERATOR): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Wie werkt er?' })).toBeVisible();
  await page.getByLabel('Naam').fill(operator.name);
  await page.getByLabel('Organisatie').fill(operator.organisation);
  await page.getByLabel('Rol', { exact: true }).fill(operator.role);
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();
}

/** Creates a vault through the welcome screen and the scripted save dialog; returns its path. */
export async function createVaultThroughUi(
  app: AppHarness,
  fileName: string,
  passphrase = STRONG_PASSPHRASE,
  operator: OperatorInput = DEFAULT_OPERATOR,
): Promise<string> {
  const { page } = app;
  const filePath = path.join(app.workDir, fileName);
  app.setNextCreatePath(filePath);
  await page.getByRole('button', { name: 'Nieuwe kluis maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe kluis maken' })).toBeVisible();
  await page.getByLabel('Wachtwoord', { exact: true }).fill(passphrase);
  await page.getByLabel('Herhaal het wachtwoord').fill(passphrase);
  await page.getByRole('button', { name: 'Kluis maken' }).click();
  await enterOperator(page, operator);
  return filePath;
}

/** Creates a family from the start screen and lands on its dossier. */
export async function createFamily(page: Page, displayName: string): Promise<void> {
  await page.getByLabel('Naam van het gezin').fill(displayName);
  await page.getByRole('button', { name: 'Gezin aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: displayName })).toBeVisible();
}

/** Types a note and waits for the autosave confirmation. */
export async function writeNote(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Notitie' }).fill(text);
  await expect(page.getByText(/^Opgeslagen om \d{2}:\d{2}$/)).toBeVisible();
}

/**
 * Switches the language as a person would: with a vault open the switch sits in the top bar's menu
 * (opened, used, closed again); before that it stands in the top bar itself.
 */
export async function chooseLanguage(page: Page, language: 'English' | 'Nederlands'): Promise<void> {
  const menu = page.getByRole('button', { name: /^(Gebruiker en taal|User and language):/ });
  const inMenu = (await menu.count()) > 0;
  if (inMenu) await menu.click();
  await page.getByRole('button', { name: language, exact: true }).click();
  if (inMenu) await page.keyboard.press('Escape');
}
