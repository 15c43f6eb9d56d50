// A web host over a simulated tray, for the Station view: the account signed in and a station
// profile saved beforehand (an operator's usual state), the Photons powered one after another.
import type { TileMode } from '../../../renderer/components/station-tile';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { createCore, type Core } from '../../../electron/core/api';
import { worldBackends } from '../../../electron/simulated-core';
import {
  TrayFeeder,
  trayPhotonOptions,
  trayUnits,
  type TrayFault,
  type TrayUnit,
} from '../../../electron/simulator/tray';
import { DEMO_WIFI_PASSWORD } from '../../../electron/simulator/photon';
import { startSimulatedWorld, type SimulatedWorld } from '../../../electron/simulator/world';
import { startWebHost, type WebHost } from '../../../electron/web-host';
import { DEMO_TOKEN } from './demo-host';
import { STEP_TIMEOUT_MS } from './wizard';

export interface StationHost {
  host: WebHost;
  core: Core;
  world: SimulatedWorld;
  units: TrayUnit[];
  feeder: TrayFeeder;
  close(): Promise<void>;
}

export async function startStationHost(
  count: number,
  faults: Readonly<Record<number, TrayFault>> = {},
): Promise<StationHost> {
  const units = trayUnits(count, { extra: faults });
  const world = await startSimulatedWorld({
    photons: trayPhotonOptions(units),
    // Slow enough to see each stage on screen, quick enough for a test.
    photonTimings: {
      scanMs: 300,
      configureScanMs: 100,
      apTeardownMs: 100,
      joinMs: 300,
      dhcpMs: 200,
      cloudConnectMs: 300,
      handshakeMs: 200,
      relistenMs: 800,
    },
  });
  world.wifi.configure({ latencyMs: 20, joinDelayMs: 900, dhcpDelayMs: 200, rejoinDelayMs: 500 });
  const core = await createCore({
    ...worldBackends(world),
    host: 'web',
    simulated: true,
    dataDir: mkdtempSync(join(tmpdir(), 'photon-e2e-station-')),
    log: { warn: () => undefined },
    engineTimings: {
      pollIntervalMs: 200,
      apWatchIntervalMs: 300,
      apStaleGraceMs: 1_500,
      streamOpenWaitMs: 500,
      verifyMs: 5_000,
      claimByIdAfterMs: null,
    },
    stationTimings: { scanIntervalMs: 300, identityAnswerMs: 20_000 },
  });
  await core.handlers['account.connect']({
    method: 'token',
    accessToken: DEMO_TOKEN,
    remember: false,
  });
  await core.handlers['profiles.save']({
    auth: 'personal',
    ssid: 'Workshop',
    security: 0x00400004,
    channel: 6,
    password: DEMO_WIFI_PASSWORD,
  });
  await core.handlers['settings.update']({ station: 'Line 3', operator: 'Ana' });
  const host = await startWebHost({
    core,
    rendererDir: resolve(__dirname, '../../../out/renderer'),
    log: { error: () => undefined },
  });
  const feeder = new TrayFeeder(world, 1_500);
  return {
    host,
    core,
    world,
    units,
    feeder,
    close: async () => {
      feeder.stop();
      await host.close();
      await core.close();
      await world.close();
    },
  };
}

/** What the Station view's big tile shows (data-mode): nothing yet, a unit on its trip, a result. */

/** Waits until the tile shows `mode`. */
export async function tileIs(page: Page, mode: TileMode): Promise<void> {
  await page
    .locator(`[data-testid="station-tile"][data-mode="${mode}"]`)
    .waitFor({ timeout: STEP_TIMEOUT_MS });
}
