// The desktop app's window opens while the core is still starting (a restore journal left by a
// crash is replayed at start-up, up to a Wi-Fi rejoin): its requests wait for the core and are
// then answered, and quitting in the meantime still waits for the core to close.
import { describe, expect, it, vi } from 'vitest';

type Handler = (event: unknown, arg?: unknown) => Promise<unknown>;

const mocks = vi.hoisted(() => {
  let release!: () => void;
  const coreStarted = new Promise<void>((resolve) => (release = resolve));
  return {
    release: () => release(),
    coreStarted,
    windows: 0,
    handlers: new Map<string, Handler>(),
    appListeners: new Map<string, (...args: unknown[]) => void>(),
    closed: vi.fn(async () => undefined),
    exit: vi.fn(),
    mainFrame: { url: 'app://photon-setup/index.html' },
  };
});

vi.mock('electron-updater', () => ({ autoUpdater: {} }));
vi.mock('../../../electron/core/api', () => ({
  createCore: async () => {
    await mocks.coreStarted;
    return {
      handlers: { 'app.info': async () => ({ name: 'Photon Setup' }) },
      log: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
      events: { subscribeAll: vi.fn() },
      services: {},
      close: mocks.closed,
    };
  },
}));
vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { id: 7, send: vi.fn(), mainFrame: mocks.mainFrame };
    constructor() {
      mocks.windows += 1;
    }
    once = vi.fn();
    loadURL = vi.fn(async () => undefined);
    isDestroyed = () => false;
  }
  return {
    app: {
      isPackaged: false,
      getPath: () => `${process.env.TMPDIR ?? '/tmp'}/photon-startup-order-${process.pid}`,
      getLocale: () => 'en-US',
      whenReady: () => Promise.resolve(),
      requestSingleInstanceLock: () => true,
      on: (name: string, listener: (...args: unknown[]) => void) =>
        mocks.appListeners.set(name, listener),
      quit: vi.fn(),
      exit: mocks.exit,
    },
    BrowserWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    Menu: { buildFromTemplate: () => ({}), setApplicationMenu: vi.fn() },
    dialog: { showErrorBox: vi.fn() },
    ipcMain: {
      handle: (channel: string, handler: Handler) => mocks.handlers.set(channel, handler),
    },
    session: {
      defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
    },
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (plain: string) => Buffer.from(plain),
      decryptString: (sealed: Buffer) => sealed.toString(),
    },
    shell: { openExternal: vi.fn() },
  };
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('electron/main.ts while the core starts', () => {
  it('opens the window first; a request waits for the core, then is answered', async () => {
    await import('../../../electron/main');
    await settle();
    expect(mocks.windows).toBe(1);
    const handler = mocks.handlers.get('app.info');
    expect(handler).toBeDefined();
    let answered: unknown = null;
    void handler?.({
      sender: { id: 7, mainFrame: mocks.mainFrame },
      senderFrame: mocks.mainFrame,
    }).then((reply) => (answered = reply));
    await settle();
    expect(answered).toBeNull();

    // Quitting now still waits for the core to start and close (it may be restoring Wi-Fi).
    const quit = { preventDefault: vi.fn() };
    mocks.appListeners.get('before-quit')?.(quit);
    expect(quit.preventDefault).toHaveBeenCalled();
    await settle();
    expect(mocks.closed).not.toHaveBeenCalled();

    mocks.release();
    await settle();
    expect(answered).toMatchObject({ ok: true, value: { name: 'Photon Setup' } });
    expect(mocks.closed).toHaveBeenCalledTimes(1);
    expect(mocks.exit).toHaveBeenCalledWith(0);
  });
});
