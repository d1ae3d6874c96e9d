import path from 'node:path';
import { app, dialog, Notification, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { AppError } from '../../shared/contract/errors';
import { exportExtensionOf, type ExportExtension } from '../../shared/contract/exportChannels';
import type { LockReason } from '../../shared/contract/schemas';
import type { HostServices } from '../core/ipc/hostServices';
import { writeFileAtomically } from '../core/exports/atomicExportWrite';

export const VAULT_EXTENSION = 'casustafel';
export const DEFAULT_VAULT_FILE_NAME = `casustafel.${VAULT_EXTENSION}`;
const VAULT_FILTERS = [{ name: 'Casustafel-kluis', extensions: [VAULT_EXTENSION] }];

const EXPORT_FILTER_NAMES: Record<ExportExtension, string> = {
  svg: 'SVG-afbeelding',
  png: 'PNG-afbeelding',
  pdf: 'PDF-document',
  ics: 'Agendabestand (ICS)',
  csv: 'CSV-bestand',
  json: 'JSON-bestand',
  overdracht: 'Overdrachtspakket (Casustafel)',
  ontvangst: 'Ontvangstbevestiging (Casustafel)',
};

/** The chosen path with the export's extension (Linux dialogs do not add the filter's). */
export function withExportExtension(filePath: string, extension: ExportExtension): string {
  return exportExtensionOf(filePath) === extension ? filePath : `${filePath}.${extension}`;
}

/** Linux file dialogs don't add the chosen filter's extension; make every new vault a .casustafel. */
export function withVaultExtension(filePath: string): string {
  return filePath.toLowerCase().endsWith(`.${VAULT_EXTENSION}`) ? filePath : `${filePath}.${VAULT_EXTENSION}`;
}

export function createElectronHostServices(getWindow: () => BrowserWindow | null): HostServices {
  return {
    runtime: {
      electron: process.versions.electron,
      chrome: process.versions.chrome,
      node: process.versions.node,
      platform: process.platform,
    },
    userDataDir: app.getPath('userData'),

    async chooseCreatePath() {
      const options: SaveDialogOptions = {
        title: 'Nieuwe kluis opslaan',
        buttonLabel: 'Kluis aanmaken',
        defaultPath: path.join(app.getPath('documents'), DEFAULT_VAULT_FILE_NAME),
        filters: VAULT_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = getWindow();
      const result = window === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(window, options);
      if (result.canceled || result.filePath === undefined || result.filePath === '') return null;
      return withVaultExtension(result.filePath);
    },

    async chooseOpenPath() {
      const options: OpenDialogOptions = {
        title: 'Kluis openen',
        buttonLabel: 'Openen',
        filters: VAULT_FILTERS,
        properties: ['openFile'],
      };
      const window = getWindow();
      const result = window === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options);
      const [first] = result.filePaths;
      if (result.canceled || first === undefined) return null;
      return first;
    },

    async saveExportFile(suggestedName: string, data: Uint8Array, stillUnlocked: () => boolean) {
      // Core validated the name; the basename is a second guard against a path sneaking in.
      const fileName = path.basename(suggestedName);
      const extension = exportExtensionOf(fileName);
      if (extension === null) throw new Error('export zonder toegestane extensie');
      const options: SaveDialogOptions = {
        title: 'Export opslaan',
        buttonLabel: 'Opslaan',
        defaultPath: path.join(app.getPath('documents'), fileName),
        filters: [{ name: EXPORT_FILTER_NAMES[extension], extensions: [extension] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = getWindow();
      const result = window === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(window, options);
      if (result.canceled || result.filePath === undefined || result.filePath === '') return null;
      // Locked while the dialog was open (idle time, suspend): vault content stays off the disk.
      if (!stillUnlocked()) throw new AppError('vault_locked');
      const target = withExportExtension(result.filePath, extension);
      // Atomic and owner-only, also over a file the dialog confirmed to overwrite.
      writeFileAtomically(target, data);
      return target;
    },

    async chooseHandoverFile(kind) {
      const extension = kind === 'pakket' ? 'overdracht' : 'ontvangst';
      const options: OpenDialogOptions = {
        title: kind === 'pakket' ? 'Overdrachtspakket kiezen' : 'Ontvangstbevestiging kiezen',
        buttonLabel: 'Openen',
        filters: [{ name: EXPORT_FILTER_NAMES[extension], extensions: [extension] }],
        properties: ['openFile'],
      };
      const window = getWindow();
      const result = window === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options);
      const [first] = result.filePaths;
      if (result.canceled || first === undefined) return null;
      return first;
    },

    async chooseExportFolder() {
      const options: OpenDialogOptions = {
        title: 'Map kiezen voor de exports',
        buttonLabel: 'Hier opslaan',
        defaultPath: app.getPath('documents'),
        properties: ['openDirectory', 'createDirectory'],
      };
      const window = getWindow();
      const result = window === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options);
      const [first] = result.filePaths;
      if (result.canceled || first === undefined) return null;
      return first;
    },

    showNotification(title: string, body: string) {
      // A notification of the main process: it needs no permission of the page, whose policy keeps
      // refusing every permission (notifications included).
      if (!Notification.isSupported()) return;
      new Notification({ title, body }).show();
    },

    notifyLocked(reason: LockReason) {
      const window = getWindow();
      if (window === null || window.isDestroyed()) return;
      window.webContents.send('vault:locked', { reason });
    },
  };
}
