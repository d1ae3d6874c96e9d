import type { ErrorCode } from '../../shared/contract/errors';

/** Exit codes of the `casustafel` command line; printed by `casustafel help`. */
export const EXIT_CODES = {
  ok: 0,
  usage: 1,
  wrongPassphraseOrDamaged: 2,
  notAVault: 3,
  verificationFailed: 4,
  io: 5,
  passphraseRefused: 6,
  handoverRefused: 7,
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

export const EXIT_CODE_HELP: readonly [ExitCode, string][] = [
  [EXIT_CODES.ok, 'gelukt'],
  [EXIT_CODES.usage, 'verkeerd gebruik (onbekende opdracht of ontbrekend bestand)'],
  [EXIT_CODES.wrongPassphraseOrDamaged, 'wachtwoord onjuist of bestand beschadigd (bij een kluis niet van elkaar te onderscheiden; bij een overdracht zegt de melding welke van de twee)'],
  [EXIT_CODES.notAVault, 'geen Casustafel-kluis, of een kluis of overdracht van een nieuwere versie'],
  [EXIT_CODES.verificationFailed, 'controle mislukt (integriteit, versleuteling of logboek)'],
  [EXIT_CODES.io, 'bestandsprobleem: niet gevonden, bestaat al, in gebruik, alleen-lezen of schijf vol'],
  [EXIT_CODES.passphraseRefused, 'wachtwoord geweigerd: te zwak of de herhaling verschilt'],
  [EXIT_CODES.handoverRefused, 'overdracht of ontvangstbevestiging geweigerd: voor een andere organisatie, al ingelezen, of hoort niet bij deze kluis'],
  [EXIT_CODES.internal, 'onverwachte fout'],
];

export function exitCodeFor(code: ErrorCode): ExitCode {
  switch (code) {
    case 'wrong_passphrase_or_damaged':
    case 'package_damaged':
    case 'package_wrong_passphrase':
      return EXIT_CODES.wrongPassphraseOrDamaged;
    case 'package_refused':
      return EXIT_CODES.handoverRefused;
    case 'not_a_vault':
    case 'vault_too_new':
    case 'package_too_new':
      return EXIT_CODES.notAVault;
    case 'backup_failed':
      return EXIT_CODES.verificationFailed;
    case 'file_not_found':
    case 'file_exists':
    case 'vault_in_use':
    case 'read_only_location':
    case 'disk_full':
      return EXIT_CODES.io;
    case 'weak_passphrase':
    case 'passphrase_mismatch':
      return EXIT_CODES.passphraseRefused;
    case 'invalid_request':
      return EXIT_CODES.usage;
    default:
      return EXIT_CODES.internal;
  }
}
