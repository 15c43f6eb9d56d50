// The cloud half and the device half together: a simulated Photon, given a claim code and Wi-Fi
// over SoftAP by our own client, reaches the fake cloud by itself and is claimed (or not) as
// the real cloud would decide.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createCloudClient,
  type CloudEventStream,
} from '../../../electron/core/cloud';
import { SoftApClient } from '../../../electron/core/softap';
import { DEMO_WIFI_PASSWORD } from '../../../electron/simulator/photon';
import {
  DEMO_NEW_DEVICE_ID,
  startSimulatedWorld,
  type SimulatedWorld,
} from '../../../electron/simulator/world';

const DEMO_TOKEN = 'demo0000000000000000000000000000000token';
const CLIENT = {
  clientId: 'tempmon06-3459',
  clientSecret: 'demo-client-secret-460edfd8d70742dd1f1e',
};
const PRODUCT = 1319;
const deviceId = DEMO_NEW_DEVICE_ID.toLowerCase();

let world: SimulatedWorld;
let stream: CloudEventStream | null = null;

beforeEach(async () => {
  world = await startSimulatedWorld();
});
afterEach(async () => {
  stream?.close();
  stream = null;
  await world.close();
});

const cloudClient = () =>
  createCloudClient({
    baseUrl: world.cloud.baseUrl,
    requestTimeoutMs: 2_000,
    now: world.cloud.clock.now,
  });

/** The source document's SoftAP sequence, on our client, against the new demo Photon. */
async function provisionOverSoftAp(claimCode: string): Promise<void> {
  const photon = world.photons[0];
  if (photon === undefined) throw new Error('no photon');
  const device = new SoftApClient({
    host: '127.0.0.1',
    tcpPort: photon.tcpPort,
    httpPort: photon.httpPort,
  });
  expect((await device.deviceInfo()).deviceId).toBe(deviceId);
  const key = await device.publicKey();
  await device.setClaimCode(claimCode);
  const workshop = (await device.scan()).find((network) => network.ssid === 'Workshop');
  if (workshop === undefined || workshop.security === null) throw new Error('Workshop not seen');
  await device.configure(
    {
      ssid: 'Workshop',
      security: workshop.security,
      channel: workshop.channel,
      password: DEMO_WIFI_PASSWORD,
    },
    key,
  );
  await device.connect();
}

describe('simulated Photon ↔ fake cloud', () => {
  it('developer flow: online first, then claimed; the owner sees the events after the claim', async () => {
    const cloud = cloudClient();
    const { claimCode } = await cloud.createClaimCode(DEMO_TOKEN);
    stream = cloud.openEventStream({ token: DEMO_TOKEN, scope: { kind: 'user' }, prefix: 'spark' });
    await stream.opened;
    const seen: string[] = [];
    stream.subscribe((event) => {
      if (event.deviceId === deviceId) seen.push(`${event.name}:${event.data ?? ''}`);
    });
    const photon = world.photons[0];
    let reachedCloudAt = 0;
    photon?.onLed((led) => {
      if (led.name === 'cloud-connecting' && reachedCloudAt === 0) reachedCloudAt = Date.now();
    });
    await provisionOverSoftAp(claimCode);
    await vi.waitFor(() => expect(seen).toContain('spark/device/last_reset:pin_reset'), {
      timeout: 10_000,
    });
    expect(reachedCloudAt).toBeGreaterThan(0);
    // The claim lands the fake's claim delay (1.5 s, as a real round trip) after the handshake.
    expect(Date.now() - reachedCloudAt).toBeLessThan(world.cloud.settings.claimDelayMs + 1_000);
    expect(seen).not.toContain('spark/status:online');
    expect(await cloud.getDevice(DEMO_TOKEN, deviceId)).toMatchObject({
      online: true,
      owner: 'demo@example.com',
    });
    await photon?.waitForLed('connected', 10_000);
    expect(photon?.claimed).toBe(true);
  });

  it('product flow: imported, then claimed to a new shadow customer', async () => {
    const cloud = cloudClient();
    const productToken = (await cloud.clientCredentials(CLIENT)).accessToken;
    const customer = await cloud.customerToken({
      ...CLIENT,
      product: PRODUCT,
      email: 'new-buyer@example.com',
    });
    expect(customer.created).toBe(true);
    await cloud.importDevices(productToken, PRODUCT, [deviceId]);
    const { claimCode } = await cloud.createProductClaimCode(customer.grant.accessToken, PRODUCT);
    await provisionOverSoftAp(claimCode);
    await world.photons[0]?.waitForLed('connected', 10_000);
    expect(world.cloud.device(deviceId)).toMatchObject({
      online: true,
      owner: 'new-buyer@example.com',
      ownerKind: 'customer',
    });
  });

  it('an expired claim code leaves the device online but unclaimed, as the real cloud does', async () => {
    const cloud = cloudClient();
    const { claimCode } = await cloud.createClaimCode(DEMO_TOKEN);
    world.cloud.clock.advance(2 * 3600 * 1000);
    await provisionOverSoftAp(claimCode);
    await world.photons[0]?.waitForLed('connected', 10_000);
    expect(world.cloud.device(deviceId)).toMatchObject({ online: true, owner: null });
    expect(world.cloud.lastClaimVerdict(deviceId)).toBe('expired-code');
    expect(world.photons[0]?.claimed).toBe(false);
  });

  it('a product claim code for a device not imported into the product leaves it unclaimed', async () => {
    const cloud = cloudClient();
    const customer = await cloud.customerToken({
      ...CLIENT,
      product: PRODUCT,
      email: 'new-buyer@example.com',
    });
    const { claimCode } = await cloud.createProductClaimCode(customer.grant.accessToken, PRODUCT);
    await provisionOverSoftAp(claimCode);
    await world.photons[0]?.waitForLed('connected', 10_000);
    expect(world.cloud.lastClaimVerdict(deviceId)).toBe('not-in-product');
    expect(world.cloud.device(deviceId)?.owner ?? null).toBeNull();
  });
});
