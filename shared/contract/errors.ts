/**
 * Every failure that may cross from main to renderer. The renderer shows the text for the code in
 * the user's language; `message` carries the Dutch text so logs, the CLI and tests read the same.
 * No stack trace or file content ever travels with an error.
 */
export const ERROR_CODES = [
  'invalid_request',
  'unknown_channel',
  'forbidden_sender',
  'wrong_passphrase_or_damaged',
  'not_a_vault',
  'vault_too_new',
  'vault_in_use',
  'read_only_location',
  'disk_full',
  'file_not_found',
  'file_exists',
  'weak_passphrase',
  'passphrase_mismatch',
  'vault_locked',
  'operator_required',
  'not_found',
  'backup_failed',
  'confidentiality_required',
  'meeting_not_started',
  'package_damaged',
  'package_wrong_passphrase',
  'package_too_new',
  'package_refused',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const DUTCH_ERROR_MESSAGES: Record<ErrorCode, string> = {
  invalid_request: 'De gegevens zijn niet geldig. Er is niets gewijzigd.',
  unknown_channel: 'Deze opdracht bestaat niet in Casustafel.',
  forbidden_sender: 'Dit verzoek komt niet van het Casustafel-venster en is geweigerd.',
  wrong_passphrase_or_damaged:
    'De kluis gaat niet open. Het wachtwoord klopt niet, of het bestand is beschadigd: die twee zijn niet van elkaar te onderscheiden. Er is niets aan het bestand veranderd.',
  not_a_vault: 'Dit bestand is geen Casustafel-kluis. Er is niets aan het bestand veranderd.',
  vault_too_new:
    'Deze kluis is gemaakt met een nieuwere versie van Casustafel. Werk de app bij om hem te openen; het bestand is niet gewijzigd.',
  vault_in_use: 'Deze kluis is al geopend in een ander Casustafel-venster of op een andere plek. Sluit hem daar eerst.',
  read_only_location: 'Op deze plek mag Casustafel niet schrijven. Kies een map waarin je bestanden kunt opslaan.',
  disk_full: 'De schijf is vol. De laatste opgeslagen gegevens zijn bewaard; maak ruimte vrij en probeer het opnieuw.',
  file_not_found: 'Het bestand is niet gevonden.',
  file_exists: 'Er bestaat al een bestand met deze naam. Kies een andere naam; het bestaande bestand blijft onaangeroerd.',
  weak_passphrase: 'Dit wachtwoord is te zwak voor gegevens over kinderen. Kies een langere zin van meerdere woorden.',
  passphrase_mismatch: 'De twee wachtwoorden zijn niet gelijk.',
  vault_locked: 'De kluis is vergrendeld. Ontgrendel hem eerst.',
  operator_required: 'Geef eerst aan wie er werkt (naam, organisatie en rol).',
  not_found: 'Dit onderdeel bestaat niet (meer).',
  backup_failed: 'De reservekopie kon niet worden gemaakt of gecontroleerd. De kluis zelf is niet gewijzigd.',
  confidentiality_required: 'Bevestig eerst de geheimhoudingsverklaring; pas dan begint het overleg.',
  meeting_not_started: 'Dit overleg is nog niet gestart. Start het overleg eerst (met de geheimhoudingsverklaring).',
  package_damaged:
    'Het overdrachtsbestand is beschadigd of onvolledig (de controlesom klopt niet). Er is niets ingelezen; vraag de afzender het bestand opnieuw te sturen.',
  package_wrong_passphrase:
    'Het overdrachtsbestand is compleet, maar gaat met deze wachtwoordzin niet open. Er is niets ingelezen; vraag de afzender om de juiste wachtwoordzin.',
  package_too_new: 'Dit overdrachtsbestand is gemaakt met een nieuwere versie van Casustafel. Werk de app bij; er is niets ingelezen.',
  package_refused: 'Deze overdracht kan hier niet worden ingelezen. Er is niets gewijzigd.',
  internal: 'Er ging iets mis in Casustafel. Er is niets gewijzigd; probeer het opnieuw.',
};

export interface AppErrorPayload {
  code: ErrorCode;
  message: string;
  /** Optional, user-facing detail in Dutch (e.g. why a passphrase is weak). Never a stack trace. */
  detail?: string;
}

/** Thrown by core code; `dispatch` turns it into an AppErrorPayload. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly detail: string | undefined;
  constructor(code: ErrorCode, detail?: string) {
    super(DUTCH_ERROR_MESSAGES[code]);
    this.name = 'AppError';
    this.code = code;
    this.detail = detail;
  }
  toPayload(): AppErrorPayload {
    return this.detail === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, detail: this.detail };
  }
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: AppErrorPayload };
