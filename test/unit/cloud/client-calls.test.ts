// Our client against the fake cloud: every call, and the normalised error for every failure.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CloudError, type CloudClient } from '../../../electron/core/cloud';
import type { FakeCloud } from '../../../electron/simulator/cloud';
import {
  CLIENT,
  DEV,
  DEVICES,
  EXISTING_CUSTOMER,
  OTHER,
  PRODUCT,
  clientFor,
  startTestCloud,
} from './support';

let cloud: FakeCloud;
let client: CloudClient;

beforeEach(async () => {
  cloud = await startTestCloud();
  client = clientFor(cloud);
});
afterEach(async () => {
  await cloud.close();
});

async function failure(promise: Promise<unknown>): Promise<CloudError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CloudError);
  return error as CloudError;
}

const productToken = async () => (await client.clientCredentials(CLIENT)).accessToken;
const customerToken = async (email = EXISTING_CUSTOMER) =>
  (await client.clientCredentials({ ...CLIENT, customerEmail: email })).accessToken;

describe('auth', () => {
  it('logs in with email and password and shows who is connected', async () => {
    const outcome = await client.login({ username: ' Dev@Example.com ', password: DEV.password });
    expect(outcome.status).toBe('ok');
    if (outcome.status !== 'ok') return;
    expect(outcome.grant.accessToken).toMatch(/^[0-9a-f]{40}$/);
    expect(outcome.grant.refreshToken).toMatch(/^[0-9a-f]{40}$/);
    expect(outcome.grant.expiresAt).toBe(cloud.clock.now() + 7_776_000_000);
    expect(await client.currentUser(outcome.grant.accessToken)).toEqual({ username: DEV.username });
  });

  it('asks for the one-time code when the account has MFA, then completes', async () => {
    const outcome = await client.login({
      username: 'mfa@example.com',
      password: 'mfa-password-Secret3',
    });
    expect(outcome.status).toBe('mfa-required');
    if (outcome.status !== 'mfa-required') return;
    // A wrong code is the code's fault, not the password's, and the sign-in still waits.
    const wrong = await failure(client.completeMfa({ mfaToken: outcome.mfaToken, otp: '000000' }));
    expect(wrong.kind).toBe('mfa-code-rejected');
    expect(wrong.message).toMatch(/did not accept that code/);
    expect(wrong.message).not.toMatch(/email or password/);
    // A pending sign-in the cloud no longer knows is over.
    expect(
      (await failure(client.completeMfa({ mfaToken: 'stale-token', otp: '654321' }))).kind,
    ).toBe('mfa-expired');
    const grant = await client.completeMfa({ mfaToken: outcome.mfaToken, otp: '654321' });
    expect((await client.currentUser(grant.accessToken)).username).toBe('mfa@example.com');
  });

  it('maps a wrong password and a wrong client secret', async () => {
    expect((await failure(client.login({ username: DEV.username, password: 'nope' }))).kind).toBe(
      'bad-credentials',
    );
    expect(
      (await failure(client.clientCredentials({ ...CLIENT, clientSecret: 'wrong' }))).kind,
    ).toBe('bad-client');
  });

  it('a pasted token works and an unknown one is a bad token', async () => {
    expect((await client.currentUser(client.pastedToken(DEV.token).accessToken)).username).toBe(
      DEV.username,
    );
    expect((await failure(client.currentUser('f'.repeat(40)))).kind).toBe('bad-token');
  });

  it('gets product tokens with and without a customer scope', async () => {
    const product = await client.clientCredentials(CLIENT);
    expect(product.scope).toBeNull();
    const scoped = await client.clientCredentials({
      ...CLIENT,
      customerEmail: EXISTING_CUSTOMER.toUpperCase(),
    });
    expect(scoped.scope).toBe(`customer=${EXISTING_CUSTOMER}`);
    expect((await client.currentUser(scoped.accessToken)).username).toBe(EXISTING_CUSTOMER);
    const unknown = await failure(
      client.clientCredentials({ ...CLIENT, customerEmail: 'nobody@x.example' }),
    );
    expect(unknown.kind).toBe('customer-refused');
    expect(unknown.message).toMatch(/customer email/);
    // A wrong secret on the scoped grant is still the client's problem.
    expect(
      (
        await failure(
          client.clientCredentials({
            ...CLIENT,
            clientSecret: 'x',
            customerEmail: EXISTING_CUSTOMER,
          }),
        )
      ).kind,
    ).toBe('bad-client');
  });

  it('falls back to a scoped token only when the customer already exists; other refusals show', async () => {
    for (const status of [401, 403, 404]) {
      const refusing = clientFor(cloud, {
        fetch: async (input, init) =>
          String(input).includes('/customers')
            ? Response.json({ ok: false, error: 'Permission denied' }, { status })
            : fetch(input, init),
      });
      const error = await failure(
        refusing.customerToken({ ...CLIENT, product: PRODUCT.id, email: EXISTING_CUSTOMER }),
      );
      expect(error.status).toBe(status);
    }
    const wrongClient = await failure(
      client.customerToken({
        ...CLIENT,
        clientSecret: 'wrong',
        product: PRODUCT.id,
        email: 'brand-new@customer.example',
      }),
    );
    expect(wrongClient.kind).toBe('bad-client');
    expect(cloud.customerEmails(PRODUCT.id)).not.toContain('brand-new@customer.example');
  });

  it('creates a shadow customer, and falls back to a scoped token when it exists', async () => {
    const created = await client.customerToken({
      ...CLIENT,
      product: PRODUCT.slug,
      email: 'New@Customer.example',
    });
    expect(created.created).toBe(true);
    expect(created.grant.scope).toBe('customer=new@customer.example');
    expect(cloud.customerEmails(PRODUCT.id)).toContain('new@customer.example');
    const again = await client.customerToken({
      ...CLIENT,
      product: PRODUCT.id,
      email: 'new@customer.example',
    });
    expect(again.created).toBe(false);
    expect(again.grant.scope).toBe('customer=new@customer.example');
    const existing = await client.customerToken({
      ...CLIENT,
      product: PRODUCT.id,
      email: EXISTING_CUSTOMER,
    });
    expect(existing.created).toBe(false);
    const direct = await failure(
      client.createCustomer({ ...CLIENT, product: PRODUCT.id, email: EXISTING_CUSTOMER }),
    );
    expect(direct.kind).toBe('bad-request');
    expect(direct.status).toBe(400);
  });
});

describe('claim codes', () => {
  it('developer code: 63 base64 characters and the devices already owned', async () => {
    const code = await client.createClaimCode(DEV.token);
    expect(code.claimCode).toMatch(/^[A-Za-z0-9+/]{63}$/);
    expect(code.deviceIds).toEqual([DEVICES.devOwned]);
  });

  it('product code needs a customer token of that product', async () => {
    const code = await client.createProductClaimCode(await customerToken(), PRODUCT.id);
    expect(code.claimCode).toHaveLength(63);
    expect(code.deviceIds).toEqual([DEVICES.productOwned]);
    expect(
      (await failure(client.createProductClaimCode(await productToken(), PRODUCT.id))).kind,
    ).toBe('permission-denied');
    expect((await failure(client.createProductClaimCode(await customerToken(), 999))).kind).toBe(
      'not-found',
    );
  });
});

describe('products', () => {
  it('reads a product by id and by slug, also in the 2018 array shape', async () => {
    const token = await productToken();
    const byId = await client.getProduct(token, PRODUCT.id);
    expect(byId).toEqual({ id: PRODUCT.id, slug: PRODUCT.slug, name: PRODUCT.name, platformId: 6 });
    cloud.settings.productAsArray = true;
    expect(await client.getProduct(token, PRODUCT.slug)).toEqual(byId);
    expect((await failure(client.getProduct(token, 'no-such-product'))).kind).toBe('not-found');
    expect((await failure(client.getProduct(await customerToken(), PRODUCT.id))).kind).toBe(
      'permission-denied',
    );
  });

  it('imports one id (lowercased) and a list of ids, reporting every list', async () => {
    const token = await productToken();
    const one = await client.importDevices(token, PRODUCT.id, [DEVICES.fresh.toUpperCase()]);
    expect(one.updated).toBe(1);
    expect(one.updatedDeviceIds).toEqual([DEVICES.fresh]);
    const many = await client.importDevices(token, PRODUCT.slug, [
      DEVICES.fresh,
      DEVICES.fresh2,
      DEVICES.otherOwned,
      'not-an-id',
    ]);
    expect(many).toMatchObject({
      updated: 1,
      updatedDeviceIds: [DEVICES.fresh2],
      existingDeviceIds: [DEVICES.fresh],
      nonmemberDeviceIds: [DEVICES.otherOwned],
      invalidDeviceIds: ['not-an-id'],
    });
    expect(cloud.device(DEVICES.fresh2)?.productId).toBe(PRODUCT.id);
  });

  it('gets and pages product devices', async () => {
    const token = await productToken();
    await client.importDevices(token, PRODUCT.id, [DEVICES.fresh, DEVICES.fresh2]);
    const device = await client.getProductDevice(
      token,
      PRODUCT.id,
      DEVICES.productOwned.toUpperCase(),
    );
    expect(device).toMatchObject({
      id: DEVICES.productOwned,
      owner: EXISTING_CUSTOMER,
      online: true,
      productId: PRODUCT.id,
    });
    expect((await client.getProductDevice(token, PRODUCT.id, DEVICES.fresh)).owner).toBeNull();
    const page1 = await client.listProductDevices(token, PRODUCT.id, { perPage: 2 });
    expect(page1.devices).toHaveLength(2);
    expect(page1.totalPages).toBe(2);
    const all = await client.listAllProductDevices(token, PRODUCT.id, { perPage: 1 });
    expect(all.map((d) => d.id).sort()).toEqual(
      [DEVICES.fresh, DEVICES.fresh2, DEVICES.productOwned].sort(),
    );
    expect((await failure(client.getProductDevice(token, PRODUCT.id, DEVICES.devOwned))).kind).toBe(
      'not-found',
    );
  });

  it('unclaims a product device (200 or 204), then removes it', async () => {
    const token = await productToken();
    await client.unclaimProductDevice(token, PRODUCT.id, DEVICES.productOwned);
    expect(cloud.device(DEVICES.productOwned)?.owner).toBeNull();
    cloud.settings.unclaimOwnerStatus = 204;
    await client.unclaimProductDevice(token, PRODUCT.id, DEVICES.productOwned);
    await client.removeProductDevice(token, PRODUCT.id, DEVICES.productOwned);
    expect(cloud.device(DEVICES.productOwned)?.productId).toBeNull();
    expect(
      (await failure(client.removeProductDevice(token, PRODUCT.id, DEVICES.productOwned))).kind,
    ).toBe('not-found');
  });
});

describe('devices', () => {
  it('gets and lists the account’s devices, ids lowercased', async () => {
    const device = await client.getDevice(DEV.token, DEVICES.devOwned.toUpperCase());
    expect(device).toMatchObject({
      id: DEVICES.devOwned,
      owner: DEV.username,
      online: true,
      platformId: 6,
      productId: 6,
    });
    const list = await client.listDevices(DEV.token);
    expect(list.map((d) => d.id)).toEqual([DEVICES.devOwned]);
    expect(list[0]?.owner).toBeNull(); // the real list omits owner
  });

  it('someone else’s device is permission denied (legacy body with a URL in it)', async () => {
    const error = await failure(client.getDevice(DEV.token, DEVICES.otherOwned));
    expect(error.kind).toBe('permission-denied');
    expect(error.status).toBe(403);
    expect(error.detail).toContain('Permission Denied');
    expect(error.detail).not.toMatch(/access_token=undefined/);
  });

  it('reads variables: value, missing (404), offline (408)', async () => {
    expect(await client.getVariable(DEV.token, DEVICES.devOwned, 'temp')).toEqual({
      name: 'temp',
      result: 21,
    });
    expect(
      (
        await client.getVariable(await productToken(), DEVICES.productOwned, 'temp', {
          product: PRODUCT.id,
        })
      ).result,
    ).toBe(1083);
    expect((await failure(client.getVariable(DEV.token, DEVICES.devOwned, 'nope'))).kind).toBe(
      'not-found',
    );
    await cloud.disconnectDevice(DEVICES.devOwned);
    const offline = await failure(client.getVariable(DEV.token, DEVICES.devOwned, 'temp'));
    expect([offline.kind, offline.status]).toEqual(['device-offline', 408]);
  });

  it('claims by id: online+unclaimed ok; owned by another, offline and unknown fail', async () => {
    await cloud.connectDevice({ deviceId: DEVICES.fresh });
    await client.claimDevice(DEV.token, DEVICES.fresh.toUpperCase());
    expect(cloud.device(DEVICES.fresh)).toMatchObject({ owner: DEV.username, ownerKind: 'user' });
    expect((await failure(client.claimDevice(DEV.token, DEVICES.otherOwned))).kind).toBe(
      'owned-by-someone-else',
    );
    cloud.addDevice(DEVICES.fresh2);
    expect((await failure(client.claimDevice(DEV.token, DEVICES.fresh2))).kind).toBe(
      'device-offline',
    );
    expect((await failure(client.claimDevice(DEV.token, 'ffffffffffffffffffffffff'))).kind).toBe(
      'not-found',
    );
  });

  it('unclaims a developer device', async () => {
    await client.unclaimDevice(DEV.token, DEVICES.devOwned);
    expect(cloud.device(DEVICES.devOwned)?.owner).toBeNull();
    expect((await failure(client.unclaimDevice(DEV.token, DEVICES.devOwned))).kind).toBe(
      'permission-denied',
    );
  });
});

describe('token errors on any call', () => {
  it('expired token → expired-token; other user’s login is separate', async () => {
    const outcome = await client.login({
      username: OTHER.username,
      password: OTHER.password,
      expiresInSeconds: 60,
    });
    if (outcome.status !== 'ok') throw new Error('login failed');
    cloud.clock.advance(61_000);
    expect((await failure(client.listDevices(outcome.grant.accessToken))).kind).toBe(
      'expired-token',
    );
  });

  it('an injected 401 is a bad token and is not retried', async () => {
    cloud.injectFault({ path: '/v1/devices', status: 401, times: 5 });
    expect((await failure(client.listDevices(DEV.token))).kind).toBe('bad-token');
    expect(cloud.requests.filter((r) => r.path === '/v1/devices')).toHaveLength(1);
  });
});
