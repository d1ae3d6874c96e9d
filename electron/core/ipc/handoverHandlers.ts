import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { handoverChannels } from '../../../shared/contract/handoverChannels';
import { amsterdamDay } from '../../../shared/domain/amsterdamTime';
import { parseCalendarDay, type CalendarDay } from '../../../shared/domain/calendarDate';
import { applyImport, importPreview } from '../handover/handoverImport';
import { buildPackage, draftHandover, exportPreview, senderOrganisation } from '../handover/handoverPackage';
import { suggestPackagePassphrase } from '../handover/packagePassphrase';
import type { OpenedPackage } from '../handover/openHandoverFile';
import { applyReceipt, buildReceipt, recordReceiptExport, recordSentPackage } from '../handover/handoverReceipt';
import { openPackageFile, openReceiptFile } from '../handover/readHandoverFileOffThread';
import { requireAcceptablePassphrase } from '../passphrase/passphraseStrength';
import { toAppError } from '../vault/fileErrors';
import { readWrite, type HandlerDeps } from './handlerDeps';
import type { HandlerTable } from './handlerTable';

type HandoverHandlers = Pick<HandlerTable, keyof typeof handoverChannels>;

/**
 * Warme overdracht. The renderer never sees a path: the host's dialogs choose files, core reads
 * and writes them. An opened package waits under a random token bound to the open database (one
 * at a time, with the passphrase the receipt is sealed with); a lock forgets it, and so do import
 * and decline. Sent packages, imports and receipts are one write transaction each, with
 * their export-log and audit entries; a file that left the vault cannot be called back, so none of
 * these writes goes into the undo history.
 */
export function createHandoverHandlers(deps: HandlerDeps): HandoverHandlers {
  const { session, now, host } = deps;
  const { read, write } = readWrite(deps, { undoable: false });
  const seal = { nativeBinding: deps.nativeBinding };
  const unlocked = () => session.state === 'unlocked';
  let opened: { token: string; unlockId: string; pkg: OpenedPackage; passphrase: string; fileName: string } | null = null;
  // The opened package and its passphrase are vault content: they go with the lock.
  deps.onLock(() => {
    opened = null;
  });

  const today = (): CalendarDay => parseCalendarDay(amsterdamDay(now()))!;
  const save = async (fileName: string, data: Uint8Array): Promise<string | null> => {
    try {
      return await host.saveExportFile(fileName, data, unlocked);
    } catch (error) {
      throw toAppError(error);
    }
  };
  const take = (token: string) => {
    const unlockId = session.currentUnlockId();
    if (opened === null || opened.token !== token || opened.unlockId !== unlockId) {
      opened = null;
      throw new AppError('invalid_request', 'Open het overdrachtsbestand opnieuw (de kluis is intussen vergrendeld of er is een ander bestand geopend).');
    }
    return opened;
  };

  return {
    'handover:suggestPassphrase': () => {
      session.currentOperator();
      return { passphrase: suggestPackagePassphrase() };
    },

    'handover:preview': ({ familyIds, organisationId }) =>
      read((db) => exportPreview(draftHandover(db, familyIds, organisationId, session.currentOperator(), today()))),

    'handover:export': async ({ familyIds, organisationId, passphrase, passphraseRepeat }) => {
      requireAcceptablePassphrase(passphrase, passphraseRepeat);
      const operator = session.currentOperator();
      const at = now();
      const { draft, built } = read((db) => {
        const d = draftHandover(db, familyIds, organisationId, operator, today());
        return { draft: d, built: buildPackage(d, operator, senderOrganisation(db, operator), passphrase, at, seal) };
      });
      const saved = await save(built.fileName, built.bytes);
      if (saved === null) return { saved: false, fileName: null, packageId: null, included: draft.included, withheld: draft.withheld };
      const fileName = path.basename(saved);
      write((ctx) => recordSentPackage(ctx, draft, built, fileName));
      return { saved: true, fileName, packageId: built.manifest.packageId, included: draft.included, withheld: draft.withheld };
    },

    'handover:open': async ({ passphrase }) => {
      const unlockId = session.currentUnlockId();
      const operator = session.currentOperator();
      const file = await host.chooseHandoverFile('pakket');
      if (file === null) return null;
      if (!unlocked()) throw new AppError('vault_locked');
      opened = null;
      // Read on a worker thread: a hostile file costs that thread, never the window.
      const pkg = await openPackageFile(file, passphrase, seal);
      if (!unlocked() || session.currentUnlockId() !== unlockId) throw new AppError('vault_locked');
      const preview = read((r) => importPreview(r, pkg, operator));
      const token = randomBytes(18).toString('base64url');
      opened = { token, unlockId, pkg, passphrase, fileName: path.basename(file) };
      return { token, preview };
    },

    'handover:import': async ({ token, choices }) => {
      const entry = take(token);
      const result = write((ctx) => applyImport(ctx, entry.pkg, choices, entry.fileName));
      opened = null;
      const operator = session.currentOperator();
      const receipt = buildReceipt(
        { manifest: entry.pkg.manifest, checksum: entry.pkg.checksum, status: 'aanvaard', reason: '', families: result.familyIds.length, items: result.items },
        operator,
        now(),
        entry.passphrase,
        seal,
      );
      const saved = await save(receipt.fileName, receipt.bytes);
      if (saved !== null) write((ctx) => recordReceiptExport(ctx, receipt.receipt, path.basename(saved), result.familyIds, entry.pkg.manifest.sender));
      return { familyIds: result.familyIds, items: result.items, receiptFileName: saved === null ? null : path.basename(saved) };
    },

    'handover:decline': async ({ token, reason }) => {
      const entry = take(token);
      opened = null;
      const operator = session.currentOperator();
      const receipt = buildReceipt({ manifest: entry.pkg.manifest, checksum: entry.pkg.checksum, status: 'geweigerd', reason, families: 0, items: 0 }, operator, now(), entry.passphrase, seal);
      const saved = await save(receipt.fileName, receipt.bytes);
      if (saved !== null) write((ctx) => recordReceiptExport(ctx, receipt.receipt, path.basename(saved), [], entry.pkg.manifest.sender));
      return { receiptFileName: saved === null ? null : path.basename(saved) };
    },

    'handover:openReceipt': async ({ passphrase }) => {
      session.currentOperator();
      const file = await host.chooseHandoverFile('ontvangstbevestiging');
      if (file === null) return null;
      if (!unlocked()) throw new AppError('vault_locked');
      const receipt = await openReceiptFile(file, passphrase, seal);
      if (!unlocked()) throw new AppError('vault_locked');
      const { familyIds } = write((ctx) => applyReceipt(ctx, receipt));
      return { status: receipt.status, receivedBy: receipt.receivedBy, receivedAt: receipt.receivedAt, familyIds };
    },
  };
}
