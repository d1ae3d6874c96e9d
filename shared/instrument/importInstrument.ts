import type { z } from 'zod';
import { Instrument } from './instrumentSchema';

/**
 * An organisation imports its own instrument as a JSON file. Nothing is stored unless the whole
 * instrument is valid; every problem is listed in Dutch with where it is, so the author can fix the
 * file in one go.
 */
export type InstrumentImportResult = { ok: true; instrument: Instrument } | { ok: false; errors: string[] };

const MAX_FILE_CHARS = 1_000_000;

function where(path: readonly PropertyKey[], input: unknown): string {
  const parts: string[] = [];
  let node: unknown = input;
  for (const key of path) {
    if (typeof key === 'number') {
      const named = node && typeof node === 'object' ? (node as unknown[])[key] : undefined;
      const id = named && typeof named === 'object' && typeof (named as { id?: unknown }).id === 'string' ? ` "${(named as { id: string }).id}"` : '';
      parts.push(`nr. ${key + 1}${id}`);
    } else {
      parts.push(LABELS[String(key)] ?? String(key));
    }
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return parts.join(' › ');
}

const LABELS: Record<string, string> = {
  sections: 'sectie',
  items: 'vraag',
  text: 'vraagtekst',
  title: 'titel',
  help: 'hulptekst',
  role: 'rol',
  signal: 'signaalsoort',
  answerType: 'antwoordsoort',
  key: 'instrumentcode',
  name: 'naam',
  version: 'versie',
  rules: 'regels',
  accumulationThreshold: 'drempel stapeling',
  id: 'code',
};

export function formatIssues(error: z.ZodError, input: unknown): string[] {
  return error.issues.map((issue) => {
    const at = where(issue.path, input);
    return at ? `${at}: ${issue.message}` : issue.message;
  });
}

export function validateInstrument(input: unknown): InstrumentImportResult {
  const parsed = Instrument.safeParse(input);
  if (parsed.success) return { ok: true, instrument: parsed.data };
  return { ok: false, errors: formatIssues(parsed.error, input) };
}

export function importInstrumentJson(json: string): InstrumentImportResult {
  if (json.length > MAX_FILE_CHARS) return { ok: false, errors: ['het bestand is te groot voor een instrument (maximaal 1 MB)'] };
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch {
    return { ok: false, errors: ['het bestand is geen geldige JSON'] };
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: ['het bestand bevat geen instrument (verwacht een JSON-object)'] };
  }
  return validateInstrument(input);
}
