// Product mode end to end: two-legged auth, a shadow customer, the import before connect-ap
// (while online when the id is known, directly when dual-homed, else by one hop), and the
// outcomes a product run can end in.
import { afterEach, describe, expect, it } from 'vitest';
import { expectCleanEnd } from './support/checks';
import {
  CUSTOMER,
  NEW_ID,
  runToOutcome,
  signInProduct,
  startHarness,
  wifiSwitches,
  workshop,
  type Harness,
} from './support/harness';

let h: Harness;
afterEach(async () => h?.close());

const first = (harness: Harness) => harness.world.photons[0]!;

describe('product mode', () => {
  it('sets up a device whose id is known: imported while online, two Wi-Fi switches', async () => {
    h = await startHarness();
    await signInProduct(h);
    const outcome = await runToOutcome(
      h,
      { device: { ssid: first(h).ssid }, profileId: null, deviceId: NEW_ID.toUpperCase() },
      { choose: workshop() },
    );
    expect(outcome.outcome).toEqual({
      kind: 'success',
      deviceId: NEW_ID,
      owner: { kind: 'customer', email: CUSTOMER, productId: 1319 },
    });
    expect(h.world.cloud.device(NEW_ID)).toMatchObject({ productId: 1319, online: true });
    expect(wifiSwitches(h)).toBe(2);
    expect(outcome.record).toMatchObject({
      mode: 'product',
      product: 'tempmon-v100',
      customerEmail: CUSTOMER,
      deviceId: NEW_ID,
      ssid: 'Workshop',
      outcome: 'success',
      errorCode: null,
    });
    // The import happened before the host left its network.
    const paths = h.world.cloud.requests.map((r) => `${r.method} ${r.path}`);
    expect(paths.indexOf('POST /v1/products/1319/devices')).toBeLessThan(
      paths.indexOf('POST /v1/products/1319/device_claims') + 2,
    );
    expectCleanEnd(h);
  });

  it('hops back online to import a device whose id was unknown: four switches', async () => {
    h = await startHarness();
    await signInProduct(h);
    const outcome = await runToOutcome(
      h,
      { device: { ssid: first(h).ssid }, profileId: null },
      { choose: workshop() },
    );
    expect(outcome.outcome.kind).toBe('success');
    expect(wifiSwitches(h)).toBe(4);
    expect(h.world.cloud.device(NEW_ID)?.productId).toBe(1319);
    expectCleanEnd(h);
  });

  it('imports directly while joined when a second link keeps the cloud reachable', async () => {
    h = await startHarness({ dualHomed: true });
    await signInProduct(h);
    const outcome = await runToOutcome(
      h,
      { device: { ssid: first(h).ssid }, profileId: null },
      { choose: workshop() },
    );
    expect(outcome.outcome.kind).toBe('success');
    expect(wifiSwitches(h)).toBe(2);
    expectCleanEnd(h);
  });

  it('ends online but not claimed when the claim code expired', async () => {
    h = await startHarness();
    await signInProduct(h);
    const outcome = await runToOutcome(
      h,
      { device: { ssid: first(h).ssid }, profileId: null, deviceId: NEW_ID },
      {
        choose: workshop(),
        // The code was created in prepare; two hours pass before the device presents it.
        onEvent: (event, payload) => {
          if (event === 'run.progress' && (payload as { phase: string }).phase === 'connect')
            h.world.cloud.clock.advance(2 * 3600_000);
        },
      },
    );
    expect(outcome.outcome).toEqual({
      kind: 'online-not-claimed',
      deviceId: NEW_ID,
      reason: 'claim-code-invalid',
    });
    expect(h.world.cloud.lastClaimVerdict(NEW_ID)).toBe('expired-code');
    expect(outcome.record.outcome).toBe('online-not-claimed');
    expectCleanEnd(h);
  });

  it('refuses a device the product cannot import, before leaving the network when the id is known', async () => {
    const foreign = '2a0044000a47343337373738'; // owned by a developer outside the team
    h = await startHarness({ photons: [{ deviceId: foreign, ssidSuffix: 'F7RN' }] });
    await signInProduct(h);
    const outcome = await runToOutcome(
      h,
      { device: { ssid: h.world.photons[0]!.ssid }, profileId: null, deviceId: foreign },
      { choose: workshop() },
    );
    expect(outcome.outcome).toMatchObject({
      kind: 'cloud-error',
      phase: 'prepare',
      problem: { kind: 'device-not-importable' },
    });
    expect(h.world.wifi.calls.filter((c) => c.startsWith('join'))).toEqual([]);
    expectCleanEnd(h);
  });

  it('refuses a device the product cannot import after the hop, with the Wi-Fi restored', async () => {
    const foreign = '2a0044000a47343337373738';
    h = await startHarness({ photons: [{ deviceId: foreign, ssidSuffix: 'F7RN' }] });
    await signInProduct(h);
    const outcome = await runToOutcome(
      h,
      { device: { ssid: h.world.photons[0]!.ssid }, profileId: null },
      { choose: workshop() },
    );
    expect(outcome.outcome).toMatchObject({
      kind: 'cloud-error',
      deviceId: foreign,
      problem: { kind: 'device-not-importable' },
    });
    expect(outcome.record.errorCode).toBe('device-not-importable');
    expect(h.world.photons[0]!.listening).toBe(true); // connect-ap never sent
    expectCleanEnd(h);
  });
});
