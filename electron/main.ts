// The desktop host: one sandboxed window on the app:// scheme, the contract's channels
// registered in a loop behind a sender check, core events forwarded to the window, one instance
// at a time, and updates offered between runs. The logic lives in electron/desktop/.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  session,
  shell,
  type IpcMainInvokeEvent,
  type MessageBoxOptions,
  type WebContents,
} from 'electron';
import { autoUpdater } from 'electron-updater';
import {
  contractError,
  ipcEventChannel,
  requestChannels,
  type ContractError,
} from '../shared/contract';
import { createCore } from './core/api';
import { RESTORE_TIMEOUT_MS } from './core/wifi/timeouts';
import { createDesktopLocationAccess } from './desktop/location-access';
import { createDispatch } from './core/dispatch';
import { applicationMenuTemplate } from './desktop/app-menu';
import {
  APP_INDEX_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  createAppSchemeHandler,
  isAppUrl as isAppSchemeUrl,
} from './desktop/app-scheme';
import { isAllowedExternalUrl } from './desktop/external-links';
import { startUpdateOffer, updateQuestionText } from './desktop/update-offer';
import { OperatorError } from './core/runtime';
import { formatMessage, loadLanguage, m, negotiateLocale, type Locale } from '../shared/i18n';
import type { LanguageChoice } from '../shared/settings';
import {
  EncryptedFileSecretStore,
  MemorySecretStore,
  safeStorageEncryptor,
  type SecretStore,
} from './core/store/secret-store';

const simulated = process.argv.includes('--simulate');
/**
 * The longest a quit waits for a running setup to restore the host's Wi-Fi: the restore's own
 * budget (its home check included), and a moment for the cancel to reach it.
 */
const QUIT_RESTORE_WAIT_MS = RESTORE_TIMEOUT_MS + 5_000;
const rendererDir = join(__dirname, '../renderer');
// electron-vite sets this for `electron-vite dev`; packaged builds always load app://.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
// Only before the app is ready may a scheme become standard and secure.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

let mainWindow: BrowserWindow | null = null;

const sameOrigin = (url: string, other: string): boolean => {
  try {
    return new URL(url).origin === new URL(other).origin;
  } catch {
    return false;
  }
};
const isAppUrl = (url: string): boolean =>
  isAppSchemeUrl(url) || (devServerUrl !== undefined && sameOrigin(url, devServerUrl));

/** Only the top frame of our own window, showing our own page, may call the core. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const window = mainWindow;
  if (window === null || window.isDestroyed()) return false;
  if (event.sender.id !== window.webContents.id) return false;
  const frame = event.senderFrame;
  return frame !== null && frame === event.sender.mainFrame && isAppUrl(frame.url);
}

const forbidden: ContractError = contractError('forbidden', m('core.forbidden'));

function hardenContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    // Help links to Particle's docs and console open in the system browser; nothing else opens,
    // and nothing opens inside the app.
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
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
      // Packaged builds have no developer tools at all (and no menu entry or key for them).
      devTools: !app.isPackaged,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? APP_INDEX_URL);
  return window;
}

/** A second launch brings the first window forward instead of opening another app. */
function focusMainWindow(): void {
  const window = mainWindow;
  if (window === null || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/** The language of the app's own dialogs: the window's, as Settings or the OS choose it. */
const dialogLocale = (choice: LanguageChoice): Locale =>
  choice === 'system' ? negotiateLocale([app.getLocale()]) : choice;

/** The operator's answer to an update question, as a dialog on the window. */
async function askOperator(
  question: Parameters<typeof updateQuestionText>[0],
  locale: Locale,
): Promise<boolean> {
  // The app's own dialogs speak the window's language; its catalogue loads when first asked.
  await loadLanguage(locale).catch(() => undefined);
  const [message, detail, yes, no] = updateQuestionText(question, locale);
  const options: MessageBoxOptions = {
    type: 'info',
    message,
    detail,
    buttons: [yes, no],
    defaultId: 0,
    cancelId: 1,
  };
  const window = mainWindow;
  const { response } =
    window === null || window.isDestroyed()
      ? await dialog.showMessageBox(options)
      : await dialog.showMessageBox(window, options);
  return response === 0;
}

/** electron-builder writes the feed here in release builds; other builds have none. */
const updateFeedConfigured = (): boolean =>
  typeof process.resourcesPath === 'string' &&
  existsSync(join(process.resourcesPath, 'app-update.yml'));

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
  const options = {
    host: 'desktop',
    // The OS's language; the window follows it unless Settings choose one.
    systemLocale: app.getLocale(),
    dataDir,
    secretStore: desktopSecretStore(dataDir),
    // Fixed system-settings addresses only (location-access.ts); pages never reach this.
    location: createDesktopLocationAccess(process.platform, (url) => shell.openExternal(url)),
  } as const;
  // The simulators are loaded only for --simulate: the real app never starts them. The window
  // does not wait for the core: a restore journal left by a crash is replayed at start-up (up
  // to a Wi-Fi rejoin), and the operator should see the app meanwhile; its requests wait.
  const coreReady = simulated
    ? import('./simulated-core').then((module) => module.createSimulatedCore(options))
    : createCore({ ...options, simulated: false });
  const dispatchReady = coreReady.then((core) => createDispatch(core.handlers, core.log));
  // A core that cannot start ends the app (start's caller says why); no request outlives it.
  dispatchReady.catch(() => undefined);

  protocol.handle(APP_SCHEME, createAppSchemeHandler(rendererDir));
  // The app needs no permission at all: no camera, no notifications, no geolocation prompt.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, grant) =>
    grant(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(applicationMenuTemplate(process.platform, app.isPackaged)),
  );
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));

  for (const channel of requestChannels) {
    ipcMain.handle(channel, async (event, arg: unknown) =>
      isTrustedSender(event)
        ? (await dispatchReady)(channel, arg)
        : { ok: false, error: forbidden },
    );
  }

  app.on('window-all-closed', () => app.quit());
  // Quitting mid-run (or mid start-up replay) must still put the computer back on its Wi-Fi:
  // hold the quit until the core has cancelled the run and restored, but never longer than
  // QUIT_RESTORE_WAIT_MS.
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting) return;
    quitting = true;
    event.preventDefault();
    const cap = new Promise<void>((resolve) => setTimeout(resolve, QUIT_RESTORE_WAIT_MS));
    void Promise.race([coreReady.then((core) => core.close()), cap])
      .catch(() => undefined)
      .finally(() => app.exit(0));
  });

  mainWindow = createMainWindow();
  const core = await coreReady;
  core.events.subscribeAll((event, payload) => {
    if (mainWindow !== null && !mainWindow.isDestroyed())
      mainWindow.webContents.send(ipcEventChannel(event), payload);
  });

  if (app.isPackaged && updateFeedConfigured())
    startUpdateOffer({
      updater: autoUpdater,
      // Between two units of a station the device is free, but the tray is not done.
      busy: () => core.services.access.busy || core.services.station.active,
      ask: (question) => askOperator(question, dialogLocale(core.services.readSettings().language)),
      log: core.log,
    });
}

// One instance at a time: two would fight over the Wi-Fi radio and the device.
if (app.requestSingleInstanceLock()) {
  app.on('second-instance', focusMainWindow);
  start().catch(async (error: unknown) => {
    // A data folder another Photon Setup holds, an unwritable folder: one sentence, then quit,
    // in the OS's language (the settings may be what could not be read).
    const locale = negotiateLocale([app.getLocale()]);
    await loadLanguage(locale).catch(() => undefined);
    dialog.showErrorBox(
      formatMessage(locale, m('core.start-failed.title')),
      formatMessage(
        locale,
        error instanceof OperatorError ? error.text : m('core.start-failed.internal'),
      ),
    );
    app.exit(1);
  });
} else {
  app.quit();
}
