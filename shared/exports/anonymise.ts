/**
 * A safety net for anonymous cases: the chair writes minutes and actions knowing the case is
 * discussed without names, but a name typed out of habit must still not leave the vault. Every
 * registered name of the household (given names, family names, the family's display name) is
 * replaced by "[naam]" as a whole word, case-insensitively, before a text goes into a summary.
 */
export const REDACTED = '[naam]';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The words to hide: whole names and their parts, longest first (so "de Vries" goes before "Vries"). */
export function namesToHide(names: readonly string[]): string[] {
  const parts = new Set<string>();
  for (const name of names) {
    const trimmed = name.trim();
    if (trimmed.length >= 2) parts.add(trimmed);
    for (const word of trimmed.split(/[\s-]+/)) {
      // Short words ("de", "van", "el") are particles, not names on their own.
      if (word.length >= 3 && !/^(van|den|der|het|ten|ter|gezin|familie)$/i.test(word)) parts.add(word);
    }
  }
  return [...parts].sort((a, b) => b.length - a.length);
}

export function redactNames(text: string, names: readonly string[]): string {
  const hide = namesToHide(names);
  if (hide.length === 0) return text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${hide.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return text.replace(pattern, REDACTED);
}
