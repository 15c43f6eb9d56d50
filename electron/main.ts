// The desktop host: one sandboxed window, the contract's channels registered in a loop behind a
// sender check, core events forwarded to the window. No logic of its own lives here.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  safeStorage,
  session,
  shell,
  type IpcMainInvokeEvent,
  type WebContents,
} from 'electron';
import { ipcEventChannel, requestChannels, type ContractError } from '../shared/contract';
import { createCore } from './core/api';
import { createDispatch } from './core/dispatch';
import { OperatorError } from './core/runtime';
import { appMenuTemplate } from './desktop/app-menu';
import {
  EncryptedFileSecretStore,
  MemorySecretStore,
  safeStorageEncryptor,
  type SecretStore,
} from './core/store/secret-store';

const simulated = process.argv.includes('--simulate');
/** The longest a quit waits for a running setup to restore the host's Wi-Fi. */
const QUIT_RESTORE_WAIT_MS = 30_000;
const rendererIndex = join(__dirname, '../renderer/index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;
// electron-vite sets this for `electron-vite dev`; packaged builds always load the file.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

let mainWindow: BrowserWindow | null = null;

const isAppUrl = (url: string): boolean =>
  url.split('#')[0] === rendererUrl ||
  (devServerUrl !== undefined && new URL(url).origin === new URL(devServerUrl).origin);

/** Only the top frame of our own window, showing our own page, may call the core. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const window = mainWindow;
  if (window === null || window.isDestroyed()) return false;
  if (event.sender.id !== window.webContents.id) return false;
  const frame = event.senderFrame;
  return frame !== null && frame === event.sender.mainFrame && isAppUrl(frame.url);
}

const forbidden: ContractError = {
  code: 'forbidden',
  message: 'This request did not come from the Photon Setup window and was refused.',
};

function hardenContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    // Help links open in the system browser; nothing opens inside the app.
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (navigation) => {
    if (!isAppUrl(navigation.url)) navigation.preventDefault();
  });
  contents.on('will-attach-webview', (attach) => attach.preventDefault());
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Photon Setup',
    width: 1120,
    height: 780,
    minWidth: 880,
    minHeight: 620,
    show: false,
    backgroundColor: '#0f172a',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  if (devServerUrl !== undefined) void window.loadURL(devServerUrl);
  else void window.loadFile(rendererIndex);
  return window;
}

/** The OS keychain when it is safe; memory (with a warning) when it is not. */
function desktopSecretStore(dataDir: string): SecretStore {
  try {
    const encryptor = safeStorageEncryptor(safeStorage, process.platform);
    return new EncryptedFileSecretStore(join(dataDir, 'secrets.json'), encryptor, 'os-keychain');
  } catch (error) {
    console.warn(
      error instanceof OperatorError ? error.message : 'Secrets are kept in memory only.',
    );
    return new MemorySecretStore();
  }
}

export async function start(): Promise<void> {
  await app.whenReady();
  // Simulated runs keep their own folder so demo sign-ins never mix with real ones.
  const dataDir = join(app.getPath('userData'), simulated ? 'simulated' : 'data');
  const options = { host: 'desktop', dataDir, secretStore: desktopSecretStore(dataDir) } as const;
  // The simulators are loaded only for --simulate: the real app never starts them.
  const core = simulated
    ? await (await import('./simulated-core')).createSimulatedCore(options)
    : await createCore({ ...options, simulated: false });
  const dispatch = createDispatch(core.handlers, console);

  session.defaultSession.setPermissionRequestHandler((_contents, _permission, grant) =>
    grant(false),
  );
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));

  for (const channel of requestChannels) {
    ipcMain.handle(channel, (event, arg: unknown) =>
      isTrustedSender(event) ? dispatch(channel, arg) : { ok: false, error: forbidden },
    );
  }

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      appMenuTemplate({ packaged: app.isPackaged, platform: process.platform }),
    ),
  );
  mainWindow = createMainWindow();
  core.events.subscribeAll((event, payload) => {
    if (mainWindow !== null && !mainWindow.isDestroyed())
      mainWindow.webContents.send(ipcEventChannel(event), payload);
  });

  app.on('window-all-closed', () => app.quit());
  // Quitting mid-run must still put the computer back on its Wi-Fi: hold the quit until the
  // core has cancelled the run and restored, but never longer than QUIT_RESTORE_WAIT_MS.
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting) return;
    quitting = true;
    event.preventDefault();
    const cap = new Promise<void>((resolve) => setTimeout(resolve, QUIT_RESTORE_WAIT_MS));
    void Promise.race([core.close(), cap]).finally(() => app.exit(0));
  });
}

void start();
