// The two-legged product flow end to end: client credentials → shadow customer (new or existing)
// → product claim code → import the device → the device connects → its owner is the customer.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  waitForDeviceOnline,
  type CloudClient,
  type CloudEventStream,
} from '../../../electron/core/cloud';
import type { FakeCloud } from '../../../electron/simulator/cloud';
import {
  CLIENT,
  DEVICES,
  EXISTING_CUSTOMER,
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

async function productKeeper() {
  const grant = await client.clientCredentials(CLIENT);
  return client.keepToken(grant, { kind: 'client-credentials', client: CLIENT });
}

describe.each([
  ['a new customer', 'Fresh.Customer@Example.com', true],
  ['an existing customer', EXISTING_CUSTOMER, false],
])('product flow with %s', (_label, email, expectCreated) => {
  it('claims the device to the customer inside the product', async () => {
    const product = await productKeeper();
    const productToken = await product.ensureFresh(HOUR);
    const info = await client.getProduct(productToken, PRODUCT.slug);
    expect(info.id).toBe(PRODUCT.id);

    const customer = await client.customerToken({ ...CLIENT, product: info.id, email });
    expect(customer.created).toBe(expectCreated);
    const { claimCode } = await client.createProductClaimCode(customer.grant.accessToken, info.id);

    const imported = await client.importDevices(productToken, info.id, [
      DEVICES.fresh.toUpperCase(),
    ]);
    expect(imported.updatedDeviceIds).toEqual([DEVICES.fresh]);

    stream = client.openEventStream({
      token: () => product.ensureFresh(HOUR),
      scope: { kind: 'product', product: info.id },
      prefix: 'spark/status',
    });
    await stream.opened;
    const online = waitForDeviceOnline(stream, DEVICES.fresh, { timeoutMs: 1000 });
    await cloud.connectDevice({ deviceId: DEVICES.fresh.toUpperCase(), claimCode });
    const event = await online;
    expect(event.productId).toBe(PRODUCT.id);

    const device = await client.getProductDevice(productToken, info.id, DEVICES.fresh);
    expect(device).toMatchObject({
      online: true,
      owner: email.toLowerCase(),
      productId: PRODUCT.id,
    });
    expect((await client.listDevices(customer.grant.accessToken)).map((d) => d.id)).toContain(
      DEVICES.fresh,
    );
    expect(cloud.device(DEVICES.fresh)).toMatchObject({
      ownerKind: 'customer',
      owner: email.toLowerCase(),
    });
  });
});

describe('product flow failures', () => {
  it('a device that was not imported comes online unclaimed', async () => {
    const customer = await client.customerToken({
      ...CLIENT,
      product: PRODUCT.id,
      email: 'someone@example.com',
    });
    const { claimCode } = await client.createProductClaimCode(
      customer.grant.accessToken,
      PRODUCT.id,
    );
    await cloud.connectDevice({ deviceId: DEVICES.fresh, claimCode });
    expect(cloud.lastClaimVerdict(DEVICES.fresh)).toBe('not-in-product');
    expect(cloud.device(DEVICES.fresh)).toMatchObject({
      online: true,
      owner: null,
      productId: null,
    });
    const productToken = (await client.clientCredentials(CLIENT)).accessToken;
    await expect(
      client.getProductDevice(productToken, PRODUCT.id, DEVICES.fresh),
    ).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('an expired product claim code leaves the imported device online but unowned', async () => {
    const productToken = (await client.clientCredentials(CLIENT)).accessToken;
    const customer = await client.customerToken({
      ...CLIENT,
      product: PRODUCT.id,
      email: EXISTING_CUSTOMER,
    });
    const { claimCode } = await client.createProductClaimCode(
      customer.grant.accessToken,
      PRODUCT.id,
    );
    await client.importDevices(productToken, PRODUCT.id, [DEVICES.fresh]);
    cloud.clock.advance(HOUR + 1);
    await cloud.connectDevice({ deviceId: DEVICES.fresh, claimCode });
    const device = await client.getProductDevice(productToken, PRODUCT.id, DEVICES.fresh);
    expect(device).toMatchObject({ online: true, owner: null });
  });

  it('re-provisioning: unclaim, then remove from the product', async () => {
    const productToken = (await client.clientCredentials(CLIENT)).accessToken;
    await client.unclaimProductDevice(productToken, PRODUCT.id, DEVICES.productOwned);
    await client.removeProductDevice(productToken, PRODUCT.id, DEVICES.productOwned);
    expect(cloud.device(DEVICES.productOwned)).toMatchObject({ owner: null, productId: null });
  });
});
