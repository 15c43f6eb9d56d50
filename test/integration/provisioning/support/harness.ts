// One simulated world (fake cloud, simulated Photons, simulated host Wi-Fi) and a core wired to
// it with millisecond budgets, plus helpers to run a setup to its outcome and read the record.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventName, EventPayload } from '../../../../shared/contract';
import type { z } from 'zod';
import {
  startInputSchema,
  type networkChoiceSchema,
  type RunOutcome,
  type StartInput,
} from '../../../../shared/provisioning';

/** A network choice as the handlers receive it (after the schema's defaults). */
export type NetworkOut = z.output<typeof networkChoiceSchema>;
import { createCore, type Core, type CoreOptions } from '../../../../electron/core/api';
import { AUDIT_FILE_NAME } from '../../../../electron/core/core-services';
import type { EngineTimings } from '../../../../electron/core/provisioning';
import type { WifiTimeouts } from '../../../../electron/core/wifi';
import type { PhotonSimulatorOptions } from '../../../../electron/simulator/photon';
import { worldBackends } from '../../../../electron/simulated-core';
import {
  startSimulatedWorld,
  type SimulatedWorld,
  type SimulatedWorldOptions,
} from '../../../../electron/simulator/world';

export const DEMO_TOKEN = 'demo0000000000000000000000000000000token';
export const CLIENT_ID = 'tempmon06-3459';
export const CLIENT_SECRET = 'demo-client-secret-460edfd8d70742dd1f1e';
export const WIFI_PASSWORD = 'photon-demo-pass';
export const NEW_ID = '2c003a000b47343432313031';
export const CUSTOMER = 'new-customer@example.com';

export const FAST_ENGINE: Partial<EngineTimings> = {
  networkChoiceMs: 5_000,
  verifyMs: 3_000,
  pollIntervalMs: 60,
  maxPolls: 200,
  streamOpenWaitMs: 500,
  apWatchIntervalMs: 40,
  claimGraceMs: 200,
  claimRecheckMs: 40,
  claimByIdAfterMs: null,
};

export const FAST_WIFI: Partial<WifiTimeouts> = {
  commandMs: 500,
  preflightMs: 1_000,
  discoverMs: 1_000,
  scanIntervalMs: 20,
  joinMs: 1_000,
  associationPollMs: 5,
  dhcpMs: 1_000,
  addressPollMs: 5,
  probeAttemptMs: 300,
  probeWindowMs: 1_000,
  manualJoinMs: 1_000,
  watchdogMs: 50,
  restoreMs: 1_000,
  sessionCapMs: 15_000,
};

export const FAST_SOFTAP = {
  connectTimeoutMs: 300,
  retryBackoffMs: 20,
  timeoutsMs: {
    version: 800,
    'device-id': 800,
    'public-key': 800,
    set: 800,
    'scan-ap': 1_500,
    'configure-ap': 800,
    'connect-ap': 800,
  },
};

export const FAST_CLOUD_RETRY = {
  maxAttempts: 2,
  baseDelayMs: 10,
  maxDelayMs: 50,
  rateLimitDelayMs: 20,
  maxRetryAfterMs: 100,
};

export const workshop = (password = WIFI_PASSWORD): Extract<NetworkOut, { auth: 'personal' }> => ({
  auth: 'personal',
  ssid: 'Workshop',
  security: 0x00400004,
  channel: 0,
  password,
});

export interface Harness {
  world: SimulatedWorld;
  core: Core;
  dataDir: string;
  events: Array<{ event: EventName; payload: unknown }>;
  /** A restart: the core closes and a new one opens on the same world and data folder. */
  restart(): Promise<Core>;
  close(): Promise<void>;
}

/**
 * The fake cloud as the real one behaves, with short delays: the claim lands 30 ms after the
 * handshake, a device that left is listed online for 300 ms. Tests of the lag lengthen it.
 */
export const FAST_CLOUD: NonNullable<SimulatedWorldOptions['cloudSettings']> = {
  claimDelayMs: 30,
  offlineLagMs: 300,
};

export async function startHarness(
  options: {
    photons?: PhotonSimulatorOptions[];
    cloud?: SimulatedWorldOptions['cloudSettings'];
    core?: Partial<CoreOptions>;
    engine?: Partial<EngineTimings>;
    dataDir?: string;
    /** Another link (wired) keeps the default route while the Wi-Fi is on the Photon. */
    dualHomed?: boolean;
  } = {},
): Promise<Harness> {
  const world = await startSimulatedWorld({
    photons: options.photons,
    cloudSettings: { ...FAST_CLOUD, ...options.cloud },
  });
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'photon-engine-'));
  const dualHomed =
    options.dualHomed === true
      ? {
          hostWifi: {
            backend: world.wifi.backend,
            // A wired link that carries the internet: the default route and the route to an
            // internet address both leave through it; the Photon stays on the Wi-Fi.
            net: {
              ...world.wifi.net,
              defaultRoute: async () => ({ iface: 'eth0', physical: true }),
              routeIface: async (dest: string) =>
                dest === '192.168.0.1' ? world.wifi.net.routeIface(dest) : 'eth0',
            },
            journal: null,
            platform: 'linux' as const,
            endpoint: world.wifi.endpoint,
            timeouts: FAST_WIFI,
          },
        }
      : {};
  const open = () =>
    createCore({
      ...worldBackends(world),
      ...dualHomed,
      host: 'web',
      simulated: true,
      dataDir,
      engineTimings: { ...FAST_ENGINE, ...options.engine },
      wifiTimeouts: FAST_WIFI,
      softAp: FAST_SOFTAP,
      cloudRetry: FAST_CLOUD_RETRY,
      cloudRequestTimeoutMs: 2_000,
      log: { warn: () => undefined },
      ...options.core,
    });
  const events: Harness['events'] = [];
  const harness: Harness = {
    world,
    core: await open(),
    dataDir,
    events,
    restart: async () => {
      await harness.core.close();
      harness.core = await open();
      harness.core.events.subscribeAll((event, payload) => events.push({ event, payload }));
      return harness.core;
    },
    close: async () => {
      await harness.core.close();
      await world.close();
    },
  };
  harness.core.events.subscribeAll((event, payload) => events.push({ event, payload }));
  return harness;
}

/** Calls a handler through the same shape the hosts use, failing loudly on an error. */
export const call = <C extends keyof Core['handlers']>(
  h: Harness,
  channel: C,
  arg: Parameters<Core['handlers'][C]>[0],
): ReturnType<Core['handlers'][C]> =>
  (h.core.handlers[channel] as (value: unknown) => ReturnType<Core['handlers'][C]>)(arg);

export async function signInDeveloper(h: Harness): Promise<void> {
  await call(h, 'account.connect', { method: 'token', accessToken: DEMO_TOKEN, remember: false });
}

export async function signInProduct(h: Harness, customerEmail = CUSTOMER): Promise<void> {
  await call(h, 'account.connect', {
    method: 'product',
    product: 'tempmon-v100',
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    customerEmail,
    remember: false,
  });
}

export const payloads = <E extends EventName>(h: Harness, event: E): Array<EventPayload<E>> =>
  h.events
    .filter((entry) => entry.event === event)
    .map((entry) => entry.payload as EventPayload<E>);

/**
 * Starts a run and answers its network question with `choose` (when given), resolving with
 * the outcome event. `onEvent` sees every event first (e.g. to cancel at a phase).
 */
export function runToOutcome(
  h: Harness,
  start: StartInput,
  options: {
    choose?: NetworkOut;
    onEvent?: (event: EventName, payload: unknown, runId: string) => void;
  } = {},
): Promise<RunOutcome> {
  return new Promise<RunOutcome>((resolve, reject) => {
    let runId: string | null = null;
    const early: Array<[EventName, unknown]> = [];
    const handle = (event: EventName, payload: unknown): void => {
      if (runId === null) return void early.push([event, payload]);
      options.onEvent?.(event, payload, runId);
      if (event === 'run.networks' && options.choose !== undefined)
        void call(h, 'provision.chooseNetwork', {
          runId,
          network: options.choose,
          saveAsProfile: false,
        }).catch(reject);
      if (event === 'run.outcome') {
        off();
        resolve(payload as RunOutcome);
      }
    };
    const off = h.core.events.subscribeAll(handle);
    call(h, 'provision.start', startInputSchema.parse(start))
      .then((result) => {
        runId = result.runId;
        for (const [event, payload] of early.splice(0)) handle(event, payload);
      })
      .catch((error: unknown) => {
        off();
        reject(error instanceof Error ? error : new Error(String(error)));
      });
  });
}

export const auditText = (h: Harness): string => {
  try {
    return readFileSync(join(h.dataDir, AUDIT_FILE_NAME), 'utf8');
  } catch {
    return '';
  }
};

export const auditLines = (h: Harness): unknown[] =>
  auditText(h)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);

/** Host Wi-Fi switches: joining a Photon and rejoining the home network. */
export const wifiSwitches = (h: Harness): number =>
  h.world.wifi.calls.filter(
    (c) => c.startsWith('join ') || c.startsWith('rejoin ') || c === 'reconnect',
  ).length;
