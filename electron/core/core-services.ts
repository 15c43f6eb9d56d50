// Everything the core's handlers stand on, built once per core: the data dir's files, the
// secret store, the cloud client (behind the offline gate), the host Wi-Fi (real, or the
// simulated world's), the account and profile services and the provisioning engine.
import { ReturnsService } from './returns/returns-service';
import { mkdtempSync, rmSync } from 'node:fs';
import { release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { settingsSchema, type Settings } from '../../shared/settings';
import type { SimulatedWorld, SimulatedWorldOptions } from '../simulator/world';
import { ACCOUNT_FILE_NAME, AccountService } from './account';
import { createCloudClient, type CloudClient, type RetryPolicy } from './cloud';
import type { EventBus } from './event-bus';
import { PROFILES_FILE_NAME, StationProfiles } from './profiles';
import { OfflineGate, ProvisioningEngine, type EngineTimings, type HostWifi } from './provisioning';
import type { RunCommand } from './run-command';
import type { SoftApOptions } from './softap';
import { AuditLog } from './store/audit-log';
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

export const SETTINGS_FILE_NAME = 'settings.json';
export const AUDIT_FILE_NAME = 'audit.jsonl';

/**
 * Demo timings for the simulated Photons: long enough to watch each step, short enough for a
 * demo (scan ~1.5 s, connect-ap to online ~4 s).
 */
export const DEMO_PHOTON_TIMINGS = {
  scanMs: 1_500,
  configureScanMs: 300,
  apTeardownMs: 300,
  joinMs: 1_200,
  dhcpMs: 600,
  cloudConnectMs: 1_200,
  handshakeMs: 600,
  relistenMs: 4_000,
  rebootMs: 800,
} as const;
/** Simulated host Wi-Fi: each call and the DHCP lease take about as long as a fast laptop's. */
export const DEMO_WIFI_LATENCY_MS = 120;
export const DEMO_WIFI_DHCP_MS = 400;
/** Demo verify: poll the fake cloud often; it is local. */
export const DEMO_ENGINE_TIMINGS: Partial<EngineTimings> = {
  pollIntervalMs: 1_000,
  apWatchIntervalMs: 1_000,
  apStaleGraceMs: 3_000,
  verifyMs: 60_000,
  claimByIdAfterMs: 15_000,
};

export interface ServiceOptions {
  simulated: boolean;
  platform: NodeJS.Platform;
  runCommand: RunCommand;
  findOnPath: FindOnPath;
  events: EventBus;
  appVersion: string;
  /** Settings, audit log, profiles, account facts and the Wi-Fi journal; a temporary one when absent. */
  dataDir?: string;
  secretStore?: SecretStore;
  /** Simulated mode: use this world (not closed by the core) instead of starting one. */
  world?: SimulatedWorld;
  worldOptions?: SimulatedWorldOptions;
  /** Replaces the host Wi-Fi (tests, e.g. a dual-homed net probe). */
  hostWifi?: HostWifi | null;
  /** Reach the device here with no host Wi-Fi switching (the already-joined path). */
  directEndpoint?: DeviceEndpoint;
  engineTimings?: Partial<EngineTimings>;
  wifiTimeouts?: Partial<WifiTimeouts>;
  softAp?: SoftApOptions;
  cloudRetry?: Partial<RetryPolicy>;
  cloudRequestTimeoutMs?: number;
  log: { warn(message: string): void };
}

export interface Services {
  dataDir: string;
  settings: JsonFileStore<typeof settingsSchema>;
  readSettings(): Settings;
  updateSettings(patch: Partial<Settings>): Settings;
  secrets: SecretStore;
  audit: AuditLog;
  gate: OfflineGate;
  cloud(): CloudClient;
  account: AccountService;
  profiles: StationProfiles;
  wifi: HostWifi | null;
  engine: ProvisioningEngine;
  returns: ReturnsService;
  world: SimulatedWorld | null;
  replay: ReplayResult | null;
  close(): Promise<void>;
}

export async function buildServices(options: ServiceOptions): Promise<Services> {
  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'photon-setup-'));
  const settings = new JsonFileStore(join(dataDir, SETTINGS_FILE_NAME), settingsSchema);
  let current = settings.load();
  if (current.warning !== null) options.log.warn(current.warning);
  const readSettings = (): Settings => current.value;
  const secrets = options.secretStore ?? new MemorySecretStore();
  const audit = new AuditLog(join(dataDir, AUDIT_FILE_NAME));
  const gate = new OfflineGate();

  let world: SimulatedWorld | null = options.world ?? null;
  const ownWorld = options.simulated && world === null;
  if (ownWorld) {
    const { startSimulatedWorld } = await import('../simulator/world');
    world = await startSimulatedWorld({
      photonTimings: DEMO_PHOTON_TIMINGS,
      ...options.worldOptions,
    });
    world.wifi.configure({ latencyMs: DEMO_WIFI_LATENCY_MS, dhcpDelayMs: DEMO_WIFI_DHCP_MS });
  }

  // One client per base URL: the simulated cloud, or the setting (changing it signs out).
  let cached: { url: string; client: CloudClient } | null = null;
  const cloud = (): CloudClient => {
    const url = world?.cloud.baseUrl ?? readSettings().cloudBaseUrl;
    if (cached?.url !== url)
      cached = {
        url,
        client: createCloudClient({
          baseUrl: url,
          fetch: gate.wrapFetch((input, init) => fetch(input, init)),
          ...(options.cloudRetry === undefined ? {} : { retry: options.cloudRetry }),
          ...(options.cloudRequestTimeoutMs === undefined
            ? {}
            : { requestTimeoutMs: options.cloudRequestTimeoutMs }),
        }),
      };
    return cached.client;
  };

  const journal = new RestoreJournal(join(dataDir, JOURNAL_FILE_NAME));
  let wifi: HostWifi | null;
  if (options.hostWifi !== undefined) wifi = options.hostWifi;
  else if (world !== null)
    wifi = {
      backend: world.wifi.backend,
      net: world.wifi.net,
      journal,
      platform: options.platform,
      endpoint: world.wifi.endpoint,
      ...(options.wifiTimeouts === undefined ? {} : { timeouts: options.wifiTimeouts }),
    };
  else {
    try {
      wifi = {
        backend: createHostWifiBackend({
          platform: options.platform,
          release: release(),
          runCommand: options.runCommand,
          findOnPath: options.findOnPath,
        }),
        net: createHostNetProbe({ platform: options.platform, runCommand: options.runCommand }),
        journal,
        platform: options.platform,
        ...(options.wifiTimeouts === undefined ? {} : { timeouts: options.wifiTimeouts }),
      };
    } catch {
      wifi = null; // unsupported OS: system.check says so; runs need the direct path
    }
  }

  let replay: ReplayResult | null = null;
  if (wifi !== null && wifi.journal !== null) {
    try {
      replay = await replayRestoreJournal(wifi.journal, wifi.backend, {
        ...(wifi.timeouts?.restoreMs === undefined ? {} : { timeoutMs: wifi.timeouts.restoreMs }),
      });
      if (replay.replayed && !replay.report.ok) options.log.warn(replay.report.error.message);
    } catch (error) {
      options.log.warn(
        `The Wi-Fi restore journal could not be replayed (${error instanceof Error ? error.name : 'error'}).`,
      );
    }
  }

  const account = new AccountService({
    cloud,
    secrets,
    factsPath: join(dataDir, ACCOUNT_FILE_NAME),
    gate,
    log: options.log,
  });
  account.load();
  const profiles = new StationProfiles(join(dataDir, PROFILES_FILE_NAME), secrets);

  const engine = new ProvisioningEngine({
    cloud,
    gate,
    account: () => account.runAccount(),
    profiles,
    events: options.events,
    audit,
    context: () => {
      const s = readSettings();
      return { station: s.station, operator: s.operator, softApPrefix: s.softApPrefix };
    },
    wifi: options.directEndpoint === undefined ? wifi : null,
    directEndpoint: options.directEndpoint ?? null,
    softAp: options.softAp ?? {},
    timings: {
      ...(world !== null && ownWorld ? DEMO_ENGINE_TIMINGS : {}),
      ...options.engineTimings,
    },
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
    wifi: options.directEndpoint === undefined ? wifi : null,
    softAp: options.softAp ?? {},
    who: () => {
      const s = readSettings();
      return { station: s.station, operator: s.operator, softApPrefix: s.softApPrefix };
    },
    appVersion: options.appVersion,
    simulated: options.simulated,
    busy: () => engine.busy,
  });

  return {
    dataDir,
    settings,
    readSettings,
    secrets,
    audit,
    gate,
    cloud,
    account,
    profiles,
    wifi,
    engine,
    returns,
    world,
    replay,
    updateSettings(patch) {
      const before = current.value;
      const next = settings.save({ ...before, ...patch });
      current = { value: next, warning: null };
      // Tokens belong to one cloud: a different base URL means signing in again.
      if (world === null && next.cloudBaseUrl !== before.cloudBaseUrl) account.signOut();
      return next;
    },
    async close() {
      await engine.stop();
      if (ownWorld) await world?.close();
      if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
