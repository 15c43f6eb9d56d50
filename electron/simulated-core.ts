// A core wired to a simulated world: the composition root for demo mode (`npm run demo`, the
// desktop app's --simulate), the e2e tests and the benchmarks. The world is started here and
// handed to the core as ordinary backends (a cloud URL, a host Wi-Fi); the core never knows.
import { createCore, type Core, type CoreOptions } from './core/api';
import type { EngineTimings } from './core/provisioning';
import {
  DEMO_SWAP_MS,
  TrayFeeder,
  trayPhotonOptions,
  trayUnits,
  type TrayUnit,
} from './simulator/tray';
import {
  startSimulatedWorld,
  type SimulatedWorld,
  type SimulatedWorldOptions,
} from './simulator/world';

/**
 * Demo timings for the simulated Photons: long enough to watch each step, short enough for a
 * demo (scan ~1.5 s, connect-ap to online ~4 s).
 */
const DEMO_PHOTON_TIMINGS = {
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
const DEMO_WIFI_LATENCY_MS = 120;
const DEMO_WIFI_DHCP_MS = 400;
/** Demo verify: poll the fake cloud often; it is local. */
const DEMO_ENGINE_TIMINGS: Partial<EngineTimings> = {
  pollIntervalMs: 1_000,
  apWatchIntervalMs: 1_000,
  apStaleGraceMs: 3_000,
  verifyMs: 60_000,
  claimByIdAfterMs: 15_000,
};

/** The core options that point a core at a world's cloud and Wi-Fi. */
export const worldBackends = (
  world: SimulatedWorld,
): Pick<CoreOptions, 'cloudBaseUrl' | 'hostWifi'> => ({
  cloudBaseUrl: world.cloud.baseUrl,
  hostWifi: {
    backend: world.wifi.backend,
    net: world.wifi.net,
    endpoint: world.wifi.endpoint,
  },
});

export interface SimulatedCore extends Core {
  world: SimulatedWorld;
  /** The tray's units in the order they are powered, when the demo simulates one. */
  tray: TrayUnit[] | null;
}

export interface SimulatedCoreOptions extends Omit<CoreOptions, 'simulated'> {
  /** Start this world instead of the demo one (its timings are then the caller's). */
  world?: SimulatedWorldOptions | undefined;
  /**
   * A tray of this many Photons instead of the demo's two: powered one after another as an
   * operator would, with a wrong label and a unit that never reaches the cloud among them.
   */
  trayUnits?: number | undefined;
}

/**
 * A demo core: the default world has the demo's realistic timings; a caller-given world keeps
 * the simulators' fast defaults. Closing the core closes the world.
 */
export async function createSimulatedCore(options: SimulatedCoreOptions): Promise<SimulatedCore> {
  const demo = options.world === undefined;
  const tray =
    options.trayUnits === undefined ? null : trayUnits(options.trayUnits, { faults: true });
  const world = await startSimulatedWorld(
    options.world ?? {
      photonTimings: DEMO_PHOTON_TIMINGS,
      ...(tray === null ? {} : { photons: trayPhotonOptions(tray) }),
    },
  );
  const feeder = tray === null ? null : new TrayFeeder(world, DEMO_SWAP_MS);
  feeder?.start();
  if (demo)
    world.wifi.configure({ latencyMs: DEMO_WIFI_LATENCY_MS, dhcpDelayMs: DEMO_WIFI_DHCP_MS });
  try {
    const { world: _world, trayUnits: _tray, ...coreOptions } = options;
    const core = await createCore({
      ...worldBackends(world),
      ...coreOptions,
      engineTimings: { ...(demo ? DEMO_ENGINE_TIMINGS : {}), ...options.engineTimings },
      simulated: true,
    });
    return {
      ...core,
      world,
      tray,
      close: async () => {
        feeder?.stop();
        await core.close();
        await world.close();
      },
    };
  } catch (error) {
    feeder?.stop();
    await world.close();
    throw error;
  }
}
