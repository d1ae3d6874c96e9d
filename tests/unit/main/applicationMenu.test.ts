import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

import { installApplicationMenu, macMenuTemplate } from '../../../electron/main/applicationMenu';
import { electronMock, resetElectronMock } from './electronMock';

beforeEach(() => {
  resetElectronMock();
});

describe('application menu', () => {
  it.each(['win32', 'linux'] as const)('has no menu bar on %s', (platform) => {
    installApplicationMenu(platform);
    expect(electronMock.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
  });

  it('keeps a Dutch Edit menu on macOS so copy and paste work', () => {
    installApplicationMenu('darwin');
    const edit = macMenuTemplate().find((item) => item.label === 'Bewerken');
    const roles = (edit?.submenu as { role?: string }[]).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['copy', 'paste', 'cut', 'selectAll', 'undo']));
    expect(electronMock.Menu.setApplicationMenu).toHaveBeenCalledWith(expect.objectContaining({ template: expect.any(Array) }));
  });

  it('offers no developer tools or reload in the menu', () => {
    const roles = JSON.stringify(macMenuTemplate());
    expect(roles).not.toMatch(/toggleDevTools|reload|forceReload/);
  });
});
