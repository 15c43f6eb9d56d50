// A tray of simulated Photons through the station, in developer and product mode: one record per
// unit, nothing cloud-side while the host is on a Photon, verifications running beside the next
// unit's trip, and the faults a bench meets (a wrong label, a refused password, a unit that never
// comes online) each ending that unit alone.
import { afterEach, describe, expect, it } from 'vitest';
import { call, CUSTOMER } from '../provisioning/support/harness';
import {
  runRecords,
  startStation,
  untilRecords,
  untilState,
  type StationHarness,
} from './support/station-harness';

let h: StationHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** Every Photon the station touched ended with the host back on its own network. */
function expectHostHome(harness: StationHarness): void {
  expect(harness.world.wifi.currentNetwork).toBe('Workshop');
  expect(harness.world.wifi.leftoverProfiles).toEqual([]);
  expect(harness.core.services.gate.violations).toEqual([]);
  expect(harness.core.services.access.busy).toBe(false);
}

describe('station: a tray in developer mode', () => {
  it('sets up every unit with no action per unit, one record each, verifying beside the next trip', async () => {
    h = await startStation({ count: 4 });
    await call(h, 'station.start', {
      profileId: h.profileId,
      requireLabel: false,
      confirmIdentity: false,
    });
    h.feeder.start();
    const records = await untilRecords(h, 4);
    expect(records.map((record) => record.outcome)).toEqual(Array(4).fill('success'));
    expect(new Set(records.map((record) => record.deviceId))).toEqual(
      new Set(h.units.map((unit) => unit.deviceId)),
    );
    for (const unit of h.units)
      expect(h.world.cloud.device(unit.deviceId)).toMatchObject({
        online: true,
        owner: 'demo@example.com',
      });
    // Pipelining: some unit was still being verified while the next one was on its trip.
    expect(h.states.some((state) => state.current !== null && state.verifying.length > 0)).toBe(
      true,
    );
    const state = await untilState(h, (s) => s.verifying.length === 0 && s.current === null);
    expect(state.tally).toMatchObject({ done: 4, passed: 4, failed: 0 });
    expect(state.last?.passed).toBe(true);
    await call(h, 'station.stop', { now: false });
    expectHostHome(h);
  });
});

describe('station: a tray in product mode', () => {
  it('imports each unit on its own trip (the hop) and claims it to the customer', async () => {
    h = await startStation({ count: 3, mode: 'product' });
    await call(h, 'station.start', {
      profileId: h.profileId,
      requireLabel: false,
      confirmIdentity: false,
    });
    h.feeder.start();
    const records = await untilRecords(h, 3);
    expect(records.map((record) => record.outcome)).toEqual(Array(3).fill('success'));
    for (const unit of h.units)
      expect(h.world.cloud.device(unit.deviceId)).toMatchObject({
        productId: 1319,
        owner: CUSTOMER,
      });
    await call(h, 'station.stop', { now: false });
    expectHostHome(h);
  });
});

// Keep the file's records readable when a test above fails.
export { runRecords };

describe('station: units that fail end alone, the tray goes on', () => {
  it('a refused password and a unit that never comes online fail; the others pass meanwhile', async () => {
    h = await startStation({
      count: 4,
      faults: { 1: 'never-online', 2: 'credentials-rejected' },
      // The refused unit's AP is gone for only ~60 ms here: count a sighting after 300 ms.
      engine: { verifyMs: 1_500, apStaleGraceMs: 300 },
    });
    await call(h, 'station.start', {
      profileId: h.profileId,
      requireLabel: false,
      confirmIdentity: false,
    });
    h.feeder.start();
    const records = await untilRecords(h, 4);
    const byDevice = new Map(records.map((record) => [record.deviceId, record]));
    const [first, never, rejected, fourth] = h.units;
    expect(byDevice.get(first!.deviceId)?.outcome).toBe('success');
    expect(byDevice.get(never!.deviceId)?.outcome).toBe('configured-not-online');
    expect(byDevice.get(rejected!.deviceId)?.outcome).toBe('credentials-rejected');
    expect(byDevice.get(fourth!.deviceId)?.outcome).toBe('success');
    // The unit that never came online timed out in the background, after the last unit passed.
    expect(records.map((record) => record.deviceId).indexOf(never!.deviceId)).toBe(3);
    const state = await untilState(h, (s) => s.verifying.length === 0);
    expect(state.tally).toMatchObject({ done: 4, passed: 2, failed: 2 });
    expect(state.attention.map((unit) => unit.outcome).sort()).toEqual([
      'configured-not-online',
      'credentials-rejected',
    ]);
    expect(state.retryable).toBe(2);
    // The refused unit went back to listening; the station does not set it up again by itself.
    expect(h.world.photons[2]!.listening).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(runRecords(h)).toHaveLength(4);
    // Retry failed: it is set up again as soon as it shows (and fails again, the radio is bad).
    await call(h, 'station.retryFailed', undefined);
    const again = await untilRecords(h, 5);
    expect(again[4]).toMatchObject({ deviceId: rejected!.deviceId, outcome: 'credentials-rejected' });
    await call(h, 'station.stop', { now: true });
    await untilState(h, (s) => s.status === 'stopped');
    expectHostHome(h);
  });
});

describe('station: verification beside a trip', () => {
  /** When the host was on a Photon's network, as [from, to] epoch ms. */
  function photonIntervals(harness: StationHarness): Array<[number, number]> {
    const intervals: Array<[number, number]> = [];
    let since: number | null = null;
    harness.world.wifi.onSwitch((_from, to) => {
      if (harness.world.wifi.isPhoton(to)) since = Date.now();
      else if (since !== null) {
        intervals.push([since, Date.now()]);
        since = null;
      }
    });
    return intervals;
  }

  async function trayWithSlowDhcp(dualHomed: boolean) {
    h = await startStation({ count: 4, dualHomed });
    // The host waits for the Photon's address a while on every trip: long enough for the
    // previous unit's check to come due during it.
    h.world.wifi.configure({ dhcpDelayMs: 500 });
    const intervals = photonIntervals(h);
    await call(h, 'station.start', {
      profileId: h.profileId,
      requireLabel: false,
      confirmIdentity: false,
    });
    h.feeder.start();
    const records = await untilRecords(h, 4);
    expect(records.map((record) => record.outcome)).toEqual(Array(4).fill('success'));
    expect(h.core.services.gate.violations).toEqual([]);
    const during = records.filter((record) =>
      intervals.some(([from, to]) => {
        const ended = Date.parse(record.endedAt);
        return ended > from && ended < to;
      }),
    );
    await call(h, 'station.stop', { now: false });
    return during.length;
  }

  it('waits while the host is on the next Photon: no verdict lands during a trip', async () => {
    expect(await trayWithSlowDhcp(false)).toBe(0);
  });

  it('a dual-homed host verifies during the next trip', async () => {
    expect(await trayWithSlowDhcp(true)).toBeGreaterThan(0);
  });
});
