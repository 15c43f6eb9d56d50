// A crash while joined to a Photon leaves the restore journal behind; the next start-up of the
// core replays it and puts the computer back on its network before anything else happens.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/api';
import { JOURNAL_FILE_NAME } from '../../../electron/core/wifi';
import { worldBackends } from '../../../electron/simulated-core';
import { startSimulatedWorld, type SimulatedWorld } from '../../../electron/simulator/world';

let world: SimulatedWorld | undefined;
let core: Core | undefined;
afterEach(async () => {
  await core?.close();
  await world?.close();
});

describe('restore journal at start-up', () => {
  it('rejoins the previous network and forgets the Photon profile after a crash mid-run', async () => {
    world = await startSimulatedWorld();
    const dataDir = mkdtempSync(join(tmpdir(), 'photon-crash-'));
    const photon = world.photons[0]!;
    const iface = world.wifi.iface;
    // What a run of an earlier version (journal v1: no owner, no run) leaves when the process
    // dies between join and restore.
    writeFileSync(
      join(dataDir, JOURNAL_FILE_NAME),
      JSON.stringify({
        version: 1,
        platform: 'linux',
        iface,
        previous: { iface, ssid: 'Workshop' },
        temp: { iface, ssid: photon.ssid, profileName: photon.ssid },
        startedAt: new Date().toISOString(),
      }),
    );
    await world.wifi.backend.joinOpen(iface, photon.ssid, { timeoutMs: 1_000 });
    expect(world.wifi.currentNetwork).toBe(photon.ssid);

    core = await createCore({
      ...worldBackends(world),
      host: 'web',
      simulated: true,
      dataDir,
      log: { warn: () => undefined },
    });
    expect(core.services.replay).toMatchObject({ kind: 'restored', report: { ok: true } });
    expect(world.wifi.currentNetwork).toBe('Workshop');
    expect(world.wifi.leftoverProfiles).toEqual([]);
    expect(existsSync(join(dataDir, JOURNAL_FILE_NAME))).toBe(false);
  });

  it('does nothing when no journal was left', async () => {
    world = await startSimulatedWorld();
    core = await createCore({
      ...worldBackends(world),
      host: 'web',
      simulated: true,
      log: { warn: () => undefined },
    });
    expect(core.services.replay).toEqual({ kind: 'none' });
    expect(world.wifi.calls).toEqual([]);
  });
});
