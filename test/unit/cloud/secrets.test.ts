// Secrets never leak: force every failure path with known secret values and look for them in
// every log line, error message, serialised error and inspected error.
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CloudError,
  createCloudClient,
  PARTICLE_LOGIN_CLIENT,
  type CloudClientOptions,
} from '../../../electron/core/cloud';
import type { FakeCloud } from '../../../electron/simulator/cloud';
import { CLIENT, DEV, FAST_RETRY, HOUR, MFA_USER, PRODUCT, startTestCloud } from './support';

const SECRET_TOKEN = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const SECRET_REFRESH = 'refresh-SECRET-0f1e2d3c4b5a69788796a5b4';
const SECRET_PASSWORD = 'hunter2-SECRET-password';
const SECRET_CLIENT = 'client-SECRET-9876543210fedcba';
const SECRET_OTP = '997755';
const SECRETS = [
  SECRET_TOKEN,
  SECRET_REFRESH,
  SECRET_PASSWORD,
  SECRET_CLIENT,
  SECRET_OTP,
  CLIENT.clientSecret,
  DEV.token,
  DEV.password,
  MFA_USER.password,
];

let cloud: FakeCloud;
const logs: string[] = [];
const captured: unknown[] = [];

beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(async () => {
  await cloud.close();
});

function makeClient(options: CloudClientOptions = {}) {
  return createCloudClient({
    baseUrl: cloud.baseUrl,
    now: cloud.clock.now,
    requestTimeoutMs: 150,
    retry: FAST_RETRY,
    sleep: async () => {},
    log: { debug: (m) => logs.push(m), warn: (m) => logs.push(m) },
    ...options,
  });
}

async function capture(promise: Promise<unknown>): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CloudError);
  captured.push(error);
}

/** A fetch that fails the way a badly behaved network or cloud would, quoting everything it got. */
const echoingFetch =
  (status: number): typeof fetch =>
  async (input, init) => {
    const echo = `${String(input)} ${JSON.stringify(init?.headers)} ${String(init?.body)}`;
    return Response.json(
      {
        error: 'invalid_request',
        error_description: `bad request ${echo}`,
        info: `see ${echo}`,
        errors: [echo],
      },
      { status },
    );
  };

describe('no secret reaches a log or an error', () => {
  it('forces every failure path', async () => {
    const client = makeClient();
    await capture(client.login({ username: DEV.username, password: SECRET_PASSWORD }));
    const mfa = await client.login({ username: MFA_USER.username, password: MFA_USER.password });
    if (mfa.status !== 'mfa-required') throw new Error('expected mfa');
    await capture(client.completeMfa({ mfaToken: mfa.mfaToken, otp: SECRET_OTP }));
    await capture(
      client.clientCredentials({ clientId: CLIENT.clientId, clientSecret: SECRET_CLIENT }),
    );
    await capture(
      client.clientCredentials({
        clientId: CLIENT.clientId,
        clientSecret: SECRET_CLIENT,
        customerEmail: 'x@y.example',
      }),
    );
    await capture(client.refresh({ ...PARTICLE_LOGIN_CLIENT, refreshToken: SECRET_REFRESH }));
    await capture(
      client.customerToken({
        clientId: CLIENT.clientId,
        clientSecret: SECRET_CLIENT,
        product: PRODUCT.id,
        email: 'x@y.example',
      }),
    );
    await capture(client.listDevices(SECRET_TOKEN));
    await capture(client.createClaimCode(SECRET_TOKEN));
    await capture(client.getDevice(DEV.token, '2a0044000a47343337373738')); // legacy-A body with a URL
    await capture(
      client.importDevices(SECRET_TOKEN, PRODUCT.id, [
        '1e0032000447343232363230',
        '2a0044000a47343337373738',
      ]),
    );

    cloud.injectFault({ path: '/v1/devices', status: 429, retryAfter: 9999 });
    await capture(client.listDevices(DEV.token));
    cloud.injectFault({ path: '/v1/devices', status: 502, html: true, times: 3 });
    await capture(client.listDevices(DEV.token));
    cloud.injectFault({ path: '/v1/devices', delayMs: 400, times: 3 });
    await capture(client.listDevices(DEV.token));

    const keeper = client.keepToken(
      {
        accessToken: SECRET_TOKEN,
        refreshToken: SECRET_REFRESH,
        expiresAt: cloud.clock.now(),
        scope: null,
      },
      { kind: 'client-credentials', client: { clientId: 'particle', clientSecret: SECRET_CLIENT } },
    );
    await capture(keeper.ensureFresh(HOUR));

    for (const status of [400, 401, 403, 404, 500]) {
      await capture(
        makeClient({ fetch: echoingFetch(status) }).login({
          username: DEV.username,
          password: SECRET_PASSWORD,
        }),
      );
      await capture(
        makeClient({ fetch: echoingFetch(status) }).createCustomer({
          clientId: 'c',
          clientSecret: SECRET_CLIENT,
          product: 1,
          email: 'e@x.example',
        }),
      );
      await capture(
        makeClient({ fetch: echoingFetch(status) }).getDevice(
          SECRET_TOKEN,
          '1e0032000447343232363230',
        ),
      );
    }
    const throwing = makeClient({
      fetch: async (input, init) => {
        throw new TypeError(
          `fetch failed: ${String(input)}?access_token=${SECRET_TOKEN} ${JSON.stringify(init?.headers)}`,
        );
      },
    });
    await capture(
      throwing.refresh({
        clientId: 'c',
        clientSecret: SECRET_CLIENT,
        refreshToken: SECRET_REFRESH,
      }),
    );
    await capture(
      makeClient({
        fetch: async () => new Response(`{"access_token":"${SECRET_TOKEN}"`, { status: 200 }),
      }).listDevices(SECRET_TOKEN),
    );

    const stream = client.openEventStream({ token: SECRET_TOKEN, scope: { kind: 'user' } });
    captured.push(
      await stream.opened.then(
        () => null,
        (e: unknown) => e,
      ),
    );
    stream.close();

    // Query-string tokens reach the fake too; its request log keeps paths only.
    await fetch(`${cloud.baseUrl}/v1/devices?access_token=${SECRET_TOKEN}`);

    expect(captured.length).toBeGreaterThan(30);
    const texts = [
      ...logs,
      ...captured.flatMap((error) => {
        const e = error as CloudError;
        return [
          e.message,
          String(e),
          e.stack ?? '',
          JSON.stringify(e),
          inspect(e, { depth: 5 }),
          e.detail ?? '',
        ];
      }),
      JSON.stringify(cloud.requests),
    ];
    for (const text of texts) {
      for (const secret of SECRETS) expect(text, `leaked ${secret}`).not.toContain(secret);
      expect(text).not.toMatch(/access_token=(?!\[redacted\]|undefined)[^\s&"]+/);
    }
    // The errors still say something useful.
    expect((captured[0] as CloudError).kind).toBe('bad-credentials');
    expect(logs.some((line) => line.includes('/v1/devices'))).toBe(true);
  });
});
