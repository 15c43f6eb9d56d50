// Shared set-up for the cloud tests: a fake cloud on 127.0.0.1 and a client pointed at it with
// short, bounded timeouts, and the client's clock tied to the fake's so expiry agrees.
import { createCloudClient, type CloudClientOptions } from '../../../electron/core/cloud';
import { createFakeClock } from '../../../electron/simulator/cloud/fake-clock';
import {
  startFakeCloud,
  type FakeCloud,
  type FakeCloudOptions,
  type SeedInput,
} from '../../../electron/simulator/cloud';

export const DEV = {
  username: 'dev@example.com',
  password: 'dev-password-Secret1',
  token: 'devtoken0000000000000000000000000000seed',
};
export const OTHER = { username: 'other@example.com', password: 'other-password-Secret2' };
export const MFA_USER = {
  username: 'mfa@example.com',
  password: 'mfa-password-Secret3',
  code: '654321',
};
export const PRODUCT = { id: 4242, slug: 'widget-v1', name: 'Widget' };
export const CLIENT = {
  clientId: 'widget-4242',
  clientSecret: 'client-secret-Secret4-abcdef0123456789',
};
export const EXISTING_CUSTOMER = 'existing@customer.example';
export const DEVICES = {
  devOwned: '1e0032000447343232363230',
  otherOwned: '2a0044000a47343337373738',
  productOwned: '3b0021001747353236343033',
  fresh: '4c0055000b47343337373739',
  fresh2: '5d0066000c4734333737373a',
};

const testSeed = (): SeedInput => ({
  users: [
    { username: DEV.username, password: DEV.password },
    { username: OTHER.username, password: OTHER.password },
    { username: MFA_USER.username, password: MFA_USER.password, mfaCode: MFA_USER.code },
  ],
  tokens: [{ accessToken: DEV.token, username: DEV.username }],
  clients: [{ ...CLIENT, product: PRODUCT.id }],
  products: [{ ...PRODUCT, platformId: 6, team: [DEV.username] }],
  customers: [{ product: PRODUCT.id, email: EXISTING_CUSTOMER }],
  devices: [
    {
      id: DEVICES.devOwned,
      name: 'bench',
      ownerUser: DEV.username,
      online: true,
      variables: { temp: 21, label: 'lab' },
    },
    { id: DEVICES.otherOwned, ownerUser: OTHER.username, online: true },
    {
      id: DEVICES.productOwned,
      product: PRODUCT.id,
      ownerCustomer: EXISTING_CUSTOMER,
      online: true,
      variables: { temp: 1083 },
    },
  ],
});

export const FAST_RETRY = {
  maxAttempts: 3,
  baseDelayMs: 5,
  maxDelayMs: 40,
  rateLimitDelayMs: 10,
  maxRetryAfterMs: 1_500,
};

/**
 * The real cloud's behaviour with short delays: the claim lands 20 ms after the handshake and a
 * dropped device is listed online for 300 ms. Particle knows every Photon it made, so the
 * "fresh" ones exist for it before they first connect.
 */
export async function startTestCloud(options: FakeCloudOptions = {}): Promise<FakeCloud> {
  const cloud = await startFakeCloud({
    seed: testSeed(),
    keepAliveMs: 100,
    // Lifetimes are compared to the millisecond here: the clock moves only when a test says so.
    clock: createFakeClock({ frozen: true }),
    ...options,
    settings: { claimDelayMs: 20, offlineLagMs: 300, ...options.settings },
  });
  cloud.addDevice(DEVICES.fresh);
  cloud.addDevice(DEVICES.fresh2);
  return cloud;
}

export function clientFor(cloud: FakeCloud, options: CloudClientOptions = {}) {
  return createCloudClient({
    baseUrl: cloud.baseUrl,
    now: cloud.clock.now,
    requestTimeoutMs: 2_000,
    retry: FAST_RETRY,
    ...options,
  });
}

export const HOUR = 3600 * 1000;
export const DAY = 24 * HOUR;
