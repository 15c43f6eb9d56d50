// main.ts is the only file that talks to Electron; here Electron is a mock and we check the wiring.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DeviceAccess } from '../../../electron/core/runtime';
import { requestChannels } from '../../../shared/contract';

type Handler = (event: unknown, arg?: unknown) => Promise<unknown> | unknown;

const mocks = vi.hoisted(() => {
  const exit = vi.fn();
  const handlers = new Map<string, Handler>();
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const windows: Array<{
    options: Record<string, unknown>;
    webContents: { id: number; send: ReturnType<typeof vi.fn> };
    loadURL: ReturnType<typeof vi.fn>;
    restore: ReturnType<typeof vi.fn>;
    focus: ReturnType<typeof vi.fn>;
  }> = [];
  const mainFrame = { url: '' };
  const userData = `${process.env.TMPDIR ?? '/tmp'}/photon-main-wiring-${process.pid}`;
  const calls: string[] = [];
  const privileged: unknown[] = [];
  const schemeHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const permissionCheck: { handler?: (...args: unknown[]) => boolean } = {};
  const permissionRequest: { handler?: (...args: unknown[]) => void } = {};
  const menu: { template?: Array<{ role?: string }> } = {};
  const openExternal = vi.fn();
  const showMessageBox = vi.fn(async () => ({ response: 0 }));
  const updaterListeners = new Map<string, Array<(payload: unknown) => void>>();
  const updater = {
    on: (event: string, listener: (payload: unknown) => void) => {
      updaterListeners.set(event, [...(updaterListeners.get(event) ?? []), listener]);
      return updater;
    },
    emit: (event: string, payload: unknown) => {
      for (const listener of updaterListeners.get(event) ?? []) listener(payload);
    },
    autoDownload: true,
    autoInstallOnAppQuit: true,
    checkForUpdates: vi.fn(async () => null),
    downloadUpdate: vi.fn(async () => []),
    quitAndInstall: vi.fn(),
  };
  return {
    handlers,
    appListeners,
    windows,
    mainFrame,
    userData,
    exit,
    calls,
    privileged,
    schemeHandlers,
    permissionCheck,
    permissionRequest,
    menu,
    openExternal,
    showMessageBox,
    updater,
  };
});

vi.mock('electron-updater', () => ({ autoUpdater: mocks.updater }));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents: { id: number; send: ReturnType<typeof vi.fn>; mainFrame: typeof mocks.mainFrame };
    constructor(readonly options: Record<string, unknown>) {
      this.webContents = { id: 7, send: vi.fn(), mainFrame: mocks.mainFrame };
      mocks.windows.push(this);
    }
    once = vi.fn();
    loadURL = vi.fn(async (url: string) => {
      mocks.mainFrame.url = url;
    });
    isDestroyed = () => false;
    isMinimized = () => true;
    restore = vi.fn();
    focus = vi.fn();
    show = vi.fn();
  }
  return {
    app: {
      isPackaged: true,
      getPath: () => mocks.userData,
      getLocale: () => 'de-DE',
      whenReady: () => {
        mocks.calls.push('whenReady');
        return Promise.resolve();
      },
      requestSingleInstanceLock: () => true,
      on: (name: string, listener: (...args: unknown[]) => void) =>
        mocks.appListeners.set(name, listener),
      quit: vi.fn(),
      exit: mocks.exit,
    },
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        mocks.calls.push('registerSchemesAsPrivileged');
        mocks.privileged.push(...schemes);
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        mocks.schemeHandlers.set(scheme, handler),
    },
    Menu: {
      buildFromTemplate: (template: Array<{ role?: string }>) => ({ template }),
      setApplicationMenu: (built: { template: Array<{ role?: string }> }) =>
        (mocks.menu.template = built.template),
    },
    dialog: { showMessageBox: mocks.showMessageBox },
    ipcMain: {
      handle: (channel: string, handler: Handler) => mocks.handlers.set(channel, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: (...args: unknown[]) => void) =>
          (mocks.permissionRequest.handler = handler),
        setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) =>
          (mocks.permissionCheck.handler = handler),
      },
    },
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (plain: string) => Buffer.from(plain, 'utf8').reverse(),
      decryptString: (sealed: Buffer) => Buffer.from(sealed).reverse().toString('utf8'),
    },
    shell: { openExternal: mocks.openExternal },
  };
});

const trustedEvent = () => ({
  sender: { id: 7, mainFrame: mocks.mainFrame },
  senderFrame: mocks.mainFrame,
});

beforeAll(async () => {
  // A release build: electron-builder wrote the update feed beside the asar.
  const resources = mkdtempSync(join(tmpdir(), 'photon-resources-'));
  writeFileSync(join(resources, 'app-update.yml'), 'provider: generic\nurl: https://u.example/\n');
  Object.defineProperty(process, 'resourcesPath', { value: resources, configurable: true });
  await import('../../../electron/main');
  await vi.waitFor(() => expect(mocks.windows).toHaveLength(1));
});

describe('electron/main.ts wiring', () => {
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

  it('tells the window the OS language (app.getLocale()), which it follows unless Settings choose', async () => {
    const result = await mocks.handlers.get('app.info')?.(trustedEvent());
    expect(result).toMatchObject({ ok: true, value: { systemLocale: 'de-DE' } });
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
    expect(mocks.openExternal).not.toHaveBeenCalled();
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

describe('the app:// scheme, permissions, links and menu', () => {
  it('registers app:// as privileged, standard and secure before the app is ready', () => {
    expect(mocks.privileged).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(mocks.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(
      mocks.calls.indexOf('whenReady'),
    );
    expect(mocks.windows[0]?.loadURL).toHaveBeenCalledWith('app://photon-setup/index.html');
  });

  it('serves the renderer on app:// with the CSP header, and nothing outside it', async () => {
    const handler = mocks.schemeHandlers.get('app');
    expect(handler).toBeDefined();
    const page = await handler!(new Request('app://photon-setup/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await page.text()).toContain('<div id="root">');
    for (const url of [
      'app://photon-setup/../package.json',
      'app://photon-setup/%2e%2e/package.json',
      'app://another-host/index.html',
      'app://photon-setup/missing.js',
    ])
      expect((await handler!(new Request(url))).status, url).toBe(404);
    expect((await handler!(new Request('app://photon-setup/%E0%A4%A'))).status).toBe(400);
  });

  it('denies every permission check and request', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read'])
      expect(mocks.permissionCheck.handler?.(null, permission, 'app://photon-setup')).toBe(false);
    const grant = vi.fn();
    mocks.permissionRequest.handler?.(null, 'media', grant);
    expect(grant).toHaveBeenCalledWith(false);
  });

  it('opens only Particle docs and console links in the system browser', () => {
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    mocks.appListeners.get('web-contents-created')?.(
      {},
      {
        setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
        on: () => undefined,
      },
    );
    mocks.openExternal.mockClear();
    for (const url of [
      'https://docs.particle.io/reference/device-os/',
      'https://console.particle.io/devices',
    ]) {
      expect(openHandler?.({ url })).toEqual({ action: 'deny' });
      expect(mocks.openExternal).toHaveBeenLastCalledWith(url);
    }
    mocks.openExternal.mockClear();
    for (const url of [
      'https://evil.example/',
      'http://docs.particle.io/',
      'https://docs.particle.io.evil.example/',
      'https://user:pw@console.particle.io/',
      'https://console.particle.io:8443/',
      'file:///etc/passwd',
      'javascript:alert(1)',
    ])
      openHandler?.({ url });
    expect(mocks.openExternal).not.toHaveBeenCalled();
  });

  it('has no reload or developer tools in a packaged build', () => {
    const roles = (mocks.menu.template ?? []).map((item) => item.role);
    expect(roles).toContain('editMenu');
    expect(roles).not.toContain('viewMenu');
    const prefs = mocks.windows[0]?.options.webPreferences as Record<string, unknown>;
    expect(prefs.devTools).toBe(false);
  });

  it('brings the first window forward when the app is launched again', () => {
    const second = mocks.appListeners.get('second-instance');
    expect(second).toBeDefined();
    second?.();
    expect(mocks.windows[0]?.restore).toHaveBeenCalled();
    expect(mocks.windows[0]?.focus).toHaveBeenCalled();
    expect(mocks.windows).toHaveLength(1);
  });
});

describe('updates', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('checks the feed at start, downloading nothing by itself', () => {
    expect(mocks.updater.checkForUpdates).toHaveBeenCalledTimes(1);
    expect(mocks.updater.autoDownload).toBe(false);
    expect(mocks.updater.autoInstallOnAppQuit).toBe(false);
  });

  it('never offers, downloads or installs while a run holds the device', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const busy = vi.spyOn(DeviceAccess.prototype, 'busy', 'get').mockReturnValue(true);
    mocks.showMessageBox.mockClear();

    mocks.updater.emit('update-available', { version: '9.9.9' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(mocks.showMessageBox).not.toHaveBeenCalled();
    expect(mocks.updater.downloadUpdate).not.toHaveBeenCalled();

    busy.mockReturnValue(false); // the run ended
    await vi.advanceTimersByTimeAsync(5_000);
    expect(mocks.showMessageBox).toHaveBeenCalledTimes(1);
    expect(mocks.updater.downloadUpdate).toHaveBeenCalledTimes(1);

    busy.mockReturnValue(true); // the next run started while it downloaded
    mocks.updater.emit('update-downloaded', { version: '9.9.9' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(mocks.showMessageBox).toHaveBeenCalledTimes(1);
    expect(mocks.updater.quitAndInstall).not.toHaveBeenCalled();

    busy.mockReturnValue(false);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(mocks.showMessageBox).toHaveBeenCalledTimes(2);
    expect(mocks.updater.quitAndInstall).toHaveBeenCalledTimes(1);
  });
});
