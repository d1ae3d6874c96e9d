import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * macOS needs an Edit menu for copy/paste shortcuts to work in text fields; Windows and Linux
 * handle those in Chromium itself, so there the app has no menu bar (and no DevTools shortcut).
 */
export function macMenuTemplate(): MenuItemConstructorOptions[] {
  return [
    {
      label: 'Casustafel',
      submenu: [
        { role: 'about', label: 'Over Casustafel' },
        { type: 'separator' },
        { role: 'hide', label: 'Verberg Casustafel' },
        { role: 'hideOthers', label: 'Verberg andere' },
        { role: 'unhide', label: 'Toon alles' },
        { type: 'separator' },
        { role: 'quit', label: 'Stop Casustafel' },
      ],
    },
    {
      label: 'Bewerken',
      submenu: [
        { role: 'undo', label: 'Herstel' },
        { role: 'redo', label: 'Opnieuw' },
        { type: 'separator' },
        { role: 'cut', label: 'Knip' },
        { role: 'copy', label: 'Kopieer' },
        { role: 'paste', label: 'Plak' },
        { role: 'selectAll', label: 'Selecteer alles' },
      ],
    },
    {
      label: 'Venster',
      submenu: [
        { role: 'minimize', label: 'Minimaliseer' },
        { role: 'close', label: 'Sluit venster' },
      ],
    },
  ];
}

export function installApplicationMenu(platform: NodeJS.Platform = process.platform): void {
  Menu.setApplicationMenu(platform === 'darwin' ? Menu.buildFromTemplate(macMenuTemplate()) : null);
}
