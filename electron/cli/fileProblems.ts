import { AppError, type ErrorCode } from '../../shared/contract/errors';
import { errorCode } from '../core/vault/fileErrors';
import { EXIT_CODES, type ExitCode } from './exitCodes';

/**
 * Every file error the command line can meet, as one Dutch sentence that names the file and one exit
 * code per kind. The operating system's code (a Node fs error, or the one core keeps as the `cause`
 * of its AppError) decides the kind; a core AppError without one still says which kind it is.
 */
interface FileProblemKind {
  exitCode: ExitCode;
  /** Operating-system and SQLite codes of this kind. */
  codes: readonly string[];
  /** Core's own errors of this kind (thrown by its checks, without an OS error behind them). */
  appCodes: readonly ErrorCode[];
  sentence: (file: string) => string;
}

export const FILE_PROBLEM_KINDS = {
  notFound: {
    exitCode: EXIT_CODES.notFound,
    codes: ['ENOENT'],
    appCodes: ['file_not_found'],
    sentence: (file) => `Niet gevonden: ${file}. Controleer de naam en de map.`,
  },
  isDirectory: {
    exitCode: EXIT_CODES.isDirectory,
    codes: ['EISDIR'],
    appCodes: [],
    sentence: (file) => `${file} is een map, geen bestand. Geef de naam van een bestand.`,
  },
  notADirectory: {
    exitCode: EXIT_CODES.notADirectory,
    codes: ['ENOTDIR'],
    appCodes: [],
    sentence: (file) => `${file} kan niet bestaan: een deel van dat pad is een bestand, geen map. Controleer het pad.`,
  },
  noAccess: {
    exitCode: EXIT_CODES.noAccess,
    codes: ['EACCES', 'EPERM'],
    appCodes: [],
    sentence: (file) => `Geen toegang tot ${file}: dit account mag het niet lezen of er niet schrijven. Kies een andere plek of vraag om rechten.`,
  },
  readOnly: {
    exitCode: EXIT_CODES.readOnly,
    codes: ['EROFS', 'SQLITE_READONLY', 'SQLITE_CANTOPEN'],
    appCodes: ['read_only_location'],
    sentence: (file) => `Op de plek van ${file} kan Casustafel niet schrijven (alleen lezen). Kies een map waarin je bestanden kunt opslaan.`,
  },
  diskFull: {
    exitCode: EXIT_CODES.diskFull,
    codes: ['ENOSPC', 'EDQUOT', 'SQLITE_FULL', 'SQLITE_IOERR_WRITE'],
    appCodes: ['disk_full'],
    sentence: (file) => `De schijf is vol bij ${file}. Maak ruimte vrij en probeer het opnieuw; wat al opgeslagen was, is bewaard.`,
  },
  linkLoop: {
    exitCode: EXIT_CODES.linkLoop,
    codes: ['ELOOP'],
    appCodes: [],
    sentence: (file) => `${file} is niet te bereiken: symbolische links verwijzen in een kring naar elkaar.`,
  },
  exists: {
    exitCode: EXIT_CODES.exists,
    codes: ['EEXIST', 'ENOTEMPTY'],
    appCodes: ['file_exists'],
    sentence: (file) => `${file} bestaat al. Kies een andere naam; het bestaande bestand blijft onaangeroerd.`,
  },
  inUse: {
    exitCode: EXIT_CODES.inUse,
    codes: ['EBUSY', 'ETXTBSY', 'SQLITE_BUSY', 'SQLITE_LOCKED'],
    appCodes: ['vault_in_use'],
    sentence: (file) => `${file} is in gebruik, bijvoorbeeld geopend in Casustafel of een ander programma. Sluit het daar eerst.`,
  },
  tooManyOpenFiles: {
    exitCode: EXIT_CODES.tooManyOpenFiles,
    codes: ['EMFILE', 'ENFILE'],
    appCodes: [],
    sentence: (file) => `Te veel bestanden tegelijk open om ${file} te openen. Sluit andere programma's en probeer het opnieuw.`,
  },
  nameTooLong: {
    exitCode: EXIT_CODES.nameTooLong,
    codes: ['ENAMETOOLONG'],
    appCodes: [],
    sentence: (file) => `De naam of het pad is te lang voor het bestandssysteem: ${file}. Kies een kortere naam of map.`,
  },
  io: {
    exitCode: EXIT_CODES.io,
    codes: ['EIO', 'ENXIO', 'ENODEV', 'EFBIG', 'EXDEV', 'ESTALE', 'EOVERFLOW', 'ETIMEDOUT', 'SQLITE_IOERR'],
    appCodes: [],
    sentence: (file) => `Lees- of schrijffout bij ${file}: de schijf, de verbinding of het bestand werkt niet goed. Probeer het opnieuw of kies een andere plek.`,
  },
} as const satisfies Record<string, FileProblemKind>;

export type FileProblemKindName = keyof typeof FILE_PROBLEM_KINDS;

const KIND_NAMES = Object.keys(FILE_PROBLEM_KINDS) as FileProblemKindName[];

/** A file problem with the file it concerns, ready to print. */
export class FileProblem extends Error {
  readonly kind: FileProblemKindName;
  readonly file: string;
  readonly exitCode: ExitCode;
  constructor(kind: FileProblemKindName, file: string) {
    super(FILE_PROBLEM_KINDS[kind].sentence(file));
    this.name = 'FileProblem';
    this.kind = kind;
    this.file = file;
    this.exitCode = FILE_PROBLEM_KINDS[kind].exitCode;
  }
}

/** The kind of an OS or SQLite code; SQLite's extended codes (SQLITE_IOERR_READ…) fall under their base. */
export function kindOfCode(code: string): FileProblemKindName | undefined {
  const exact = KIND_NAMES.find((name) => (FILE_PROBLEM_KINDS[name].codes as readonly string[]).includes(code));
  if (exact !== undefined || !code.startsWith('SQLITE_')) return exact;
  const base = /^SQLITE_[A-Z]+/.exec(code)?.[0];
  return base === undefined || base === code ? undefined : kindOfCode(base);
}

function pathOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('path' in error)) return undefined;
  const value = (error as { path: unknown }).path;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The file problem behind `error`, or undefined when it is not one. The file named is the one the
 * operating system reported, else `fallbackFile` (SQLite and core's own checks do not say which).
 * A wrong passphrase or a damaged vault is not a file problem: core's message says that better.
 */
export function fileProblemOf(error: unknown, fallbackFile: string): FileProblem | undefined {
  if (error instanceof FileProblem) return error;
  const cause = error instanceof AppError ? error.cause : undefined;
  for (const candidate of [error, cause]) {
    const code = errorCode(candidate);
    const kind = code === undefined ? undefined : kindOfCode(code);
    if (kind !== undefined) return new FileProblem(kind, pathOf(candidate) ?? fallbackFile);
  }
  if (error instanceof AppError) {
    const kind = KIND_NAMES.find((name) => (FILE_PROBLEM_KINDS[name].appCodes as readonly ErrorCode[]).includes(error.code));
    if (kind !== undefined) return new FileProblem(kind, fallbackFile);
  }
  return undefined;
}
