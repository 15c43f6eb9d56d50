// Stopping a tray half-way, and restarting the app half-way: the unit on its trip is cancelled
// with its restore and its one record; a unit still being verified when the app closed gets no
// record then, and its one record after the restart, when the station checks it again. The
// tally comes back from the audit log.
import { afterEach, describe, expect, it } from 'vitest';
import { call, signInDeveloper } from '../provisioning/support/harness';
import {
  runRecords,
  startStation,
  untilRecords,
  untilState,
  type StationHarness,
} from './support/station-harness';
import { en } from '../../support/english';

let h: StationHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const start = (harness: StationHarness) =>
  call(harness, 'station.start', {
    profileId: harness.profileId,
    requireLabel: false,
    confirmIdentity: false,
  });

describe('station: stop mid-tray', () => {
  it('cancels the unit on its trip (restored, recorded), lets the checks finish, starts no more', async () => {
    h = await startStation({ count: 5 });
    await start(h);
    h.feeder.start();
    // The second unit is on its trip, talking to the device.
    const busy = await untilState(
      h,
      (s) => runRecords(h!).length >= 1 && s.current !== null && s.current.phase === 'configure',
    );
    const cancelledRun = busy.current!.runId;
    await call(h, 'station.stop', { now: false });
    const stopped = await untilState(h, (s) => s.status === 'stopped');
    const records = runRecords(h);
    expect(records.find((record) => record.id === cancelledRun)?.outcome).toBe('cancelled');
    expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
    // Nothing started after the stop, though the next unit was put in listening mode.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(runRecords(h)).toHaveLength(records.length);
    expect(stopped.current).toBeNull();
    expect(h.world.wifi.currentNetwork).toBe('Workshop');
    expect(h.world.wifi.leftoverProfiles).toEqual([]);
    expect(h.core.services.gate.violations).toEqual([]);
    expect(h.core.services.access.busy).toBe(false);
  });
});

describe('station: restart mid-tray', () => {
  it('checks again after the restart a unit that was being verified, with its one record', async () => {
    h = await startStation({
      count: 3,
      faults: { 1: 'never-online' },
      engine: { verifyMs: 30_000 },
    });
    await start(h);
    h.feeder.start();
    // Units 1 and 3 passed; unit 2 is being verified (it has not come online).
    await untilState(h, (s) => runRecords(h!).length === 2 && s.verifying.length === 1);
    const waiting = (await call(h, 'station.state', undefined)).verifying[0]!;
    const stuck = h.units[1]!;
    expect(waiting.deviceId).toBe(stuck.deviceId);

    // The app closes: the unit being verified gets no record now.
    await h.core.close();
    expect(runRecords(h).map((record) => record.id)).not.toContain(waiting.runId);
    // Meanwhile the device reaches the cloud (say its router came back).
    const photon = h.world.photons[1]!;
    await h.world.cloud.connectDevice({ deviceId: stuck.deviceId, claimCode: photon.claimCode });

    await h.restart();
    await signInDeveloper(h);
    const before = await call(h, 'station.state', undefined);
    // The tally is rebuilt from the audit log; the unit is carried over.
    expect(before.tally).toMatchObject({ done: 2, passed: 2 });
    expect(before.carriedOver).toBe(1);
    expect(before.activity).toEqual({ id: 'station.activity.carried-over', params: { count: 1 } });
    expect(en(before.activity)).toContain('1 unit from before the restart');

    await start(h);
    const records = await untilRecords(h, 3);
    const resumed = records.find((record) => record.id === waiting.runId)!;
    expect(resumed).toMatchObject({ outcome: 'success', deviceId: stuck.deviceId });
    expect(resumed.startedAt).toBe(waiting.startedAt);
    // Its phases before the restart are kept; verify ran again.
    expect(resumed.phases.find((phase) => phase.phase === 'configure')?.result).toBe('ok');
    expect(records.filter((record) => record.id === waiting.runId)).toHaveLength(1);
    const after = await untilState(h, (s) => s.carriedOver === 0 && s.verifying.length === 0);
    expect(after.tally).toMatchObject({ done: 3, passed: 3 });
    // The finished units are not set up again (their networks are remembered).
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(runRecords(h)).toHaveLength(3);
    await call(h, 'station.stop', { now: false });
    expect(h.core.services.gate.violations).toEqual([]);
  });
});
