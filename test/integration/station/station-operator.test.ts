// What the operator adds to the loop: a label scanned for each unit (a wrong one never reaches
// the cloud) and the rainbow answer that ties the unit online to the one in hand.
import { afterEach, describe, expect, it } from 'vitest';
import type { StationState } from '../../../shared/station';
import { call } from '../provisioning/support/harness';
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

/**
 * Scans the label of each unit once the feeder has powered it and the station asks for one, as
 * the operator would (the unit in hand, then its label).
 */
function scanLabels(harness: StationHarness): () => void {
  let scanned = 0;
  let waiting = false;
  const off = harness.core.events.subscribeAll((event, payload) => {
    if (event === 'station.changed') waiting = (payload as StationState).waitingFor === 'label';
  });
  const timer = setInterval(() => {
    if (!waiting || scanned >= harness.feeder.powered.length) return;
    const unit = harness.units[scanned]!;
    scanned += 1;
    waiting = false;
    void call(harness, 'station.label', { label: unit.label.toUpperCase() });
  }, 10);
  return () => {
    clearInterval(timer);
    off();
  };
}

describe('station: labels', () => {
  it('a label for another unit stops that unit before anything is claimed or imported', async () => {
    h = await startStation({ count: 3, mode: 'product', faults: { 1: 'wrong-label' } });
    const stopScanning = scanLabels(h);
    await call(h, 'station.start', {
      profileId: h.profileId,
      requireLabel: true,
      confirmIdentity: false,
    });
    h.feeder.start();
    const records = await untilRecords(h, 3);
    stopScanning();
    const [first, wrong, third] = h.units;
    const byDevice = new Map(records.map((record) => [record.deviceId, record]));
    expect(byDevice.get(first!.deviceId)?.outcome).toBe('success');
    expect(byDevice.get(third!.deviceId)?.outcome).toBe('success');
    const mismatch = byDevice.get(wrong!.deviceId)!;
    expect(mismatch).toMatchObject({ outcome: 'label-mismatch', errorCode: 'label-mismatch' });
    // Neither the unit in hand nor the one the label names reached the cloud.
    expect(h.world.cloud.device(wrong!.deviceId)).toMatchObject({ productId: null, owner: null });
    expect(h.world.cloud.device(wrong!.label)?.productId ?? null).toBeNull();
    expect(h.world.photons[1]!.claimCode).toBeNull();
    expect(h.world.photons[1]!.listening).toBe(true);
    const state = await untilState(h, (s) => s.verifying.length === 0 && s.current === null);
    const sentence = state.attention.find((unit) => unit.outcome === 'label-mismatch')?.sentence;
    expect(sentence?.id).toBe('outcome.label-mismatch.sentence');
    expect(sentence?.params).toEqual({ labelId: wrong!.label, deviceId: wrong!.deviceId });
    expect(en(sentence)).toContain(
      `Label says ${wrong!.label}, this Photon is ${wrong!.deviceId}.`,
    );
    // It is still listening and its label is known to be wrong: the station waits for a label
    // again and does not set it up with someone else's.
    expect(state.waitingFor).toBe('label');
    await call(h, 'station.label', { label: wrong!.deviceId });
    const again = await untilRecords(h, 4);
    expect(again[3]).toMatchObject({ deviceId: wrong!.deviceId, outcome: 'success' });
    await call(h, 'station.stop', { now: false });
    expect(h.core.services.gate.violations).toEqual([]);
  });

  it('refuses a label that is not a device id, with the reason', async () => {
    h = await startStation({ count: 1 });
    await expect(call(h, 'station.label', { label: 'PH-1234' })).rejects.toMatchObject({
      code: 'invalid-label',
    });
  });
});

describe('station: the rainbow', () => {
  it('asks about one unit at a time while it flashes; no keeps the record from passing', async () => {
    h = await startStation({ count: 2 });
    const answers = [true, false];
    const flashing: boolean[] = [];
    h.core.events.subscribeAll((event, payload) => {
      if (event !== 'station.changed') return;
      const question = (payload as StationState).question;
      if (question === null || flashing.length >= answers.length + 5) return;
      const photon = h!.world.photons.find(
        (candidate) => candidate.deviceId.toLowerCase() === question.deviceId,
      )!;
      if (flashing.length > 0 && flashing.length >= answers.length) return;
      flashing.push(photon.signaling);
      const confirmed = answers[flashing.length - 1]!;
      void call(h!, 'station.answer', { runId: question.runId, confirmed });
    });
    await call(h, 'station.start', {
      profileId: h.profileId,
      requireLabel: false,
      confirmIdentity: true,
    });
    h.feeder.start();
    const records = await untilRecords(h, 2);
    expect(flashing).toEqual([true, true]);
    const [first, second] = h.units;
    const byDevice = new Map(records.map((record) => [record.deviceId, record]));
    expect(byDevice.get(first!.deviceId)?.outcome).toBe('success');
    expect(byDevice.get(second!.deviceId)).toMatchObject({
      outcome: 'identity-not-confirmed',
      errorCode: 'identity-denied',
    });
    // The rainbow stopped after each answer.
    await untilState(h, () => h!.world.photons.every((photon) => !photon.signaling));
    expect(runRecords(h)).toHaveLength(2);
    await call(h, 'station.stop', { now: false });
  });
});

describe('station: one radio', () => {
  it('refuses a single setup, a sign-out and settings changes while the tray runs', async () => {
    h = await startStation({ count: 1 });
    await call(h, 'station.start', {
      profileId: h.profileId,
      requireLabel: false,
      confirmIdentity: false,
    });
    await expect(
      call(h, 'provision.start', { device: { ssid: 'Photon-ANY' }, profileId: null }),
    ).rejects.toMatchObject({ code: 'station-running' });
    await expect(call(h, 'account.signOut', undefined)).rejects.toMatchObject({ code: 'busy' });
    await expect(call(h, 'settings.update', { station: 'Line 9' })).rejects.toMatchObject({
      code: 'busy',
    });
    await call(h, 'station.stop', { now: false });
    await untilState(h, (s) => s.status === 'stopped');
    await expect(call(h, 'settings.update', { station: 'Line 9' })).resolves.toMatchObject({
      station: 'Line 9',
    });
  });
});
