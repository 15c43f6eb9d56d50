// The developer flow end to end against the fake cloud, with the fake's device link standing in
// for the Photon: token → claim code → (SoftAP) → the device reaches the cloud with that code →
// online, then owned — in the real order, so the account's own stream sees only what follows.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  waitForDeviceOnline,
  type CloudClient,
  type CloudEventStream,
} from '../../../electron/core/cloud';
import type { FakeCloud } from '../../../electron/simulator/cloud';
import {
  CLIENT,
  DEV,
  DEVICES,
  HOUR,
  PRODUCT,
  clientFor,
  startTestCloud,
} from '../../unit/cloud/support';

let cloud: FakeCloud;
let client: CloudClient;
let stream: CloudEventStream | null = null;

beforeEach(async () => {
  cloud = await startTestCloud();
  client = clientFor(cloud);
});
afterEach(async () => {
  stream?.close();
  await cloud.close();
});

async function signIn() {
  const outcome = await client.login({ username: DEV.username, password: DEV.password });
  if (outcome.status !== 'ok') throw new Error('login failed');
  // A password login is never refreshed (only product tokens refresh): it signs in again.
  return client.keepToken(outcome.grant, { kind: 'none' });
}

describe('developer flow', () => {
  it('claim code → device connects: online before it is owned, so the owner sees its later events', async () => {
    const keeper = await signIn();
    const token = await keeper.ensureFresh(HOUR);
    expect((await client.currentUser(token)).username).toBe(DEV.username);
    const { claimCode, deviceIds } = await client.createClaimCode(token);
    expect(deviceIds).not.toContain(DEVICES.fresh);

    stream = client.openEventStream({
      token: () => keeper.ensureFresh(HOUR),
      scope: { kind: 'user' },
      prefix: 'spark',
    });
    await stream.opened;
    const seen: string[] = [];
    stream.subscribe((event) => {
      if (event.deviceId === DEVICES.fresh) seen.push(`${event.name}:${event.data ?? ''}`);
    });

    // The Photon reports its id in uppercase over SoftAP; the cloud link gets it as the device sends it.
    const connectedAt = cloud.clock.now();
    await cloud.connectDevice({ deviceId: DEVICES.fresh.toUpperCase(), claimCode });
    await vi.waitFor(() => expect(seen).toContain('spark/device/last_reset:pin_reset'), {
      timeout: 1000,
    });
    // Device OS sends its claim code after the handshake: the first "online" went out while the
    // device had no owner, so the developer's own stream never carried it.
    expect(seen).not.toContain('spark/status:online');

    const device = await client.getDevice(token, DEVICES.fresh.toUpperCase());
    expect(device).toMatchObject({ id: DEVICES.fresh, online: true, owner: DEV.username });
    expect(Date.parse(device.lastHandshakeAt ?? '')).toBeGreaterThanOrEqual(connectedAt);
    expect((await client.listDevices(token)).map((d) => d.id)).toContain(DEVICES.fresh);
    expect((await client.createClaimCode(token)).deviceIds).toContain(DEVICES.fresh);
  });

  it("the product's stream carries the first online of an unowned device", async () => {
    const product = await client.clientCredentials(CLIENT);
    await client.importDevices(product.accessToken, PRODUCT.id, [DEVICES.fresh]);
    stream = client.openEventStream({
      token: product.accessToken,
      scope: { kind: 'product', product: PRODUCT.id },
      prefix: 'spark/status',
    });
    await stream.opened;
    const online = waitForDeviceOnline(stream, DEVICES.fresh, { timeoutMs: 1000 });
    await cloud.connectDevice({ deviceId: DEVICES.fresh });
    expect((await online).deviceId).toBe(DEVICES.fresh);
  });

  it('an expired claim code: the device comes online but stays unclaimed', async () => {
    const token = await (await signIn()).ensureFresh(HOUR);
    const { claimCode } = await client.createClaimCode(token);
    cloud.clock.advance(HOUR + 60_000);
    await cloud.connectDevice({ deviceId: DEVICES.fresh, claimCode });
    expect(cloud.device(DEVICES.fresh)).toMatchObject({ online: true, owner: null });
    expect(cloud.lastClaimVerdict(DEVICES.fresh)).toBe('expired-code');
    await expect(client.getDevice(token, DEVICES.fresh)).rejects.toMatchObject({
      kind: 'permission-denied',
    });
    // The recovery the app offers: claim by id, which needs the device online and unclaimed.
    await client.claimDevice(token, DEVICES.fresh);
    expect((await client.getDevice(token, DEVICES.fresh)).owner).toBe(DEV.username);
  });

  it('unclaim returns the device to nobody', async () => {
    const token = DEV.token;
    await client.unclaimDevice(token, DEVICES.devOwned);
    expect(cloud.device(DEVICES.devOwned)?.owner).toBeNull();
  });
});
