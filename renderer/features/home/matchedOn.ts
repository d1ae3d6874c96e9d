/**
 * Core says why a family matched in Dutch ("school: OBS De Regenboog", "naam", "meerdere velden").
 * The field part is translated here; the matched text itself is the user's data and stays as is.
 */
const FIELD_KEYS: Record<string, string> = {
  naam: 'name',
  school: 'school',
  organisatie: 'organisation',
  betrokkene: 'professional',
  'meerdere velden': 'several',
};

export function matchedOnText(matchedOn: string, t: (key: string) => string): string {
  const colon = matchedOn.indexOf(': ');
  const field = colon === -1 ? matchedOn : matchedOn.slice(0, colon);
  const key = FIELD_KEYS[field];
  if (!key) return matchedOn;
  const label = t(`home.search.field.${key}`);
  return colon === -1 ? label : `${label}: ${matchedOn.slice(colon + 2)}`;
}
