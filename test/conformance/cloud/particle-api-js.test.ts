// Particle's own client, pointed at the fake cloud, makes every call it supports that our flows
// use. Its request encodings (form login with body credentials, JSON bodies, multipart file,
// per_page, ?nonce, Bearer SSE, %2F-encoded event names) are what the real API accepts, so the
// fake must accept them, and its replies must have the shapes the package expects.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Particle from 'particle-api-js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeCloud } from '../../../electron/simulator/cloud';
import {
  CLIENT,
  DEV,
  DEVICES,
  EXISTING_CUSTOMER,
  MFA_USER,
  PRODUCT,
  startTestCloud,
} from '../../unit/cloud/support';

type Stream = Awaited<ReturnType<Particle['getEventStream']>>;

let cloud: FakeCloud;
let api: Particle;
const openStreams: Stream[] = [];

beforeEach(async () => {
  cloud = await startTestCloud();
  api = new Particle({ baseUrl: cloud.baseUrl });
});
afterEach(async () => {
  for (const stream of openStreams.splice(0)) stream.abort();
  await cloud.close();
});

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => Promise.reject(new Error('expected a rejection')),
    (e: unknown) =>
      e as { statusCode: number; errorDescription: string; body: Record<string, unknown> },
  );

async function devLogin(): Promise<string> {
  const { body } = await api.login({ username: DEV.username, password: DEV.password });
  return body.access_token;
}

async function productToken(): Promise<string> {
  const client = new Particle({
    baseUrl: cloud.baseUrl,
    clientId: CLIENT.clientId,
    clientSecret: CLIENT.clientSecret,
  });
  return (await client.loginAsClientOwner()).body.access_token;
}

async function firstEvent(
  stream: Stream,
): Promise<{ name: string; data: string; coreid: string; userid?: string }> {
  openStreams.push(stream);
  return new Promise((resolve) =>
    stream.on('event', (event: { name: string; data: string; coreid: string; userid?: string }) =>
      resolve(event),
    ),
  );
}

describe('particle-api-js against the fake cloud', () => {
  it('login: token shape, wrong password, MFA', async () => {
    const { body, statusCode } = await api.login({
      username: DEV.username,
      password: DEV.password,
      tokenDuration: 3600,
    });
    expect(statusCode).toBe(200);
    expect(body).toMatchObject({ token_type: 'bearer', expires_in: 3600 });
    expect(body.access_token).toMatch(/^[0-9a-f]{40}$/);
    expect(body.refresh_token).toMatch(/^[0-9a-f]{40}$/);

    const wrong = await rejection(api.login({ username: DEV.username, password: 'wrong' }));
    expect(wrong.statusCode).toBe(400);
    expect(wrong.errorDescription).toContain('User credentials are invalid');

    const mfa = await rejection(
      api.login({ username: MFA_USER.username, password: MFA_USER.password }),
    );
    expect(mfa.statusCode).toBe(403);
    expect(mfa.body.error).toBe('mfa_required');
    expect(mfa.body.error_description).toBe('Multi-factor authentication required');
    const wrongCode = await rejection(
      api.sendOtp({ mfaToken: String(mfa.body.mfa_token), otp: '000000' }),
    );
    expect(wrongCode.statusCode).toBe(401);
    const otp = await api.sendOtp({ mfaToken: String(mfa.body.mfa_token), otp: MFA_USER.code });
    expect(otp.body.access_token).toMatch(/^[0-9a-f]{40}$/);
  });

  it("refuses what the real cloud refuses, and Particle's client never asks for it", async () => {
    const token = await devLogin();
    // A token in a JSON body: node-oauth2-server's authorise.js refuses it (form bodies only).
    const jsonBody = await fetch(`${cloud.baseUrl}/v1/devices`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ access_token: token, id: DEVICES.fresh }),
    });
    expect(jsonBody.status).toBe(400);
    expect(await jsonBody.json()).toMatchObject({ error: 'invalid_request' });
    // The same token in a form body is accepted (deprecated, still documented).
    const formBody = await fetch(`${cloud.baseUrl}/v1/device_claims`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ access_token: token }).toString(),
    });
    expect(formBody.status).toBe(200);
    // An import of an id no device ever had is reported, not imported.
    const product = await productToken();
    const imported = await api.addDeviceToProduct({
      deviceId: 'ffffffffffffffffffffffff',
      product: PRODUCT.id,
      auth: product,
    });
    expect((imported.body as { invalidDeviceIds?: string[] }).invalidDeviceIds).toEqual([
      'ffffffffffffffffffffffff',
    ]);
    const wrongType = await fetch(`${cloud.baseUrl}/v1/products/${PRODUCT.id}/devices`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${product}`, 'Content-Type': 'text/plain' },
      body: DEVICES.fresh,
    });
    expect(wrongType.status).toBe(400);
    // A password login's refresh token: "Refresh tokens only work for product tokens".
    const { body } = await api.login({ username: DEV.username, password: DEV.password });
    const refresh = await fetch(`${cloud.baseUrl}/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: body.refresh_token,
        client_id: 'particle-api',
        client_secret: 'particle-api',
      }).toString(),
    });
    expect(refresh.status).toBe(400);
  });

  it('user info', async () => {
    const { body } = await api.getUserInfo({ auth: await devLogin() });
    expect(body.username).toBe(DEV.username);
  });

  it('claim codes: developer and product (customer created by createCustomer)', async () => {
    const dev = await api.getClaimCode({ auth: await devLogin() });
    expect(dev.body.claim_code).toMatch(/^[A-Za-z0-9+/]{63}$/);
    expect(dev.body.device_ids).toEqual([DEVICES.devOwned]);

    const productApi = new Particle({
      baseUrl: cloud.baseUrl,
      clientId: CLIENT.clientId,
      clientSecret: CLIENT.clientSecret,
    });
    const created = await productApi.createCustomer({
      email: 'pajs@customer.example',
      password: 'unused',
      product: PRODUCT.id,
    });
    expect(created.statusCode).toBe(201);
    const customerToken = created.body.access_token;
    const product = await api.getClaimCode({ product: PRODUCT.slug, auth: customerToken });
    expect(product.body).toMatchObject({ device_ids: [] });
    expect(product.body.claim_code).toHaveLength(63);
  });

  it('product: get, list, import one id and a file', async () => {
    const auth = await productToken();
    const product = await api.getProduct({ product: PRODUCT.slug, auth });
    expect(product.body.product).toMatchObject({
      id: PRODUCT.id,
      slug: PRODUCT.slug,
      platform_id: 6,
    });

    const one = await api.addDeviceToProduct({
      deviceId: DEVICES.fresh,
      product: PRODUCT.id,
      auth,
    });
    expect(one.body).toMatchObject({
      updated: 1,
      updatedDeviceIds: [DEVICES.fresh],
      nonmemberDeviceIds: [],
      invalidDeviceIds: [],
    });

    const dir = await mkdtemp(join(tmpdir(), 'pajs-'));
    const file = join(dir, 'ids.txt');
    await writeFile(file, `${DEVICES.fresh}\n${DEVICES.fresh2}\nzzz\n`);
    const many = await api.addDeviceToProduct({ file, product: PRODUCT.id, auth });
    expect(many.body).toMatchObject({
      updated: 1,
      updatedDeviceIds: [DEVICES.fresh2],
      existingDeviceIds: [DEVICES.fresh],
      invalidDeviceIds: ['zzz'],
    });

    const page = await api.listDevices({ product: PRODUCT.id, page: 1, perPage: 2, auth });
    const list = page.body as { devices: Array<{ id: string }>; meta: { total_pages: number } };
    expect(list.devices).toHaveLength(2);
    expect(list.meta.total_pages).toBe(2);
  });

  it('devices: list, get, variable, claim, unclaim (developer)', async () => {
    const auth = await devLogin();
    const list = (await api.listDevices({ auth })).body as Array<{ id: string }>;
    expect(list.map((d) => d.id)).toEqual([DEVICES.devOwned]);
    expect((await api.getDevice({ deviceId: DEVICES.devOwned, auth })).body).toMatchObject({
      id: DEVICES.devOwned,
      online: true,
    });
    expect(
      (await api.getVariable({ deviceId: DEVICES.devOwned, name: 'temp', auth })).body,
    ).toMatchObject({ cmd: 'VarReturn', name: 'temp', result: 21 });

    const denied = await rejection(api.getDevice({ deviceId: DEVICES.otherOwned, auth }));
    expect(denied.statusCode).toBe(403);
    expect(denied.body.error).toBe('Permission Denied');

    await cloud.connectDevice({ deviceId: DEVICES.fresh });
    expect(
      (await api.claimDevice({ deviceId: DEVICES.fresh, requestTransfer: false, auth })).body,
    ).toMatchObject({ ok: true });
    const owned = await rejection(
      api.claimDevice({ deviceId: DEVICES.otherOwned, requestTransfer: false, auth }),
    );
    expect(owned.statusCode).toBe(403);
    expect(owned.body.errors).toEqual(['That belongs to someone else.']);

    expect((await api.removeDevice({ deviceId: DEVICES.fresh, auth })).body).toEqual(
      expect.objectContaining({ ok: true }),
    );
    expect(cloud.device(DEVICES.fresh)?.owner).toBeNull();
  });

  it('signal: the rainbow on and off, developer and product; offline is the recorded 500', async () => {
    const auth = await devLogin();
    const told: Array<[string, boolean]> = [];
    cloud.onSignal((deviceId, on) => told.push([deviceId, on]));
    expect(
      (await api.signalDevice({ deviceId: DEVICES.devOwned, signal: true, auth })).body,
    ).toEqual({ id: DEVICES.devOwned, connected: true, signaling: true });
    expect(
      (await api.signalDevice({ deviceId: DEVICES.devOwned, signal: false, auth })).body,
    ).toMatchObject({ signaling: false });
    const product = await productToken();
    expect(
      (
        await api.signalDevice({
          deviceId: DEVICES.productOwned,
          signal: true,
          product: PRODUCT.id,
          auth: product,
        })
      ).body,
    ).toMatchObject({ signaling: true });
    expect(told).toEqual([
      [DEVICES.devOwned, true],
      [DEVICES.devOwned, false],
      [DEVICES.productOwned, true],
    ]);
    await cloud.disconnectDevice(DEVICES.devOwned);
    const offline = await rejection(
      api.signalDevice({ deviceId: DEVICES.devOwned, signal: true, auth }),
    );
    expect(offline.statusCode).toBe(500);
    expect(offline.body.errors).toEqual([
      { error: "Timed out, didn't hear back from device service" },
    ]);
  });

  it('product device: get, remove owner, remove from product (204 → {})', async () => {
    const auth = await productToken();
    const device = await api.getDevice({
      deviceId: DEVICES.productOwned,
      product: PRODUCT.id,
      auth,
    });
    expect(device.body).toMatchObject({ id: DEVICES.productOwned, owner: EXISTING_CUSTOMER });
    expect(
      (await api.removeDeviceOwner({ deviceId: DEVICES.productOwned, product: PRODUCT.id, auth }))
        .body,
    ).toMatchObject({ ok: true });
    const removed = await api.removeDevice({
      deviceId: DEVICES.productOwned,
      product: PRODUCT.id,
      auth,
    });
    expect(removed.statusCode).toBe(204);
    expect(cloud.device(DEVICES.productOwned)).toMatchObject({ owner: null, productId: null });
    const gone = await rejection(
      api.getDevice({ deviceId: DEVICES.productOwned, product: PRODUCT.id, auth }),
    );
    expect(gone.statusCode).toBe(404);
  });

  it('event streams: "mine" with an encoded name filter, and the product stream', async () => {
    const auth = await devLogin();
    const mine = firstEvent(
      await api.getEventStream({ deviceId: 'mine', name: 'spark/status', auth }),
    );
    await cloud.connectDevice({ deviceId: DEVICES.devOwned });
    expect(await mine).toMatchObject({
      name: 'spark/status',
      data: 'offline',
      coreid: DEVICES.devOwned,
    });

    const token = await productToken();
    await api.addDeviceToProduct({ deviceId: DEVICES.fresh, product: PRODUCT.id, auth: token });
    const product = firstEvent(
      await api.getEventStream({ product: PRODUCT.id, name: 'spark/status', auth: token }),
    );
    await cloud.connectDevice({ deviceId: DEVICES.fresh });
    expect(await product).toMatchObject({
      name: 'spark/status',
      data: 'online',
      coreid: DEVICES.fresh,
      userid: '',
    });
  });

  it('event stream with a bad token is refused with the JSON error', async () => {
    const error = (await api.getEventStream({ deviceId: 'mine', auth: 'f'.repeat(40) }).then(
      () => null,
      (e: unknown) => e,
    )) as { statusCode: number; body: { error: string } };
    expect(error.statusCode).toBe(401);
    expect(error.body.error).toBe('invalid_token');
  });
});
