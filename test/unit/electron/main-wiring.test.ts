// main.ts is the only file that talks to Electron; here Electron is a mock and we check the wiring.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { requestChannels } from '../../../shared/contract';

type Handler = (event: unknown, arg?: unknown) => Promise<unknown> | unknown;

const mocks = vi.hoisted(() => {
  const exit = vi.fn();
  const handlers = new Map<string, Handler>();
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const windows: Array<{
    options: Record<string, unknown>;
    webContents: { id: number; send: ReturnType<typeof vi.fn> };
  }> = [];
  const mainFrame = { url: '' };
  const userData = `${process.env.TMPDIR ?? '/tmp'}/photon-main-wiring-${process.pid}`;
  const menus: unknown[] = [];
  return { handlers, appListeners, windows, mainFrame, userData, exit, menus };
});

vi.mock('electron', () => {
  class BrowserWindow {
    webContents: { id: number; send: ReturnType<typeof vi.fn>; mainFrame: typeof mocks.mainFrame };
    constructor(readonly options: Record<string, unknown>) {
      this.webContents = { id: 7, send: vi.fn(), mainFrame: mocks.mainFrame };
      mocks.windows.push(this);
    }
    once = vi.fn();
    loadFile = vi.fn(async (file: string) => {
      mocks.mainFrame.url = 'file://' + file;
    });
    loadURL = vi.fn(async () => undefined);
    isDestroyed = () => false;
    show = vi.fn();
  }
  return {
    app: {
      isPackaged: true,
      getPath: () => mocks.userData,
      whenReady: () => Promise.resolve(),
      on: (name: string, listener: (...args: unknown[]) => void) =>
        mocks.appListeners.set(name, listener),
      quit: vi.fn(),
      exit: mocks.exit,
    },
    BrowserWindow,
    ipcMain: {
      handle: (channel: string, handler: Handler) => mocks.handlers.set(channel, handler),
    },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn() } },
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (plain: string) => Buffer.from(plain, 'utf8').reverse(),
      decryptString: (sealed: Buffer) => Buffer.from(sealed).reverse().toString('utf8'),
    },
    shell: { openExternal: vi.fn() },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => mocks.menus.push(menu),
    },
  };
});

const trustedEvent = () => ({
  sender: { id: 7, mainFrame: mocks.mainFrame },
  senderFrame: mocks.mainFrame,
});

beforeAll(async () => {
  await import('../../../electron/main');
  await vi.waitFor(() => expect(mocks.windows).toHaveLength(1));
});

describe('electron/main.ts wiring', () => {
  it('sets a menu without Reload or developer tools in the packaged app', () => {
    const roles = JSON.stringify(mocks.menus);
    expect(mocks.menus).toHaveLength(1);
    expect(roles).toContain('editMenu');
    expect(roles).not.toMatch(/reload|toggleDevTools/i);
  });

  it('creates the window locked down', () => {
    const prefs = mocks.windows[0]?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('registers every contract channel, and nothing else', () => {
    expect([...mocks.handlers.keys()].sort()).toEqual([...requestChannels].sort());
  });

  it('answers a call from the app window', async () => {
    const result = await mocks.handlers.get('app.info')?.(trustedEvent());
    expect(result).toMatchObject({ ok: true, value: { name: 'Photon Setup', host: 'desktop' } });
  });

  it('rejects an invalid argument with a clear error', async () => {
    const result = await mocks.handlers.get('app.info')?.(trustedEvent(), { unexpected: true });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringContaining('app.info') },
    });
  });

  it('rejects calls from another webContents, a sub-frame, or a foreign page', async () => {
    const handler = mocks.handlers.get('app.info');
    const otherWindow = {
      sender: { id: 99, mainFrame: mocks.mainFrame },
      senderFrame: mocks.mainFrame,
    };
    const subFrame = {
      sender: { id: 7, mainFrame: mocks.mainFrame },
      senderFrame: { url: mocks.mainFrame.url },
    };
    const foreignPage = {
      sender: { id: 7, mainFrame: { url: 'https://evil.example/' } },
      senderFrame: null as unknown,
    };
    foreignPage.senderFrame = foreignPage.sender.mainFrame;
    for (const event of [otherWindow, subFrame, foreignPage]) {
      expect(await handler?.(event)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('denies new windows and blocks navigation away from the app', () => {
    const created = mocks.appListeners.get('web-contents-created');
    expect(created).toBeDefined();
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const navigationHandlers = new Map<
      string,
      (event: { url: string; preventDefault: () => void }) => void
    >();
    created?.(
      {},
      {
        setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
        on: (name: string, handler: (event: { url: string; preventDefault: () => void }) => void) =>
          navigationHandlers.set(name, handler),
      },
    );
    expect(openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const preventDefault = vi.fn();
    navigationHandlers.get('will-navigate')?.({ url: 'https://evil.example/', preventDefault });
    expect(preventDefault).toHaveBeenCalled();
  });

  it('forwards core events to the window', async () => {
    await mocks.handlers.get('system.check')?.(trustedEvent());
    expect(mocks.windows[0]?.webContents.send).toHaveBeenCalledWith(
      'event:system.checked',
      expect.objectContaining({ items: expect.any(Array) }),
    );
  });

  it('holds a quit until the core has restored the Wi-Fi, then exits', async () => {
    const beforeQuit = mocks.appListeners.get('before-quit');
    const preventDefault = vi.fn();
    beforeQuit?.({ preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(mocks.exit).toHaveBeenCalledWith(0));
  });
});
