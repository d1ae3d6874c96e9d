import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module (there is no Electron binary on CI). Test files use it as
 *   vi.mock('electron', async () => (await import('./electronMock')).electronMock);
 * and import `electronMock` to drive and inspect it: because both the product code and the test
 * import this one module, they share its state.
 */
type Listener = (...args: unknown[]) => unknown;

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on = vi.fn((event: string, listener: Listener) => {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  });
  prependListener = vi.fn((event: string, listener: Listener) => {
    this.listeners.set(event, [listener, ...(this.listeners.get(event) ?? [])]);
    return this;
  });
  once = vi.fn((event: string, listener: Listener) => this.on(event, listener));
  removeListener = vi.fn((event: string, listener: Listener) => {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  });
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((listener) => listener(...args));
  }
  listenerCount(event: string): number {
    return (this.listeners.get(event) ?? []).length;
  }
}

export class FakeEvent {
  defaultPrevented = false;
  preventDefault = vi.fn(() => {
    this.defaultPrevented = true;
  });
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details: unknown) => unknown) | null = null;
  setWindowOpenHandler = vi.fn((handler: (details: unknown) => unknown) => {
    this.windowOpenHandler = handler;
  });
  send = vi.fn();
}

export class FakeSession extends FakeEmitter {
  headersListener: ((details: unknown, callback: (response: unknown) => void) => void) | null = null;
  permissionRequestHandler: ((...args: unknown[]) => void) | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  webRequest = {
    onHeadersReceived: vi.fn((listener: (details: unknown, callback: (response: unknown) => void) => void) => {
      this.headersListener = listener;
    }),
  };
  setPermissionRequestHandler = vi.fn((handler: (...args: unknown[]) => void) => {
    this.permissionRequestHandler = handler;
  });
  setPermissionCheckHandler = vi.fn((handler: (...args: unknown[]) => boolean) => {
    this.permissionCheckHandler = handler;
  });
  setDevicePermissionHandler = vi.fn((handler: (...args: unknown[]) => boolean) => {
    this.devicePermissionHandler = handler;
  });
  devicePermissionHandler: ((...args: unknown[]) => boolean) | null = null;
  setSpellCheckerEnabled = vi.fn();
  protocol = { handle: vi.fn() };
}

export class FakeBrowserWindow extends FakeEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly options: Record<string, unknown>;
  readonly webContents = new FakeWebContents();
  loadURL = vi.fn(async () => undefined);
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  isDestroyed = vi.fn(() => false);
  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    FakeBrowserWindow.instances.push(this);
  }
}

/** Electron's main-process Notification: records what was shown. */
export class FakeNotification {
  static instances: FakeNotification[] = [];
  static supported = true;
  static isSupported = vi.fn(() => FakeNotification.supported);
  readonly options: Record<string, unknown>;
  show = vi.fn();
  constructor(options: Record<string, unknown>) {
    this.options = options;
    FakeNotification.instances.push(this);
  }
}

function createApp() {
  const app = new FakeEmitter() as FakeEmitter & Record<string, unknown>;
  return Object.assign(app, {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    exit: vi.fn(),
    enableSandbox: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: vi.fn((name: string) => `/home/test/.config/Casustafel${name === 'userData' ? '' : `/${name}`}`),
    setPath: vi.fn(),
    commandLine: { removeSwitch: vi.fn(), appendSwitch: vi.fn() },
  });
}

function createMock() {
  const defaultSession = new FakeSession();
  return {
    app: createApp(),
    BrowserWindow: FakeBrowserWindow,
    Notification: FakeNotification,
    session: { defaultSession },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    powerMonitor: new FakeEmitter(),
    crashReporter: { start: vi.fn() },
    dialog: {
      showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
      showOpenDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> => ({ canceled: true, filePaths: [] })),
    },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => ({ template })) },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: Object.assign(new FakeEmitter(), { invoke: vi.fn(async (): Promise<unknown> => ({ ok: true, value: null })) }),
  };
}

export type ElectronMock = ReturnType<typeof createMock>;

export const electronMock: ElectronMock = createMock();

/** Fresh fakes for the next test; product modules see them because they read `electron.x` on use. */
export function resetElectronMock(): ElectronMock {
  FakeBrowserWindow.instances = [];
  FakeNotification.instances = [];
  FakeNotification.supported = true;
  Object.assign(electronMock, createMock());
  return electronMock;
}
