// Everything the core's handlers stand on, built once per core from the backends its host hands
// it: the data dir's files, the secret store, the cloud client (behind the offline gate), the
// host Wi-Fi (the computer's own, or what the host passed in — the simulated world's in demo
// mode), the one device-access lock, and the account, profile, engine and returns services.
// The core never builds a simulator: the hosts, CLIs and tests do, and pass its backends here.
import { m } from '../../shared/i18n';
import { mkdtempSync, rmSync } from 'node:fs';
import { homedir, release, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HostKind } from '../../shared/contract';
import { settingsSchema, type Settings } from '../../shared/settings';
import { ACCOUNT_FILE_NAME, AccountService } from './account';
import {
  createCloudClient,
  createReachCloud,
  createRedactor,
  type CloudClient,
  type RetryPolicy,
} from './cloud';
import type { Redactor } from './cloud/redact';
import { createFileLog, LOG_DIR_NAME, type CoreLog } from './log/file-log';
import type { EventBus } from './event-bus';
import { PROFILES_FILE_NAME, StationProfiles } from './profiles';
import {
  OfflineGate,
  ProvisioningEngine,
  type EngineTimings,
  type HostWifi,
  type RunContextInfo,
} from './provisioning';
import { probeSoftApDevice } from './provisioning/device-probe';
import { ReturnsService } from './returns/returns-service';
import { Station, STATION_JOURNAL_FILE_NAME, type StationTimings } from './station';
import type { RunCommand } from './run-command';
import { DeviceAccess, type Clock } from './runtime';
import type { SoftApOptions } from './softap';
import { removeStaleTemporaries } from './store/atomic-write';
import { AuditLog } from './store/audit-log';
import { assertWritableDataDir } from './store/data-dir';
import { lockHolderWords } from './store/lock-holder';
import { acquireDataDirLock, DataDirBusyError, type DataDirLock } from './store/data-dir-lock';
import { recordInterruptedOnce } from './store/interrupted-record';
import { MemorySecretStore, type SecretStore } from './store/secret-store';
import { JsonFileStore } from './store/settings-store';
import type { FindOnPath } from './system/find-on-path';
import type { LocationAccess } from './system/location-access';
import {
  createHostNetProbe,
  createHostWifiBackend,
  JOURNAL_FILE_NAME,
  replayAtStart,
  RestoreJournal,
  type DeviceEndpoint,
  type ReplayResult,
  type WifiTimeouts,
  WifiError,
} from './wifi';

const SETTINGS_FILE_NAME = 'settings.json';
export const AUDIT_FILE_NAME = 'audit.jsonl';

/**
 * Host Wi-Fi handed in by a host instead of the computer's own: at least a backend and a net
 * probe; the journal (the data dir's), the platform and the timeouts default to the core's.
 */
type HostWifiInput = Pick<HostWifi, 'backend' | 'net'> & Partial<HostWifi>;

export interface CoreOptions {
  host: HostKind;
  /** The device, the cloud and the host Wi-Fi are simulators (demo mode): said on every screen. */
  simulated: boolean;
  platform?: NodeJS.Platform | undefined;
  runCommand?: RunCommand | undefined;
  findOnPath?: FindOnPath | undefined;
  /** Settings, audit log, profiles, account facts, Wi-Fi journal. A temporary folder when absent. */
  dataDir?: string | undefined;
  /** Where remembered secrets go; memory only when absent. */
  secretStore?: SecretStore | undefined;
  appVersion?: string | undefined;
  /** Talk to this cloud whatever the settings say (a simulated cloud). */
  cloudBaseUrl?: string | undefined;
  /** Use this host Wi-Fi instead of the computer's own; null for none. */
  hostWifi?: HostWifiInput | null | undefined;
  /** Reach the device here, with no host Wi-Fi switching. */
  directEndpoint?: DeviceEndpoint | undefined;
  engineTimings?: Partial<EngineTimings> | undefined;
  stationTimings?: Partial<StationTimings> | undefined;
  wifiTimeouts?: Partial<WifiTimeouts> | undefined;
  softAp?: SoftApOptions | undefined;
  cloudRetry?: Partial<RetryPolicy> | undefined;
  cloudRequestTimeoutMs?: number | undefined;
  clock?: Clock | undefined;
  log?: { warn(message: string): void } | undefined;
  /** The OS's Location permission, where this host can ask for it (the desktop app). */
  location?: LocationAccess | undefined;
  /** The OS's language where the host knows it (Electron's app.getLocale()), for app.info. */
  systemLocale?: string | undefined;
  /**
   * Only reads the data folder (`cli diagnostics`, which support runs while the app is open):
   * takes no lock, sweeps nothing, replays no journal, and has no host Wi-Fi.
   */
  readOnly?: boolean | undefined;
}

type Defaulted = 'platform' | 'runCommand' | 'findOnPath' | 'appVersion' | 'log';

/** The core's options with every default the handlers need filled in. */
export type ServiceOptions = Omit<CoreOptions, Defaulted> & {
  [K in Defaulted]-?: NonNullable<CoreOptions[K]>;
} & { events: EventBus };

/** A settings change as the contract's schema parses it: absent and undefined both mean "keep". */
type SettingsPatch = { [K in keyof Settings]?: Settings[K] | undefined };

export interface Services {
  dataDir: string;
  /** Every secret the core has seen, to mask wherever it turns up; shared by cloud and log. */
  redactor: Redactor;
  /** The rotating log file in <dataDir>/logs (warnings are echoed to the host's log too). */
  log: CoreLog & { file: string };
  settings: JsonFileStore<typeof settingsSchema>;
  readSettings(): Settings;
  updateSettings(patch: SettingsPatch): Settings;
  secrets: SecretStore;
  audit: AuditLog;
  gate: OfflineGate;
  /** The one device-access lock: a run, reading a returned unit's id, a scan for Photons. */
  access: DeviceAccess;
  cloud(): CloudClient;
  account: AccountService;
  profiles: StationProfiles;
  wifi: HostWifi | null;
  engine: ProvisioningEngine;
  /** Station mode: the tray loop over the engine. */
  station: Station;
  returns: ReturnsService;
  /** What start-up found in a restore journal left by an earlier process, if anything. */
  replay: ReplayResult | null;
  close(): Promise<void>;
}

/**
 * The moment names are needed and hidden: ask the OS once, where it has a prompt that was never
 * answered (macOS). true when names can now be read.
 */
function locationAsker(location: LocationAccess | undefined): HostWifi['askLocation'] {
  if (location === undefined) return undefined;
  return async () => {
    const status = await location.status().catch(() => 'unknown' as const);
    if (status === 'granted') return true;
    if (status !== 'not-determined') return false;
    return (await location.request().catch(() => 'unknown' as const)) === 'granted';
  };
}

/**
 * The real Wi-Fi radio is one per computer, whatever data folder each Photon Setup uses: a trip
 * holds this lock in the user's home folder (the same lock file mechanism as the data folder's).
 */
const RADIO_LOCK_DIR = join(homedir(), '.photon-setup', 'wifi-radio');

function radioLock(host: string): () => () => void {
  return () => {
    try {
      const lock = acquireDataDirLock(RADIO_LOCK_DIR, { host });
      return () => lock.release();
    } catch (error) {
      if (!(error instanceof DataDirBusyError)) throw error;
      throw new WifiError(
        'busy',
        error.owner === null
          ? m('wifi.radio-busy')
          : m('wifi.radio-busy.named', {
              host: lockHolderWords(error.owner.host),
              pid: String(error.owner.pid),
            }),
      );
    }
  };
}

function hostWifiFor(
  options: ServiceOptions,
  journal: RestoreJournal,
  reachCloud: HostWifi['reachCloud'],
): HostWifi | null {
  const given = options.hostWifi;
  if (given === null) return null;
  if (given !== undefined)
    return {
      journal,
      platform: options.platform,
      timeouts: options.wifiTimeouts,
      clock: options.clock,
      reachCloud,
      askLocation: locationAsker(options.location),
      ...given,
    };
  try {
    return {
      backend: createHostWifiBackend({
        platform: options.platform,
        release: release(),
        runCommand: options.runCommand,
        findOnPath: options.findOnPath,
      }),
      net: createHostNetProbe({ platform: options.platform, runCommand: options.runCommand }),
      journal,
      platform: options.platform,
      timeouts: options.wifiTimeouts,
      clock: options.clock,
      reachCloud,
      askLocation: locationAsker(options.location),
      radioLock: radioLock(options.host),
    };
  } catch {
    return null; // unsupported OS: system.check says so; runs need the direct path
  }
}

/**
 * A journal an earlier process left: undo what is still there, and put the run it belonged to
 * into the history as interrupted. This process holds the data-dir lock, so no live core owns
 * anything in this folder: the journal's owner is gone by definition.
 */
async function replayJournal(
  wifi: HostWifi | null,
  audit: AuditLog,
  options: ServiceOptions,
  log: Pick<CoreLog, 'warn'>,
): Promise<ReplayResult | null> {
  if (wifi === null || wifi.journal === null) return null;
  try {
    const replay = await replayAtStart({
      ...wifi,
      probeDevice: (endpoint, probe) => probeSoftApDevice(options.softAp ?? {}, endpoint, probe),
    });
    if (replay.kind === 'restored' && !replay.report.ok) log.warn(replay.report.error.message);
    // The run is over whatever happens to its Wi-Fi (its process is gone): its record now.
    if (
      (replay.kind === 'restored' || replay.kind === 'cleaned' || replay.kind === 'deferred') &&
      replay.entry.run !== null
    ) {
      recordInterruptedOnce(audit, replay.entry.run, {
        endedAt: new Date().toISOString(),
        appVersion: options.appVersion,
        simulated: options.simulated,
      });
    }
    return replay;
  } catch (error) {
    log.warn(
      `The Wi-Fi restore journal could not be replayed (${error instanceof Error ? error.name : 'error'}).`,
    );
    return null;
  }
}

export async function buildServices(options: ServiceOptions): Promise<Services> {
  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'photon-setup-'));
  // Before anything in the folder is read or swept: a second core here would replay a journal
  // the first still owns and pull the first off its Photon. A folder that cannot take a write
  // says so first, in one sentence naming it.
  const readOnly = options.readOnly === true;
  if (!readOnly) assertWritableDataDir(dataDir);
  const lock: DataDirLock | null = readOnly
    ? null
    : acquireDataDirLock(dataDir, {
        host: options.host,
        onLost: () =>
          options.log.warn(
            `Another process took over the data folder ${dataDir} while this one was using it.`,
          ),
      });
  // Every atomic write in the core lands in the data folder: sweep what a kill left behind.
  if (!readOnly) removeStaleTemporaries(dataDir);
  const redactor = createRedactor();
  const fileLog = createFileLog(join(dataDir, LOG_DIR_NAME), redactor, { warn: options.log.warn });
  const log: Services['log'] = fileLog;
  const settings = new JsonFileStore(join(dataDir, SETTINGS_FILE_NAME), settingsSchema);
  let current = settings.load();
  if (current.warning !== null) log.warn(current.warning);
  const readSettings = (): Settings => current.value;
  const secrets = options.secretStore ?? new MemorySecretStore();
  const audit = new AuditLog(join(dataDir, AUDIT_FILE_NAME));
  const gate = new OfflineGate();
  const access = new DeviceAccess();
  const pinnedCloud = options.cloudBaseUrl;

  // One client per base URL: the pinned one, or the setting (changing it signs out). The
  // background one is for station units verifying beside another unit's trip: its requests wait
  // while the host is on a Photon instead of being refused (offline-gate.ts).
  const makeCloud = (url: string, background: boolean): CloudClient =>
    createCloudClient({
      baseUrl: url,
      redactor,
      fetch: background
        ? gate.pausingFetch(gate.wrapFetch((input, init) => fetch(input, init)))
        : gate.wrapFetch((input, init) => fetch(input, init)),
      ...(background ? { ready: (signal?: AbortSignal) => gate.whenOpen(signal) } : {}),
      retry: options.cloudRetry,
      requestTimeoutMs: options.cloudRequestTimeoutMs,
      now: options.clock === undefined ? undefined : () => options.clock!.now(),
      // A wait the operator should see (a Retry-After of 50 s is no time to look frozen).
      onWait: (wait) =>
        options.events.emit('cloud.waiting', {
          operation: wait.operation,
          reason: wait.reason,
          seconds: Math.ceil(wait.delayMs / 1000),
          until: new Date(Date.now() + wait.delayMs).toISOString(),
        }),
    });
  const cloudCache = { foreground: null, background: null } as Record<
    'foreground' | 'background',
    { url: string; client: CloudClient } | null
  >;
  const cloudFor = (kind: 'foreground' | 'background'): CloudClient => {
    const url = pinnedCloud ?? readSettings().cloudBaseUrl;
    const cached = cloudCache[kind];
    if (cached?.url === url) return cached.client;
    const client = makeCloud(url, kind === 'background');
    cloudCache[kind] = { url, client };
    return client;
  };
  const cloud = (): CloudClient => cloudFor('foreground');

  const reachCloud = createReachCloud(() => pinnedCloud ?? readSettings().cloudBaseUrl);
  const wifi = hostWifiFor(
    readOnly ? { ...options, hostWifi: null } : options,
    new RestoreJournal(join(dataDir, JOURNAL_FILE_NAME)),
    reachCloud,
  );
  const replay = await replayJournal(wifi, audit, options, log);
  const runWifi = options.directEndpoint === undefined ? wifi : null;

  const account = new AccountService({
    cloud,
    secrets,
    factsPath: join(dataDir, ACCOUNT_FILE_NAME),
    gate,
    log: log,
  });
  account.load();
  const profiles = new StationProfiles(join(dataDir, PROFILES_FILE_NAME), secrets);
  const who = (): RunContextInfo => {
    const s = readSettings();
    return { station: s.station, operator: s.operator, softApPrefix: s.softApPrefix };
  };

  const engine = new ProvisioningEngine({
    cloud,
    gate,
    account: () => account.runAccount(),
    profiles,
    events: options.events,
    audit,
    context: who,
    access,
    wifi: runWifi,
    directEndpoint: options.directEndpoint ?? null,
    softAp: options.softAp ?? {},
    timings: options.engineTimings,
    clock: options.clock,
    appVersion: options.appVersion,
    simulated: options.simulated,
    log: log,
  });

  const station = new Station({
    engine,
    events: options.events,
    audit,
    access,
    wifi: runWifi,
    platform: options.platform,
    profiles,
    account: () => account.runAccount(),
    backgroundCloud: () => cloudFor('background'),
    context: who,
    journalPath: join(dataDir, STATION_JOURNAL_FILE_NAME),
    appVersion: options.appVersion,
    simulated: options.simulated,
    clock: options.clock,
    timings: options.stationTimings,
    log,
  });

  const returns = new ReturnsService({
    cloud,
    account,
    audit,
    events: options.events,
    gate,
    wifi: runWifi,
    softAp: options.softAp ?? {},
    who,
    appVersion: options.appVersion,
    simulated: options.simulated,
    access,
  });

  return {
    dataDir,
    redactor,
    log,
    settings,
    readSettings,
    secrets,
    audit,
    gate,
    access,
    cloud,
    account,
    profiles,
    wifi,
    engine,
    station,
    returns,
    replay,
    updateSettings(patch) {
      const before = current.value;
      const changes = Object.fromEntries(
        Object.entries(patch).filter(([, value]) => value !== undefined),
      ) as Partial<Settings>;
      const next = settings.save({ ...before, ...changes });
      current = { value: next, warning: null };
      // Tokens belong to one cloud: a different base URL means signing in again.
      if (pinnedCloud === undefined && next.cloudBaseUrl !== before.cloudBaseUrl) account.signOut();
      return next;
    },
    async close() {
      station.close();
      await engine.stop();
      lock?.release();
      if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
