import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/contract/errors';
import type { Operator } from '../../shared/contract/schemas';
import { appendAudit } from '../core/audit/auditChain';
import { createDemoVaultFile, DEMO_PASSPHRASE } from '../core/demo/demoVault';
import { requireAcceptablePassphrase } from '../core/passphrase/passphraseStrength';
import { backupFileName, restoreBackup, writeVerifiedBackup } from '../core/vault/backups';
import { changeVaultPassphrase } from '../core/vault/changePassphrase';
import { toAppError } from '../core/vault/fileErrors';
import { applyReadOnlyPragmas, openKeyed } from '../core/vault/sqlcipher';
import { unlockVault } from '../core/vault/unlockVault';
import { checkVaultIdentity, closeVaultFile, createVaultFile, VAULT_EXTENSION } from '../core/vault/vaultFile';
import { verifyVaultFile } from '../core/vault/verifyVault';
import { writeExportAtomically } from '../core/exports/atomicExportWrite';
import { vaultReport } from '../core/reporting/reportService';
import { recordReportExport, reportFile, type ReportFormat } from '../core/reporting/reportFiles';
import { ReportRequest, type ReportGrouping } from '../../shared/reporting/reportRecords';
import { CliFiles } from './cliFiles';
import { EXIT_CODE_HELP, EXIT_CODES, exitCodeFor, type ExitCode } from './exitCodes';
import { fileProblemOf } from './fileProblems';
import { familiesCommand, HANDOVER_HELP, handoverCommand, organisationsCommand, type HandoverCliContext } from './handoverCommands';

/** Thrown by `CliIo.prompt` when there is no terminal to ask on: a usage problem, not a crash. */
export class PromptUnavailableError extends Error {
  constructor() {
    super('Geen terminal beschikbaar om het wachtwoord te vragen: zet het in CASUSTAFEL_PASSPHRASE (en CASUSTAFEL_NEW_PASSPHRASE).');
    this.name = 'PromptUnavailableError';
  }
}

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  /** Asks for a secret without echo; rejects when no terminal is available. */
  prompt(question: string): Promise<string>;
  now?: () => Date;
}

const file = z.string().min(1, 'bestandsnaam ontbreekt');
const COMMANDS = {
  create: z.tuple([file]),
  verify: z.tuple([file]),
  backup: z.union([z.tuple([file]), z.tuple([file, file])]),
  restore: z.tuple([file, file]),
  'change-passphrase': z.tuple([file]),
  demo: z.tuple([file]),
  families: z.array(z.string()).min(1),
  organisations: z.array(z.string()).min(1),
  handover: z.array(z.string()).min(1),
  report: z.array(z.string()).min(1),
  help: z.tuple([]),
} as const;
type Command = keyof typeof COMMANDS;

export const HELP_TEXT = [
  'Casustafel — beheer van kluizen vanaf de opdrachtregel',
  '',
  'Gebruik: casustafel <opdracht> [argumenten]',
  '',
  'Opdrachten:',
  '  create FILE                 nieuwe, lege kluis maken',
  '  verify FILE                 kluis controleren: versleuteling, integriteit en logboek',
  '  backup FILE [DEST]          versleutelde reservekopie maken en controleren',
  '  restore BACKUP NEWFILE      reservekopie terugzetten in een NIEUW bestand',
  '  change-passphrase FILE      wachtwoord wijzigen (veilig bij een onderbreking)',
  '  demo FILE                   kluis met verzonnen gezinnen maken',
  ...HANDOVER_HELP,
  '  report FILE --from JJJJ-MM-DD --to JJJJ-MM-DD [--by school|team|meeting-kind] --out UIT.csv|UIT.pdf',
  '                              rapportage zonder namen (aantallen per periode); wordt gelogd',
  '  help                        deze uitleg',
  '',
  'Wachtwoord: uit CASUSTAFEL_PASSPHRASE of gevraagd zonder weergave op het scherm.',
  'Nieuw wachtwoord bij change-passphrase: uit CASUSTAFEL_NEW_PASSPHRASE of gevraagd.',
  `demo zonder CASUSTAFEL_PASSPHRASE gebruikt het demowachtwoord "${DEMO_PASSPHRASE}".`,
  'Wachtwoordzin van een overdrachtspakket (en zijn ontvangstbevestiging): uit CASUSTAFEL_PACKAGE_PASSPHRASE of gevraagd.',
  'Wie de wijziging doet (voor het logboek): CASUSTAFEL_OPERATOR, anders de gebruikersnaam;',
  'namens welke organisatie: CASUSTAFEL_ORGANISATION (een overdracht wordt alleen ingelezen door de organisatie waarvoor hij bestemd is).',
  '',
  'Afsluitcodes:',
  ...EXIT_CODE_HELP.map(([code, text]) => `  ${String(code).padStart(2)}  ${text}`),
  '',
].join('\n');

async function secret(io: CliIo, envName: string, question: string): Promise<string> {
  const fromEnv = io.env[envName];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  return io.prompt(question);
}

/** A new passphrase: from the environment as-is, or asked twice. Strength is checked either way. */
async function newSecret(io: CliIo, envName: string): Promise<string> {
  const fromEnv = io.env[envName];
  if (fromEnv !== undefined && fromEnv !== '') {
    requireAcceptablePassphrase(fromEnv, fromEnv);
    return fromEnv;
  }
  const first = await io.prompt('Nieuw wachtwoord: ');
  const repeat = await io.prompt('Herhaal het nieuwe wachtwoord: ');
  requireAcceptablePassphrase(first, repeat);
  return first;
}

function cliOperator(io: CliIo): Operator {
  let user = 'onbekend';
  try {
    user = os.userInfo().username;
  } catch {
    // Some containers have no passwd entry; the audit still records that the CLI did it.
  }
  const organisation = io.env.CASUSTAFEL_ORGANISATION?.trim();
  return { name: io.env.CASUSTAFEL_OPERATOR ?? user, organisation: organisation ? organisation : 'opdrachtregel', role: 'beheerder' };
}

function handoverContext(io: CliIo, now: () => Date, files: CliFiles): HandoverCliContext {
  return {
    files,
    operator: cliOperator(io),
    now,
    vaultPassphrase: () => secret(io, 'CASUSTAFEL_PASSPHRASE', 'Wachtwoord van de kluis: '),
    packagePassphrase: () => secret(io, 'CASUSTAFEL_PACKAGE_PASSPHRASE', 'Wachtwoordzin van het overdrachtspakket: '),
    stdout: (text) => io.stdout(text),
  };
}

async function execute(command: Command, args: string[], io: CliIo, files: CliFiles): Promise<ExitCode> {
  const now = io.now ?? (() => new Date());
  switch (command) {
    case 'families':
      await familiesCommand(args, handoverContext(io, now, files));
      return EXIT_CODES.ok;
    case 'organisations':
      await organisationsCommand(args, handoverContext(io, now, files));
      return EXIT_CODES.ok;
    case 'handover':
      await handoverCommand(args, handoverContext(io, now, files));
      return EXIT_CODES.ok;
    case 'help':
      io.stdout(HELP_TEXT);
      return EXIT_CODES.ok;
    case 'create': {
      const target = files.fresh(args[0]!);
      const passphrase = await newSecret(io, 'CASUSTAFEL_PASSPHRASE');
      closeVaultFile(createVaultFile(target, passphrase, { now }));
      io.stdout(`Kluis gemaakt: ${path.resolve(target)}\n`);
      return EXIT_CODES.ok;
    }
    case 'verify': {
      const target = files.existing(args[0]!);
      const passphrase = await secret(io, 'CASUSTAFEL_PASSPHRASE', 'Wachtwoord: ');
      const report = verifyVaultFile(target, passphrase);
      for (const check of report.checks) io.stdout(`${check.ok ? 'in orde ' : 'FOUT    '} ${check.name}: ${check.detail}\n`);
      io.stdout(report.ok ? 'De kluis is in orde.\n' : 'De kluis is NIET in orde.\n');
      return report.ok ? EXIT_CODES.ok : EXIT_CODES.verificationFailed;
    }
    case 'backup': {
      const source = files.existing(args[0]!);
      const destination = files.fresh(
        args[1] ?? path.join(path.dirname(source), `${path.basename(source, VAULT_EXTENSION)}-reservekopie-${backupFileName(now())}`),
      );
      const passphrase = await secret(io, 'CASUSTAFEL_PASSPHRASE', 'Wachtwoord: ');
      const db = openKeyed(source, passphrase, { readonly: true });
      try {
        applyReadOnlyPragmas(db);
        checkVaultIdentity(db);
        const info = writeVerifiedBackup(db, destination, { passphrase });
        io.stdout(`Reservekopie gemaakt en gecontroleerd: ${info.path} (${info.sizeBytes} bytes)\n`);
      } finally {
        db.close();
      }
      return EXIT_CODES.ok;
    }
    case 'restore': {
      const [backup, target] = [files.existing(args[0]!), files.fresh(args[1]!)];
      const passphrase = await secret(io, 'CASUSTAFEL_PASSPHRASE', 'Wachtwoord van de reservekopie: ');
      restoreBackup(backup, target, { passphrase });
      io.stdout(`Teruggezet en gecontroleerd: ${path.resolve(target)}\n`);
      return EXIT_CODES.ok;
    }
    case 'change-passphrase': {
      const target = files.existing(args[0]!);
      const current = await secret(io, 'CASUSTAFEL_PASSPHRASE', 'Huidig wachtwoord: ');
      const vault = unlockVault(target, current, { now });
      try {
        const next = await newSecret(io, 'CASUSTAFEL_NEW_PASSPHRASE');
        changeVaultPassphrase(vault, current, next);
        const operator = cliOperator(io);
        vault.db
          .transaction(() =>
            appendAudit(
              vault.db,
              operator,
              { action: 'vault.passphrase', entity: 'vault', entityId: null, familyId: null, summary: 'Wachtwoord van de kluis gewijzigd' },
              now(),
            ),
          )
          .immediate();
      } finally {
        closeVaultFile(vault);
      }
      io.stdout('Wachtwoord gewijzigd. Het oude wachtwoord werkt niet meer.\n');
      return EXIT_CODES.ok;
    }
    case 'report': {
      const parsed = parseReportArgs(args);
      if (!parsed.ok) {
        io.stderr(`${parsed.message}\nGebruik: casustafel report FILE --from JJJJ-MM-DD --to JJJJ-MM-DD [--by school|team|meeting-kind] --out UIT.csv|UIT.pdf\n`);
        return EXIT_CODES.usage;
      }
      const { request, format } = parsed.value;
      const target = files.existing(parsed.value.vault);
      const out = files.output(parsed.value.out);
      const passphrase = await secret(io, 'CASUSTAFEL_PASSPHRASE', 'Wachtwoord: ');
      const vault = unlockVault(target, passphrase, { now });
      try {
        const report = vaultReport(vault.db, request, now());
        const data = await reportFile(report, format);
        const written = writeExportAtomically(path.dirname(path.resolve(out)), path.basename(out), data, () => vault.db.open);
        recordReportExport(vault.db, cliOperator(io), now(), report, format);
        io.stdout(`Rapportage ${report.period.fromWeek} t/m ${report.period.toWeek} geschreven: ${written}\n`);
      } finally {
        closeVaultFile(vault);
      }
      return EXIT_CODES.ok;
    }
    case 'demo': {
      const target = files.fresh(args[0]!);
      const custom = io.env.CASUSTAFEL_PASSPHRASE;
      const passphrase = custom !== undefined && custom !== '' ? custom : DEMO_PASSPHRASE;
      const families = createDemoVaultFile(target, { now }, passphrase);
      io.stdout(`Demokluis gemaakt met ${families} verzonnen gezinnen: ${path.resolve(target)}\n`);
      if (passphrase === DEMO_PASSPHRASE) io.stdout(`Wachtwoord: ${DEMO_PASSPHRASE}\n`);
      return EXIT_CODES.ok;
    }
  }
}

const GROUPING_ARGS: Record<string, ReportGrouping> = { school: 'school', team: 'team', 'meeting-kind': 'meeting_kind' };

const ReportArgs = z
  .object({
    vault: file,
    '--from': z.string({ error: 'geef --from JJJJ-MM-DD' }),
    '--to': z.string({ error: 'geef --to JJJJ-MM-DD' }),
    '--by': z.enum(Object.keys(GROUPING_ARGS) as [string, ...string[]], { error: '--by is school, team of meeting-kind' }).optional(),
    '--out': z
      .string({ error: 'geef --out met een bestandsnaam op .csv of .pdf' })
      .regex(/\.(csv|pdf)$/i, '--out moet eindigen op .csv of .pdf'),
  })
  .strict();

/** `report FILE --from … --to … [--by …] --out …` as a request, or a Dutch sentence saying what is wrong. */
export function parseReportArgs(
  args: readonly string[],
): { ok: true; value: { vault: string; request: ReportRequest; out: string; format: ReportFormat } } | { ok: false; message: string } {
  const [vault, ...rest] = args;
  const flags: Record<string, string> = {};
  for (let i = 0; i < rest.length; i += 2) {
    const flag = rest[i]!;
    const value = rest[i + 1];
    if (!flag.startsWith('--') || value === undefined) return { ok: false, message: `Onverwacht argument: ${flag}` };
    if (flag in flags) return { ok: false, message: `${flag} staat er twee keer` };
    flags[flag] = value;
  }
  const shape = ReportArgs.safeParse({ vault, ...flags });
  if (!shape.success) {
    const issue = shape.error.issues[0]!;
    const message = issue.code === 'unrecognized_keys' ? `Onbekende optie: ${issue.keys.join(', ')}` : issue.message;
    return { ok: false, message };
  }
  const request = ReportRequest.safeParse({ from: shape.data['--from'], to: shape.data['--to'], by: shape.data['--by'] === undefined ? null : GROUPING_ARGS[shape.data['--by']]! });
  if (!request.success) {
    const issue = request.error.issues[0]!;
    return { ok: false, message: `--${String(issue.path[0] ?? 'from')}: ${issue.message}` };
  }
  const out = shape.data['--out'];
  return { ok: true, value: { vault: shape.data.vault, request: request.data, out, format: out.toLowerCase().endsWith('.pdf') ? 'pdf' : 'csv' } };
}

/** Runs one CLI command; returns the exit code. All output is Dutch. */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [name = 'help', ...rest] = argv;
  const normalised = name === '--help' || name === '-h' ? 'help' : name;
  if (!Object.prototype.hasOwnProperty.call(COMMANDS, normalised)) {
    io.stderr(`Onbekende opdracht: ${name}\n\n${HELP_TEXT}`);
    return EXIT_CODES.usage;
  }
  const command = normalised as Command;
  const parsed = COMMANDS[command].safeParse(rest);
  if (!parsed.success) {
    io.stderr(`Verkeerde argumenten voor "${command}". Zie: casustafel help\n`);
    return EXIT_CODES.usage;
  }
  const files = new CliFiles();
  try {
    return await execute(command, rest, io, files);
  } catch (error) {
    if (error instanceof PromptUnavailableError) {
      io.stderr(`${error.message}\n`);
      return EXIT_CODES.usage;
    }
    const mapped = toAppError(error);
    const problem = fileProblemOf(mapped, files.fallback());
    if (problem !== undefined) {
      io.stderr(`${problem.message}\n`);
      return problem.exitCode;
    }
    if (mapped instanceof AppError) {
      io.stderr(`${mapped.message}${mapped.detail === undefined ? '' : `\n${mapped.detail}`}\n`);
      return exitCodeFor(mapped.code);
    }
    io.stderr(`Onverwachte fout: ${mapped instanceof Error ? mapped.message : String(mapped)}\n`);
    return EXIT_CODES.internal;
  }
}
