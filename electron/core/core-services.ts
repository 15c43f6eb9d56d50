// Everything the core's handlers stand on, built once per core from the backends its host hands
// it: the data dir's files, the secret store, the cloud client (behind the offline gate), the
// host Wi-Fi (the computer's own, or what the host passed in — the simulated world's in demo
// mode), the one device-access lock, and the account, profile, engine and returns services.
// The core never builds a simulator: the hosts, CLIs and tests do, and pass its backends here.
import { mkdtempSync, rmSync } from 'node:fs';
import { release, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HostKind } from '../../shared/contract';
import { settingsSchema, type Settings } from '../../shared/settings';
import { ACCOUNT_FILE_NAME, AccountService } from './account';
import { createCloudClient, type CloudClient, type RetryPolicy } from './cloud';
import type { EventBus } from './event-bus';
import { PROFILES_FILE_NAME, StationProfiles } from './profiles';
import {
  OfflineGate,
  ProvisioningEngine,
  type EngineTimings,
  type HostWifi,
  type RunContextInfo,
} from './provisioning';
import { ReturnsService } from './returns/returns-service';
import type { RunCommand } from './run-command';
import { DeviceAccess, type Clock } from './runtime';
import type { SoftApOptions } from './softap';
import { AuditLog } from './store/audit-log';
import { assertWritableDataDir } from './store/data-dir';
import { MemorySecretStore, type SecretStore } from './store/secret-store';
import { JsonFileStore } from './store/settings-store';
import type { FindOnPath } from './system/find-on-path';
import {
  createHostNetProbe,
  createHostWifiBackend,
  JOURNAL_FILE_NAME,
  replayRestoreJournal,
  RestoreJournal,
  type DeviceEndpoint,
  type ReplayResult,
  type WifiTimeouts,
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
  wifiTimeouts?: Partial<WifiTimeouts> | undefined;
  softAp?: SoftApOptions | undefined;
  cloudRetry?: Partial<RetryPolicy> | undefined;
  cloudRequestTimeoutMs?: number | undefined;
  clock?: Clock | undefined;
  log?: { warn(message: string): void } | undefined;
}

type Defaulted = 'platform' | 'runCommand' | 'findOnPath' | 'appVersion' | 'log';

/** The core's options with every default the handlers need filled in. */
export type ServiceOptions = Omit<CoreOptions, 'host' | Defaulted> & {
  [K in Defaulted]-?: NonNullable<CoreOptions[K]>;
} & { events: EventBus };

/** A settings change as the contract's schema parses it: absent and undefined both mean "keep". */
type SettingsPatch = { [K in keyof Settings]?: Settings[K] | undefined };

export interface Services {
  dataDir: string;
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
  returns: ReturnsService;
  replay: ReplayResult | null;
  close(): Promise<void>;
}

function hostWifiFor(options: ServiceOptions, journal: RestoreJournal): HostWifi | null {
  const given = options.hostWifi;
  if (given === null) return null;
  if (given !== undefined)
    return {
      journal,
      platform: options.platform,
      timeouts: options.wifiTimeouts,
      clock: options.clock,
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
    };
  } catch {
    return null; // unsupported OS: system.check says so; runs need the direct path
  }
}

async function replayJournal(
  wifi: HostWifi | null,
  log: ServiceOptions['log'],
): Promise<ReplayResult | null> {
  if (wifi === null || wifi.journal === null) return null;
  try {
    const replay = await replayRestoreJournal(wifi.journal, wifi.backend, {
      timeoutMs: wifi.timeouts?.restoreMs,
    });
    if (replay.replayed && !replay.report.ok) log.warn(replay.report.error.message);
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
  assertWritableDataDir(dataDir);
  const settings = new JsonFileStore(join(dataDir, SETTINGS_FILE_NAME), settingsSchema);
  let current = settings.load();
  if (current.warning !== null) options.log.warn(current.warning);
  const readSettings = (): Settings => current.value;
  const secrets = options.secretStore ?? new MemorySecretStore();
  const audit = new AuditLog(join(dataDir, AUDIT_FILE_NAME));
  const gate = new OfflineGate();
  const access = new DeviceAccess();
  const pinnedCloud = options.cloudBaseUrl;

  // One client per base URL: the pinned one, or the setting (changing it signs out).
  let cached: { url: string; client: CloudClient } | null = null;
  const cloud = (): CloudClient => {
    const url = pinnedCloud ?? readSettings().cloudBaseUrl;
    if (cached?.url !== url)
      cached = {
        url,
        client: createCloudClient({
          baseUrl: url,
          fetch: gate.wrapFetch((input, init) => fetch(input, init)),
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
        }),
      };
    return cached.client;
  };

  const wifi = hostWifiFor(options, new RestoreJournal(join(dataDir, JOURNAL_FILE_NAME)));
  const replay = await replayJournal(wifi, options.log);
  const runWifi = options.directEndpoint === undefined ? wifi : null;

  const account = new AccountService({
    cloud,
    secrets,
    factsPath: join(dataDir, ACCOUNT_FILE_NAME),
    gate,
    log: options.log,
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
    log: options.log,
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
      await engine.stop();
      if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
