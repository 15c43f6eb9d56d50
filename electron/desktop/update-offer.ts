// Updates: checked once at start against the feed built into the app (electron-builder's
// app-update.yml, a generic provider), offered to the operator, never acted on mid-run. Nothing
// downloads or installs without the operator's yes, and neither question is asked while a
// setup run holds the device: they wait until it is done. Installing restarts the app, whose
// quit path still restores the Wi-Fi first.
import { formatMessage, m, type Locale, type Message } from '../../shared/i18n';

/** What of electron-updater's AppUpdater this uses (a fake in tests). */
export interface Updater {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  on(
    event: 'update-available' | 'update-downloaded',
    listener: (info: { version: string }) => void,
  ): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  checkForUpdates(): Promise<unknown>;
  downloadUpdate(): Promise<unknown>;
  quitAndInstall(): void;
}

export type UpdateQuestion = { kind: 'download' | 'install'; version: string };

export interface UpdateOfferOptions {
  updater: Updater;
  /** True while something holds the device (a setup run, reading a unit's id, a scan). */
  busy(): boolean;
  ask(question: UpdateQuestion): Promise<boolean>;
  log: { info(message: string): void; warn(message: string): void };
  idleCheckMs?: number;
}

/** How often a waiting question looks again whether the run is over. */
const UPDATE_IDLE_CHECK_MS = 5_000;

export function startUpdateOffer(options: UpdateOfferOptions): { stop(): void } {
  const { updater, busy, ask, log } = options;
  const idleCheckMs = options.idleCheckMs ?? UPDATE_IDLE_CHECK_MS;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let stopped = false;
  updater.autoDownload = false;
  updater.autoInstallOnAppQuit = false;

  const whenIdle = (then: () => void): void => {
    if (stopped) return;
    if (!busy()) {
      then();
      return;
    }
    const timer = setTimeout(() => {
      timers.delete(timer);
      whenIdle(then);
    }, idleCheckMs);
    timers.add(timer);
  };
  const failed = (what: string) => (error: unknown) =>
    log.warn(`Update ${what} failed (${error instanceof Error ? error.name : typeof error}).`);

  updater.on('update-available', ({ version }) =>
    whenIdle(() => {
      void ask({ kind: 'download', version }).then((yes) => {
        log.info(`Update ${version} offered; the operator said ${yes ? 'download' : 'later'}.`);
        if (yes) updater.downloadUpdate().catch(failed('download'));
      });
    }),
  );
  const offerInstall = (version: string): void =>
    whenIdle(() => {
      void ask({ kind: 'install', version }).then((yes) => {
        log.info(`Update ${version} ready; the operator said ${yes ? 'restart' : 'later'}.`);
        if (!yes) return;
        // A run may have started while the question was open: wait for it again.
        if (busy()) offerInstall(version);
        else updater.quitAndInstall();
      });
    });
  updater.on('update-downloaded', ({ version }) => offerInstall(version));
  updater.on('error', failed('check'));

  updater.checkForUpdates().catch(failed('check'));
  return {
    stop: () => {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}

/** The operator's words for each question, in the window's language: [message, detail, yes, no]. */
export function updateQuestionText(
  question: UpdateQuestion,
  locale: Locale = 'en',
): [string, string, string, string] {
  const say = (message: Message): string => formatMessage(locale, message);
  const { version } = question;
  return question.kind === 'download'
    ? [
        say(m('core.update.download.message', { version })),
        say(m('core.update.download.detail')),
        say(m('core.update.download.yes')),
        say(m('core.update.later')),
      ]
    : [
        say(m('core.update.install.message', { version })),
        say(m('core.update.install.detail')),
        say(m('core.update.install.yes')),
        say(m('core.update.later')),
      ];
}
