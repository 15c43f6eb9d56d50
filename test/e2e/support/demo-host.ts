// A web host on 127.0.0.1 with a simulated world the test can reach into (clock, faults),
// exactly as `npm run demo` serves it, but with a fresh data folder per test file.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCore, type Core } from '../../../electron/core/api';
import { worldBackends } from '../../../electron/simulated-core';
import { startWebHost, type WebHost } from '../../../electron/web-host';
import {
  DEMO_CLAIMED_DEVICE_ID,
  DEMO_NEW_DEVICE_ID,
  startSimulatedWorld,
  type SimulatedWorld,
} from '../../../electron/simulator/world';

export const DEMO_TOKEN = 'demo0000000000000000000000000000000token';
export const DEMO_PRODUCT = {
  slug: 'tempmon-v100',
  clientId: 'tempmon06-3459',
  clientSecret: 'demo-client-secret-460edfd8d70742dd1f1e',
};
/** The demo seed's customer-owned product device, as a returned unit on the bench. */
export const RETURNED_DEVICE_ID = '3B0021001747353236343033';
/** A third simulated Photon so two devices can be set up in a row. */
const SECOND_NEW_DEVICE_ID = '3D004B000C47343432313032';

export interface DemoHost {
  host: WebHost;
  core: Core;
  world: SimulatedWorld;
  dataDir: string;
  close(): Promise<void>;
}

export async function startDemoHost(): Promise<DemoHost> {
  const world = await startSimulatedWorld({
    photons: [
      { deviceId: DEMO_NEW_DEVICE_ID, ssidSuffix: 'K7QD' },
      { deviceId: SECOND_NEW_DEVICE_ID, ssidSuffix: 'P4TW' },
      { deviceId: DEMO_CLAIMED_DEVICE_ID, ssidSuffix: 'M2RX', claimed: true },
      // Came back from a customer: in the demo product, owned by existing-customer@example.com.
      { deviceId: RETURNED_DEVICE_ID, ssidSuffix: 'R3TN', claimed: true },
    ],
    // A failed join keeps blinking green a while before the AP returns, as on a real Photon.
    photonTimings: { relistenMs: 1_500 },
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'photon-e2e-'));
  const core = await createCore({
    ...worldBackends(world),
    host: 'web',
    simulated: true,
    dataDir,
    log: { warn: () => undefined },
    // The simulators answer in milliseconds: watch and poll often, and give up on a silent
    // device in seconds rather than the minute a real configure-ap may take.
    engineTimings: {
      pollIntervalMs: 200,
      apWatchIntervalMs: 300,
      verifyMs: 20_000,
      claimByIdAfterMs: null,
    },
    softAp: {
      timeoutsMs: {
        'configure-ap': 2_000,
        'connect-ap': 2_000,
        'public-key': 2_000,
        'device-id': 2_000,
      },
      retryBackoffMs: 200,
    },
  });
  const host = await startWebHost({
    core,
    rendererDir: resolve(__dirname, '../../../out/renderer'),
    log: { error: () => undefined },
  });
  return {
    host,
    core,
    world,
    dataDir,
    close: async () => {
      await host.close();
      await core.close();
      await world.close();
    },
  };
}
