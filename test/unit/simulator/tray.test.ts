// The simulated tray: stable units with the demo's faults, powered one after another as the
// host comes back from each unit's trip.
import { afterEach, describe, expect, it } from 'vitest';
import { TrayFeeder, trayPhotonOptions, trayUnits } from '../../../electron/simulator/tray';
import { startSimulatedWorld, type SimulatedWorld } from '../../../electron/simulator/world';

let world: SimulatedWorld | undefined;
afterEach(async () => world?.close());

describe('trayUnits', () => {
  it('gives stable ids and networks; the demo faults are a wrong label and a unit that never gets online', () => {
    const units = trayUnits(6, { faults: true });
    expect(trayUnits(6, { faults: true })).toEqual(units);
    expect(new Set(units.map((unit) => unit.deviceId)).size).toBe(6);
    expect(new Set(units.map((unit) => unit.ssidSuffix)).size).toBe(6);
    for (const unit of units) expect(unit.deviceId).toMatch(/^[0-9a-f]{24}$/);
    expect(units.map((unit) => unit.fault)).toEqual([
      null,
      null,
      'wrong-label',
      null,
      'never-online',
      null,
    ]);
    expect(units[2]!.label).not.toBe(units[2]!.deviceId);
    expect(units[0]!.label).toBe(units[0]!.deviceId);
    const options = trayPhotonOptions(units);
    expect(options.every((option) => option.listening === false)).toBe(true);
    expect(options[4]!.connectOutcome).toBe('cloud-unreachable');
  });
});

describe('TrayFeeder', () => {
  it('powers the first unit, then the next one a swap after the host is back from a trip', async () => {
    const units = trayUnits(3);
    world = await startSimulatedWorld({ photons: trayPhotonOptions(units) });
    const feeder = new TrayFeeder(world, 30);
    expect(world.photons.map((photon) => photon.listening)).toEqual([false, false, false]);
    feeder.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(world.photons.map((photon) => photon.listening)).toEqual([true, false, false]);
    // A trip to the first unit: join it, forget it, rejoin home.
    const { backend } = world.wifi;
    const temp = await backend.joinOpen('wlan-sim', world.photons[0]!.ssid, {
      timeoutMs: 1_000,
      signal: new AbortController().signal,
    });
    await backend.forget(temp);
    expect(feeder.powered).toHaveLength(1);
    await backend.rejoin({ iface: 'wlan-sim', ssid: 'Workshop' }, { timeoutMs: 1_000 });
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(feeder.powered).toHaveLength(2);
    expect(world.photons[1]!.listening).toBe(true);
    feeder.stop();
  });
});
