// Verdicts against a cloud that behaves like the real one: a device that left for setup stays
// listed online for a minute (API reference: "accurate to within a few minutes"), and the owner
// is linked only after the handshake's "online" went out (Device OS sends its claim code after
// the handshake). Only a connection made after connect-ap may count as success.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_CLAIMED_DEVICE_ID } from '../../../electron/simulator/world';
import { expectCleanEnd } from './support/checks';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  NEW_ID,
  runToOutcome,
  signInDeveloper,
  signInProduct,
  startHarness,
  workshop,
  type Harness,
} from './support/harness';

let h: Harness;
afterEach(async () => h?.close());

const CLAIMED_ID = DEMO_CLAIMED_DEVICE_ID.toLowerCase();
/** In the demo product, owned by existing-customer@example.com, seeded online. */
const RETURNED_ID = '3b0021001747353236343033';
/** Longer than any run here: the cloud never notices the device left during the test. */
const LAG = { offlineLagMs: 60_000 };

/**
 * The device was online until the operator held SETUP half a minute ago (its session stamped on
 * the cloud's clock back then): still listed online, owner unchanged.
 */
async function leftForSetup(harness: Harness, deviceId: string): Promise<void> {
  const { cloud } = harness.world;
  cloud.clock.advance(-30_000);
  await cloud.connectDevice({ deviceId });
  cloud.clock.advance(30_000);
  await cloud.disconnectDevice(deviceId);
  expect(harness.world.cloud.device(deviceId)).toMatchObject({ online: true, connected: false });
}

describe('a cloud whose view lags behind the device', () => {
  it('re-setup of an owned device with the wrong password: credentials rejected, never success', async () => {
    h = await startHarness({
      photons: [{ deviceId: DEMO_CLAIMED_DEVICE_ID, ssidSuffix: 'M2RX', claimed: true }],
      cloud: LAG,
    });
    await leftForSetup(h, CLAIMED_ID);
    await signInDeveloper(h);
    const outcome = await runToOutcome(
      h,
      { device: { ssid: h.world.photons[0]!.ssid }, profileId: null },
      { choose: workshop('not-the-password') },
    );
    expect(outcome.outcome).toMatchObject({ kind: 'credentials-rejected', deviceId: CLAIMED_ID });
    expect(outcome.record.outcome).toBe('credentials-rejected');
    // The cloud kept listing it online, owned by the same account, the whole time.
    expect(h.world.cloud.device(CLAIMED_ID)).toMatchObject({
      online: true,
      owner: 'demo@example.com',
    });
    expectCleanEnd(h);
  });

  it('re-setup with the right password: success only once the device connected again', async () => {
    h = await startHarness({
      photons: [{ deviceId: DEMO_CLAIMED_DEVICE_ID, ssidSuffix: 'M2RX', claimed: true }],
      cloud: LAG,
    });
    await leftForSetup(h, CLAIMED_ID);
    const before = h.world.cloud.device(CLAIMED_ID)!.lastHandshakeAt!;
    await signInDeveloper(h);
    const outcome = await runToOutcome(
      h,
      { device: { ssid: h.world.photons[0]!.ssid }, profileId: null },
      { choose: workshop() },
    );
    expect(outcome.outcome).toMatchObject({ kind: 'success', deviceId: CLAIMED_ID });
    const after = h.world.cloud.device(CLAIMED_ID)!.lastHandshakeAt!;
    expect(Date.parse(after)).toBeGreaterThan(Date.parse(before));
    // The verdict came after that new handshake, not from the listing left over from before.
    expect(Date.parse(outcome.record.endedAt)).toBeGreaterThanOrEqual(Date.parse(after));
    expectCleanEnd(h);
  });

  it('a released product unit, still listed online, set up for a new customer: success once the claim lands', async () => {
    h = await startHarness({
      photons: [{ deviceId: RETURNED_ID.toUpperCase(), ssidSuffix: 'R3TN', claimed: true }],
      // The claim lands well after the handshake; the grace counts from the fresh connection.
      cloud: { ...LAG, claimDelayMs: 400 },
      engine: { claimGraceMs: 700, verifyMs: 6_000 },
    });
    await leftForSetup(h, RETURNED_ID);
    // Released by support: in the product, no owner, the cloud still shows it online.
    const { createCloudClient } = await import('../../../electron/core/cloud');
    const cloud = createCloudClient({ baseUrl: h.world.cloud.baseUrl });
    const product = await cloud.clientCredentials({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
    });
    await cloud.unclaimProductDevice(product.accessToken, 1319, RETURNED_ID);
    expect(h.world.cloud.device(RETURNED_ID)).toMatchObject({ online: true, owner: null });

    await signInProduct(h, 'next-owner@example.com');
    const outcome = await runToOutcome(
      h,
      { device: { ssid: h.world.photons[0]!.ssid }, profileId: null, deviceId: RETURNED_ID },
      { choose: workshop() },
    );
    expect(outcome.outcome).toMatchObject({
      kind: 'success',
      deviceId: RETURNED_ID,
      owner: { kind: 'customer', email: 'next-owner@example.com' },
    });
    expect(h.world.cloud.device(RETURNED_ID)?.owner).toBe('next-owner@example.com');
    expectCleanEnd(h);
  });

  it("developer mode in the real event order: the owner's stream shows what follows the claim", async () => {
    h = await startHarness({
      cloud: { claimDelayMs: 200 },
      // Polling alone would not look again before the deadline: only the stream can tell in time.
      engine: { pollIntervalMs: 30_000, maxPolls: 2, verifyMs: 5_000 },
    });
    await signInDeveloper(h);
    const started = Date.now();
    const outcome = await runToOutcome(
      h,
      { device: { ssid: h.world.photons[0]!.ssid }, profileId: null },
      { choose: workshop() },
    );
    expect(outcome.outcome).toMatchObject({ kind: 'success', deviceId: NEW_ID });
    expect(Date.now() - started).toBeLessThan(5_000);
    expectCleanEnd(h);
  });
});
