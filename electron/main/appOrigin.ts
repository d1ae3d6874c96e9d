/**
 * Where the app's own content lives. The renderer is served from a custom, privileged scheme
 * instead of file:// so that the page has a real origin (for CSP 'self' and the IPC sender check)
 * and file:// never needs extra privileges (the grantFileProtocolExtraPrivileges fuse is off).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'casustafel';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** True only for URLs on exactly our origin; anything unparsable is foreign. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}
