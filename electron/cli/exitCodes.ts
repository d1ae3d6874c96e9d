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
  notFound: 10,
  isDirectory: 11,
  notADirectory: 12,
  noAccess: 13,
  readOnly: 14,
  diskFull: 15,
  linkLoop: 16,
  exists: 17,
  inUse: 18,
  tooManyOpenFiles: 19,
  nameTooLong: 20,
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

export const EXIT_CODE_HELP: readonly [ExitCode, string][] = [
  [EXIT_CODES.ok, 'gelukt'],
  [EXIT_CODES.usage, 'verkeerd gebruik (onbekende opdracht of ontbrekend bestand)'],
  [EXIT_CODES.wrongPassphraseOrDamaged, 'wachtwoord onjuist of bestand beschadigd (bij een kluis niet van elkaar te onderscheiden; bij een overdracht zegt de melding welke van de twee)'],
  [EXIT_CODES.notAVault, 'geen Casustafel-kluis, of een kluis of overdracht van een nieuwere versie'],
  [EXIT_CODES.verificationFailed, 'controle mislukt (integriteit, versleuteling of logboek)'],
  [EXIT_CODES.io, 'ander bestandsprobleem: lees- of schrijffout van de schijf of het netwerk'],
  [EXIT_CODES.passphraseRefused, 'wachtwoord geweigerd: te zwak of de herhaling verschilt'],
  [EXIT_CODES.handoverRefused, 'overdracht of ontvangstbevestiging geweigerd: voor een andere organisatie, al ingelezen, of hoort niet bij deze kluis'],
  [EXIT_CODES.notFound, 'bestand of map niet gevonden'],
  [EXIT_CODES.isDirectory, 'een map gegeven waar een bestand hoort'],
  [EXIT_CODES.notADirectory, 'een deel van het pad is een bestand, geen map'],
  [EXIT_CODES.noAccess, 'geen toegang: dit account mag het bestand of de map niet lezen of schrijven'],
  [EXIT_CODES.readOnly, 'de plek kan alleen gelezen worden (alleen-lezen schijf)'],
  [EXIT_CODES.diskFull, 'de schijf is vol'],
  [EXIT_CODES.linkLoop, 'symbolische links verwijzen in een kring naar elkaar'],
  [EXIT_CODES.exists, 'het bestand bestaat al (wordt nooit overschreven)'],
  [EXIT_CODES.inUse, 'het bestand is in gebruik, bijvoorbeeld geopend in Casustafel'],
  [EXIT_CODES.tooManyOpenFiles, 'te veel bestanden tegelijk open'],
  [EXIT_CODES.nameTooLong, 'naam of pad te lang'],
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
      return EXIT_CODES.notFound;
    case 'file_exists':
      return EXIT_CODES.exists;
    case 'vault_in_use':
      return EXIT_CODES.inUse;
    case 'read_only_location':
      return EXIT_CODES.readOnly;
    case 'disk_full':
      return EXIT_CODES.diskFull;
    case 'weak_passphrase':
    case 'passphrase_mismatch':
      return EXIT_CODES.passphraseRefused;
    case 'invalid_request':
      return EXIT_CODES.usage;
    default:
      return EXIT_CODES.internal;
  }
}
