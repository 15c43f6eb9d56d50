// The developer flow end to end against the fake cloud, with the fake's device link standing in
// for the Photon: token → claim code → (SoftAP) → the device reaches the cloud with that code →
// online and owned, seen on the account's event stream within a second.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  waitForDeviceOnline,
  type CloudClient,
  type CloudEventStream,
} from '../../../electron/core/cloud';
import type { FakeCloud } from '../../../electron/simulator/cloud';
import { DEV, DEVICES, HOUR, clientFor, startTestCloud } from '../../unit/cloud/support';

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
  return client.keepToken(outcome.grant, {
    kind: 'refresh',
    client: { clientId: 'particle', clientSecret: 'particle' },
  });
}

describe('developer flow', () => {
  it('claim code → device connects with it → online and owned, on the stream within 1 s', async () => {
    const keeper = await signIn();
    const token = await keeper.ensureFresh(HOUR);
    expect((await client.currentUser(token)).username).toBe(DEV.username);
    const { claimCode, deviceIds } = await client.createClaimCode(token);
    expect(deviceIds).not.toContain(DEVICES.fresh);

    stream = client.openEventStream({
      token: () => keeper.ensureFresh(HOUR),
      scope: { kind: 'user' },
      prefix: 'spark/status',
    });
    await stream.opened;
    const online = waitForDeviceOnline(stream, DEVICES.fresh, { timeoutMs: 1000 });

    // The Photon reports its id in uppercase over SoftAP; the cloud link gets it as the device sends it.
    const connectedAt = Date.now();
    await cloud.connectDevice({ deviceId: DEVICES.fresh.toUpperCase(), claimCode });
    const event = await online;
    expect(Date.now() - connectedAt).toBeLessThan(1000);
    expect(event.deviceId).toBe(DEVICES.fresh);

    const device = await client.getDevice(token, DEVICES.fresh.toUpperCase());
    expect(device).toMatchObject({ id: DEVICES.fresh, online: true, owner: DEV.username });
    expect((await client.listDevices(token)).map((d) => d.id)).toContain(DEVICES.fresh);
    expect((await client.createClaimCode(token)).deviceIds).toContain(DEVICES.fresh);
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
