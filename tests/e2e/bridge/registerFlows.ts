import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** A sociale kaart as a chair would get it from the municipality: three partners and one bad row. */
export const PARTNER_CSV = [
  'organisatie;type;functie;plaats;telefoon;email;contactpersoon;rol;contact_telefoon;contact_email;overleggen;opmerking',
  'OBS De Regenboog;school;signalerend;Emmen;0591-123456;info@regenboog.example;Petra Visser;intern begeleider;0591-123457;p.visser@regenboog.example;een_twee_drie_tje;vaste IB',
  'GGD Drenthe;jgz;duidend;Assen;0592-306300;;Fenna Bakker;jeugdverpleegkundige;06-12345678;f.bakker@ggd.example;een_twee_drie_tje|cjg_aanmeldoverleg;',
  'Wijkteam Emmen;wijkteam;;Emmen;;;Jeroen Smit;schoolmaatschappelijk werker;;j.smit@wijkteam.example;een_twee_drie_tje|zat;',
  'Bakkerij De Krentenbol;bakkerij;;Emmen;;geen-email;Kees Krent;;;;;',
].join('\r\n');

/** Opens Sociale kaart, reads the CSV, checks the bad row's error and imports the valid rows. */
export async function importPartners(page: Page, csv = PARTNER_CSV): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Sociale kaart' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sociale kaart' })).toBeVisible();
  await page.getByLabel('CSV-bestand', { exact: true }).setInputFiles({ name: 'sociale-kaart.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(page.getByRole('status').filter({ hasText: '3 regels kunnen worden ingelezen. 1 regel heeft een fout en wordt overgeslagen.' })).toBeVisible();
  const badRow = page.getByRole('row', { name: /Bakkerij De Krentenbol/ });
  await expect(badRow).toContainText('wordt niet ingelezen');
  await expect(badRow).toContainText('Regel 5: type: onbekend type');
  await expect(badRow).toContainText('Regel 5: email: geen geldig e-mailadres');
  await expect(page.getByText('Deze kolommen worden niet ingelezen: opmerking.')).toBeVisible();
  await page.getByRole('button', { name: '3 geldige regels inlezen' }).click();
  await expect(page.getByText('Ingelezen: 3 nieuwe organisaties en 3 nieuwe contactpersonen.')).toBeVisible();
}

/** Creates a family from the start screen; lands on its dossier. */
export async function newFamily(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Start' }).click();
  await page.getByLabel('Naam van het gezin').fill(name);
  await page.getByRole('button', { name: 'Gezin aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Opens a dossier tab by its exact name ("Gezin" is not "Gezinsplan"). */
/** The dossier's parts that sit inside a group tab, and that group's label (Dutch and English). */
const GROUP_OF_PART: Record<string, string> = {
  Gezin: 'Gezin en betrokkenen',
  Betrokkenen: 'Gezin en betrokkenen',
  Besluiten: 'Besluiten en plan',
  Gezinsplan: 'Besluiten en plan',
  Toestemming: 'Delen en privacy',
  Overdragen: 'Delen en privacy',
  'Inzage en vernietiging': 'Delen en privacy',
  Household: 'Family and involved',
  Involved: 'Family and involved',
  Consent: 'Sharing and privacy',
};

/** Opens a part of the dossier as a person would: its group first when it sits in one. */
export async function openTab(page: Page, name: string): Promise<void> {
  const group = GROUP_OF_PART[name];
  if (group) await page.getByRole('tab', { name: group, exact: true }).click();
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
}

/** Adds a household member through the "Gezinslid toevoegen" form on the Gezin tab. */
export async function addMember(
  page: Page,
  member: { role: 'kind' | 'ouder' | 'verzorger' | 'huisgenoot' | 'verwacht kind'; givenName: string; familyName?: string; birthDate?: string },
): Promise<void> {
  const form = page.getByRole('region', { name: 'Gezinslid toevoegen' });
  await form.getByLabel('Rol in het gezin').selectOption({ label: member.role });
  await form.getByLabel('Voornaam').fill(member.givenName);
  await form.getByLabel('Achternaam').fill(member.familyName ?? '');
  await form.getByLabel(member.role === 'verwacht kind' ? 'Verwachte geboortedatum' : 'Geboortedatum').fill(member.birthDate ?? '');
  await form.getByRole('button', { name: 'Gezinslid toevoegen' }).click();
  const fullName = member.familyName ? `${member.givenName} ${member.familyName}` : member.givenName;
  await expect(page.getByRole('group', { name: new RegExp(`^${escapeRegExp(fullName)} `) })).toBeVisible();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Waits for the visible autosave confirmation. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen om \d{2}:\d{2}$/ })).toBeVisible();
}
