// Token lifetimes: expiry known from expires_in, renewal before a run via ensureFresh, refresh
// grants, and what happens when renewal is impossible.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CloudError,
  PARTICLE_LOGIN_CLIENT,
  type CloudClient,
  type TokenGrant,
} from '../../../electron/core/cloud';
import type { FakeCloud } from '../../../electron/simulator/cloud';
import {
  CLIENT,
  DAY,
  DEV,
  EXISTING_CUSTOMER,
  HOUR,
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

async function login(expiresInSeconds?: number): Promise<TokenGrant> {
  const outcome = await client.login({
    username: DEV.username,
    password: DEV.password,
    expiresInSeconds,
  });
  if (outcome.status !== 'ok') throw new Error('expected a token');
  return outcome.grant;
}

async function failure(promise: Promise<unknown>): Promise<CloudError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CloudError);
  return error as CloudError;
}

describe('expiry', () => {
  it('expires_in=0 never expires', async () => {
    const grant = await login(0);
    expect(grant.expiresAt).toBeNull();
    cloud.clock.advance(1000 * DAY);
    expect((await client.currentUser(grant.accessToken)).username).toBe(DEV.username);
  });

  it('the default 90-day token expires on the fake’s clock', async () => {
    const grant = await login();
    cloud.clock.advance(90 * DAY - 1000);
    await client.currentUser(grant.accessToken);
    cloud.clock.advance(2000);
    expect((await failure(client.currentUser(grant.accessToken))).kind).toBe('expired-token');
  });
});

async function productGrant(expiresInSeconds?: number): Promise<TokenGrant> {
  return client.clientCredentials({ ...CLIENT, expiresInSeconds });
}

describe('refresh grant', () => {
  it('a product token: a new working pair; the old refresh token is spent', async () => {
    const grant = await productGrant(3600);
    const renewed = await client.refresh({ ...CLIENT, refreshToken: grant.refreshToken! });
    expect(renewed.accessToken).not.toBe(grant.accessToken);
    expect((await client.getProduct(renewed.accessToken, PRODUCT.id)).id).toBe(PRODUCT.id);
    expect(
      (await failure(client.refresh({ ...CLIENT, refreshToken: grant.refreshToken! }))).kind,
    ).toBe('expired-token');
  });

  it('a password login gets a refresh token the cloud will not take ("only product tokens")', async () => {
    const grant = await login(3600);
    expect(grant.refreshToken).not.toBeNull();
    const error = await failure(
      client.refresh({ ...PARTICLE_LOGIN_CLIENT, refreshToken: grant.refreshToken! }),
    );
    expect(error.kind).toBe('expired-token');
    expect(error.message).toMatch(/Sign in again/);
  });

  it('refresh tokens live 14 days', async () => {
    const grant = await productGrant(3600);
    cloud.clock.advance(14 * DAY + 1000);
    const error = await failure(client.refresh({ ...CLIENT, refreshToken: grant.refreshToken! }));
    expect(error.kind).toBe('expired-token');
    expect(error.detail).toBe('Refresh token has expired');
  });
});

describe('ensureFresh', () => {
  it('keeps a token with enough life, renews one without (product tokens)', async () => {
    const keeper = client.keepToken(await productGrant(2 * 3600), {
      kind: 'client-credentials',
      client: CLIENT,
    });
    const first = keeper.grant.accessToken;
    expect(await keeper.ensureFresh(HOUR)).toBe(first);
    cloud.clock.advance(1.5 * HOUR);
    expect(keeper.remainingMs()).toBe(0.5 * HOUR);
    const renewed = await keeper.ensureFresh(HOUR);
    expect(renewed).not.toBe(first);
    expect(keeper.remainingMs()).toBe(90 * DAY); // a refreshed token gets the default lifetime
    expect((await client.getProduct(renewed, PRODUCT.id)).id).toBe(PRODUCT.id);
  });

  it('two callers at once share one renewal', async () => {
    const keeper = client.keepToken(await productGrant(60), {
      kind: 'client-credentials',
      client: CLIENT,
    });
    const [a, b] = await Promise.all([keeper.ensureFresh(HOUR), keeper.ensureFresh(HOUR)]);
    expect(a).toBe(b);
    expect(cloud.requests.filter((r) => r.path === '/oauth/token')).toHaveLength(2); // grant + one refresh
  });

  it('a pasted token with unknown expiry is used as is; a known-short one asks again', async () => {
    const pasted = client.keepToken(client.pastedToken(DEV.token), { kind: 'none' });
    expect(await pasted.ensureFresh(HOUR)).toBe(DEV.token);
    const short = client.keepToken({ ...(await login(60)), refreshToken: null }, { kind: 'none' });
    const error = await failure(short.ensureFresh(HOUR));
    expect(error.kind).toBe('expired-token');
    expect(error.message).toMatch(/Sign in again/);
  });

  it('a password login close to expiry asks to sign in again without a token request', async () => {
    const keeper = client.keepToken(await login(60), { kind: 'none' });
    const before = cloud.requests.filter((r) => r.path === '/oauth/token').length;
    expect((await failure(keeper.ensureFresh(HOUR))).kind).toBe('expired-token');
    // Nothing sent: a refused refresh would count towards the login lockout.
    expect(cloud.requests.filter((r) => r.path === '/oauth/token')).toHaveLength(before);
  });

  it('two-legged tokens fall back to a new client-credentials grant', async () => {
    const grant = await client.clientCredentials({
      ...CLIENT,
      customerEmail: EXISTING_CUSTOMER,
      expiresInSeconds: 60,
    });
    const keeper = client.keepToken(grant, {
      kind: 'client-credentials',
      client: CLIENT,
      customerEmail: EXISTING_CUSTOMER,
    });
    cloud.clock.advance(15 * DAY); // both the token and its refresh token are dead
    const fresh = await keeper.ensureFresh(HOUR);
    expect((await client.currentUser(fresh)).username).toBe(EXISTING_CUSTOMER);
    expect(keeper.grant.scope).toBe(`customer=${EXISTING_CUSTOMER}`);
  });

  it('a cloud outage during renewal is reported as such, not as "sign in again"', async () => {
    const keeper = client.keepToken(await productGrant(60), {
      kind: 'client-credentials',
      client: CLIENT,
    });
    cloud.injectFault({ path: '/oauth/token', status: 503, times: 5 });
    expect((await failure(keeper.ensureFresh(HOUR))).kind).toBe('server-error');
  });
});
