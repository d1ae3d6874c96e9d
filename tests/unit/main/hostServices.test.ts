import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

import { createElectronHostServices } from '../../../electron/main/hostServices';
import { applySessionSecurity } from '../../../electron/main/securityPolicy';
import { electronMock, FakeBrowserWindow, FakeNotification, resetElectronMock } from './electronMock';

beforeEach(() => {
  resetElectronMock();
});

describe('host services for core', () => {
  it('asks where to save a new vault in Dutch, as a .casustafel file named casustafel.casustafel', async () => {
    electronMock.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/test/Documenten/overleg' });
    const host = createElectronHostServices(() => null);
    await expect(host.chooseCreatePath()).resolves.toBe('/home/test/Documenten/overleg.casustafel');
    const options = electronMock.dialog.showSaveDialog.mock.calls[0]?.[0] as unknown as Record<string, unknown>;
    expect(options).toMatchObject({
      title: 'Nieuwe kluis opslaan',
      buttonLabel: 'Kluis aanmaken',
      filters: [{ name: 'Casustafel-kluis', extensions: ['casustafel'] }],
    });
    expect(String(options.defaultPath)).toMatch(/casustafel\.casustafel$/);
  });

  it('returns null when the user cancels either dialog', async () => {
    const host = createElectronHostServices(() => null);
    await expect(host.chooseCreatePath()).resolves.toBeNull();
    await expect(host.chooseOpenPath()).resolves.toBeNull();
  });

  it('opens an existing vault file through the open dialog', async () => {
    electronMock.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/test/kluis.casustafel'] });
    const host = createElectronHostServices(() => null);
    await expect(host.chooseOpenPath()).resolves.toBe('/home/test/kluis.casustafel');
    expect(electronMock.dialog.showOpenDialog.mock.calls[0]?.[0]).toMatchObject({ title: 'Kluis openen', properties: ['openFile'] });
  });

  it('asks once for a folder for per-recipient exports (a folder, never a file) and passes a cancel through', async () => {
    const host = createElectronHostServices(() => null);
    await expect(host.chooseExportFolder()).resolves.toBeNull();
    electronMock.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/test/Documenten/overleg-maart'] });
    await expect(host.chooseExportFolder()).resolves.toBe('/home/test/Documenten/overleg-maart');
    expect(electronMock.dialog.showOpenDialog.mock.calls[1]?.[0]).toMatchObject({
      title: 'Map kiezen voor de exports',
      properties: ['openDirectory', 'createDirectory'],
    });
  });

  it('tells the window the vault was locked, with the reason only', () => {
    const window = new FakeBrowserWindow({});
    const host = createElectronHostServices(() => window as never);
    host.notifyLocked('idle');
    expect(window.webContents.send).toHaveBeenCalledWith('vault:locked', { reason: 'idle' });
  });

  it('shows what fell due as a main-process notification, while the page itself still gets no notification permission', () => {
    const host = createElectronHostServices(() => null);
    host.showNotification!('Casustafel', '2 afspraken zijn verlopen of vandaag aan de beurt. Kijk in Opvolging.');
    expect(FakeNotification.instances.map((n) => n.options)).toEqual([{ title: 'Casustafel', body: '2 afspraken zijn verlopen of vandaag aan de beurt. Kijk in Opvolging.' }]);
    expect(FakeNotification.instances[0]!.show).toHaveBeenCalledOnce();

    const session = electronMock.session.defaultSession;
    applySessionSecurity(session as never);
    const answer = vi.fn();
    session.permissionRequestHandler!(null, 'notifications', answer);
    expect(answer).toHaveBeenCalledWith(false);
    expect(session.permissionCheckHandler!(null, 'notifications')).toBe(false);
  });

  it('shows nothing where the system has no notifications', () => {
    FakeNotification.supported = false;
    createElectronHostServices(() => null).showNotification!('Casustafel', 'Er is iets verlopen.');
    expect(FakeNotification.instances).toEqual([]);
  });

  it('keeps app data in the user data folder', () => {
    expect(createElectronHostServices(() => null).userDataDir).toBe('/home/test/.config/Casustafel');
  });
});
