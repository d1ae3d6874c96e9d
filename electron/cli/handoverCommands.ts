import path from 'node:path';
import { AppError } from '../../shared/contract/errors';
import type { HandoverChoice } from '../../shared/contract/handoverChannels';
import type { Operator } from '../../shared/contract/schemas';
import { amsterdamDay } from '../../shared/domain/amsterdamTime';
import { parseCalendarDay } from '../../shared/domain/calendarDate';
import { writeExportAtomically } from '../core/exports/atomicExportWrite';
import { ORGANISATION_TYPE_WORDS } from '../../shared/exports/exportWords';
import { listFamilies } from '../core/families/familyService';
import { listDirectory } from '../core/register/directoryService';
import { applyImport, importPreview } from '../core/handover/handoverImport';
import { buildPackage, draftHandover, refusalSentence, senderOrganisation } from '../core/handover/handoverPackage';
import { applyReceipt, buildReceipt, recordReceiptExport, recordSentPackage } from '../core/handover/handoverReceipt';
import { openPackageFile, openReceiptFile } from '../core/handover/readHandoverFileOffThread';
import { requireAcceptablePassphrase } from '../core/passphrase/passphraseStrength';
import { writeOutsideHistory, type WriteContext } from '../core/recordStore/writeContext';
import { unlockVault } from '../core/vault/unlockVault';
import { closeVaultFile, type OpenVault } from '../core/vault/vaultFile';
import type { CliFiles } from './cliFiles';

/**
 * `casustafel families` and `casustafel handover …`: the same core functions the screens use, over
 * a vault opened on the command line. Nothing here decides what may go: that is draftHandover,
 * through the one sharing rule.
 */
export interface HandoverCliContext {
  files: CliFiles;
  operator: Operator;
  now: () => Date;
  vaultPassphrase: () => Promise<string>;
  packagePassphrase: () => Promise<string>;
  stdout(text: string): void;
}

export const HANDOVER_HELP = [
  '  families FILE [--json]      gezinnen in de kluis (id en naam), voor scripts',
  '  organisations FILE [--json] organisaties uit de sociale kaart (id, naam, soort), voor --to',
  '  handover export FILE FAMILY_ID... --to ORG_ID --out PAKKET',
  '                              overdrachtspakket maken voor een organisatie uit de sociale kaart',
  '  handover import FILE PAKKET [--receipt BEVESTIGING] [--merge N=FAMILY_ID]... [--new N]...',
  '                              overdracht inlezen (gezin N uit het pakket samenvoegen of nieuw)',
  '  handover receipt FILE BEVESTIGING',
  '                              ontvangstbevestiging inlezen in de kluis die het pakket maakte',
];

function usage(detail: string): AppError {
  return new AppError('invalid_request', detail);
}

/** Splits `--name value` options (repeatable) from positional arguments. */
function parseOptions(args: readonly string[], known: readonly string[]): { positional: string[]; options: Map<string, string[]> } {
  const positional: string[] = [];
  const options = new Map<string, string[]>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const name = arg.slice(2);
    if (name === 'json') {
      options.set('json', ['ja']);
      continue;
    }
    if (!known.includes(name)) throw usage(`Onbekende optie: ${arg}`);
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) throw usage(`Optie ${arg} heeft een waarde nodig.`);
    options.set(name, [...(options.get(name) ?? []), value]);
    i += 1;
  }
  return { positional, options };
}

async function withVault<T>(file: string, ctx: HandoverCliContext, work: (vault: OpenVault) => T | Promise<T>): Promise<T> {
  const vault = unlockVault(ctx.files.existing(file), await ctx.vaultPassphrase(), { now: ctx.now });
  try {
    return await work(vault);
  } finally {
    closeVaultFile(vault);
  }
}

function writeContext(vault: OpenVault, ctx: HandoverCliContext): WriteContext {
  // A file that left (or came in) cannot be undone; the CLI keeps no history anyway.
  return writeOutsideHistory(vault.db, ctx.operator, ctx.now());
}

export async function familiesCommand(args: readonly string[], ctx: HandoverCliContext): Promise<void> {
  const { positional, options } = parseOptions(args, []);
  if (positional.length !== 1) throw usage('Gebruik: casustafel families FILE [--json]');
  const families = await withVault(positional[0]!, ctx, (vault) => listFamilies(vault.db, ''));
  if (options.has('json')) {
    ctx.stdout(`${JSON.stringify(families.map((f) => ({ id: f.id, name: f.displayName, members: f.memberCount, anonymous: f.anonymous })), null, 2)}\n`);
    return;
  }
  for (const f of families) ctx.stdout(`${f.id}  ${f.displayName}\n`);
}

/** The sociale kaart's organisations: what `handover export --to` asks for. */
export async function organisationsCommand(args: readonly string[], ctx: HandoverCliContext): Promise<void> {
  const { positional, options } = parseOptions(args, []);
  if (positional.length !== 1) throw usage('Gebruik: casustafel organisations FILE [--json]');
  const organisations = await withVault(positional[0]!, ctx, (vault) => listDirectory(vault.db).organisations);
  if (options.has('json')) {
    ctx.stdout(`${JSON.stringify(organisations.map((o) => ({ id: o.id, name: o.name, type: o.type, place: o.place })), null, 2)}\n`);
    return;
  }
  for (const o of organisations) ctx.stdout(`${o.id}  ${o.name}  (${ORGANISATION_TYPE_WORDS[o.type]}${o.place === '' ? '' : `, ${o.place}`})\n`);
}

function parseChoices(options: Map<string, string[]>): HandoverChoice[] {
  const choices: HandoverChoice[] = [];
  for (const value of options.get('merge') ?? []) {
    const match = /^(\d+)=([0-9a-f-]{36})$/i.exec(value);
    if (match === null) throw usage(`--merge verwacht N=FAMILY_ID (gezin N uit het pakket, id van een gezin in deze kluis), niet "${value}".`);
    choices.push({ position: Number(match[1]), mergeInto: match[2]!.toLowerCase() });
  }
  for (const value of options.get('new') ?? []) {
    if (!/^\d+$/.test(value)) throw usage(`--new verwacht het nummer van een gezin uit het pakket, niet "${value}".`);
    choices.push({ position: Number(value), mergeInto: null });
  }
  return choices;
}

export async function handoverCommand(args: readonly string[], ctx: HandoverCliContext): Promise<void> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'export': {
      const { positional, options } = parseOptions(rest, ['to', 'out']);
      const [file, ...familyIds] = positional;
      const to = options.get('to');
      const out = options.get('out');
      if (file === undefined || familyIds.length === 0 || to?.length !== 1 || out?.length !== 1) {
        throw usage('Gebruik: casustafel handover export FILE FAMILY_ID... --to ORG_ID --out PAKKET');
      }
      ctx.files.existing(file);
      const target = ctx.files.fresh(out[0]!);
      await withVault(file, ctx, async (vault) => {
        const passphrase = await ctx.packagePassphrase();
        requireAcceptablePassphrase(passphrase, passphrase);
        const at = ctx.now();
        const draft = draftHandover(vault.db, familyIds, to[0]!, ctx.operator, parseCalendarDay(amsterdamDay(at))!);
        for (const f of draft.families) ctx.stdout(`${f.preview.goes ? 'gaat mee ' : 'NIET     '} ${f.preview.scope.label}${f.preview.refusal ? ` — ${refusalSentence(f.preview.refusal)}` : ''}\n`);
        // Built in a private folder next to the target, so the encrypted bytes never leave that disk.
        const built = buildPackage(draft, ctx.operator, senderOrganisation(vault.db, ctx.operator), passphrase, at, { tempRoot: path.dirname(target) });
        const written = writeExportAtomically(path.dirname(target), path.basename(target), built.bytes, () => true);
        recordSentPackage(writeContext(vault, ctx), draft, built, path.basename(written));
        ctx.stdout(`Meegegaan: ${draft.included}\nAchtergehouden: ${draft.withheld}\nPakket geschreven: ${written}\nPakket-id: ${built.manifest.packageId}\n`);
      });
      return;
    }
    case 'import': {
      const { positional, options } = parseOptions(rest, ['receipt', 'merge', 'new']);
      const [file, packageFile] = positional;
      const receiptOut = options.get('receipt');
      if (file === undefined || packageFile === undefined || positional.length !== 2 || (receiptOut !== undefined && receiptOut.length !== 1)) {
        throw usage('Gebruik: casustafel handover import FILE PAKKET [--receipt BEVESTIGING] [--merge N=FAMILY_ID]... [--new N]...');
      }
      const choices = parseChoices(options);
      ctx.files.existing(file);
      const readPackage = ctx.files.existing(packageFile);
      const receiptTarget = receiptOut === undefined ? null : ctx.files.fresh(receiptOut[0]!);
      await withVault(file, ctx, async (vault) => {
        const passphrase = await ctx.packagePassphrase();
        const pkg = await openPackageFile(readPackage, passphrase);
        const preview = importPreview(vault.db, pkg, ctx.operator);
        ctx.stdout(`Overdracht van ${preview.sender.organisation} (${preview.sender.operator}), gemaakt ${preview.createdAt}\n`);
        for (const f of preview.families) {
          ctx.stdout(`  ${f.position}. ${f.displayName}: ${f.members.length} gezinsleden, ${f.items.length} onderdelen\n`);
          for (const m of f.matches) ctx.stdout(`     lijkt op ${m.displayName} (${m.familyId}): ${m.reason}\n`);
        }
        const undecided = preview.families.filter((f) => f.matches.length > 0 && !choices.some((c) => c.position === f.position));
        if (undecided.length > 0) {
          throw usage(`Kies voor ${undecided.map((f) => `gezin ${f.position}`).join(', ')}: --merge N=FAMILY_ID om samen te voegen, of --new N voor een nieuw gezin. Er is niets ingelezen.`);
        }
        const result = applyImport(writeContext(vault, ctx), pkg, choices, path.basename(packageFile));
        ctx.stdout(`Ingelezen: ${result.familyIds.length} gezinnen, ${result.items} onderdelen, ${result.members} nieuwe gezinsleden.\n`);
        if (receiptTarget !== null) {
          const receipt = buildReceipt(
            { manifest: pkg.manifest, checksum: pkg.checksum, status: 'aanvaard', reason: '', families: result.familyIds.length, items: result.items },
            ctx.operator,
            ctx.now(),
            passphrase,
          );
          const written = writeExportAtomically(path.dirname(receiptTarget), path.basename(receiptTarget), receipt.bytes, () => true);
          recordReceiptExport(writeContext(vault, ctx), receipt.receipt, path.basename(written), result.familyIds, pkg.manifest.sender);
          ctx.stdout(`Ontvangstbevestiging geschreven: ${written}\n`);
        }
      });
      return;
    }
    case 'receipt': {
      const { positional } = parseOptions(rest, []);
      const [file, receiptFile] = positional;
      if (file === undefined || receiptFile === undefined || positional.length !== 2) throw usage('Gebruik: casustafel handover receipt FILE BEVESTIGING');
      ctx.files.existing(file);
      ctx.files.existing(receiptFile);
      await withVault(file, ctx, async (vault) => {
        const receipt = await openReceiptFile(receiptFile, await ctx.packagePassphrase());
        const { familyIds } = applyReceipt(writeContext(vault, ctx), receipt);
        ctx.stdout(`Ontvangstbevestiging ingelezen: ${receipt.status} door ${receipt.receivedBy} op ${receipt.receivedAt} (${familyIds.length} gezinnen).\n`);
      });
      return;
    }
    default:
      throw usage('Gebruik: casustafel handover export|import|receipt … (zie casustafel help)');
  }
}
