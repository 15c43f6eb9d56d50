// 429 and 5xx retried with bounded backoff that honours Retry-After; timeouts, network failures
// and unreadable bodies become typed errors.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Cancelled } from '../../../electron/core/runtime';
import { CloudError, DEFAULT_RETRY_POLICY, type CloudClient } from '../../../electron/core/cloud';
import { retryDelay, type CloudWait } from '../../../electron/core/cloud/transport';
import { en } from '../../support/english';
import type { FakeCloud } from '../../../electron/simulator/cloud';
import { DEV, FAST_RETRY, clientFor, startTestCloud } from './support';

let cloud: FakeCloud;
let client: CloudClient;
let sleeps: number[];

beforeEach(async () => {
  cloud = await startTestCloud();
  sleeps = [];
  client = clientFor(cloud, {
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
});
afterEach(async () => {
  await cloud.close();
});

const hits = (path: string) => cloud.requests.filter((r) => r.path === path).length;

async function failure(promise: Promise<unknown>): Promise<CloudError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CloudError);
  return error as CloudError;
}

describe('rate limits', () => {
  it('429 with Retry-After waits exactly that long, then succeeds', async () => {
    cloud.injectFault({ path: '/v1/devices', status: 429, retryAfter: 1 });
    expect(await client.listDevices(DEV.token)).toHaveLength(1);
    expect(sleeps).toEqual([1000]);
    expect(hits('/v1/devices')).toBe(2);
  });

  it('429 with an HTTP-date Retry-After is honoured too', async () => {
    const when = new Date(cloud.clock.now() + 1000).toUTCString();
    cloud.injectFault({ path: '/v1/devices', status: 429, retryAfter: when });
    await client.listDevices(DEV.token);
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThan(0);
    expect(sleeps[0]).toBeLessThanOrEqual(1000);
  });

  it('429 without Retry-After backs off exponentially and gives up after maxAttempts', async () => {
    cloud.injectFault({ path: '/v1/devices', status: 429, times: 10 });
    const error = await failure(client.listDevices(DEV.token));
    expect(error.problem).toEqual({ kind: 'rate-limited', retryAfterMs: null });
    expect(sleeps).toEqual([FAST_RETRY.rateLimitDelayMs, FAST_RETRY.rateLimitDelayMs * 2]);
    expect(hits('/v1/devices')).toBe(FAST_RETRY.maxAttempts);
  });

  it('a Retry-After beyond the cap is not waited out; the operator is told when to retry', async () => {
    cloud.injectFault({ path: '/v1/devices', status: 429, retryAfter: 1800 });
    const error = await failure(client.listDevices(DEV.token));
    expect(error.problem).toEqual({ kind: 'rate-limited', retryAfterMs: 1_800_000 });
    expect(error.message).toContain('30 minutes');
    expect(sleeps).toEqual([]);
  });

  it('the fake locks logins out after ten failures, and the client reports it', async () => {
    for (let i = 0; i < 10; i++) {
      expect(
        (await failure(client.login({ username: DEV.username, password: 'wrong' }))).kind,
      ).toBe('bad-credentials');
    }
    const locked = await failure(client.login({ username: DEV.username, password: DEV.password }));
    expect(locked.kind).toBe('rate-limited');
    expect(sleeps).toEqual([]); // 30 min is beyond the cap: no waiting
    cloud.clock.advance(31 * 60 * 1000);
    expect((await client.login({ username: DEV.username, password: DEV.password })).status).toBe(
      'ok',
    );
  });
});

describe('server errors', () => {
  it('5xx with an HTML body is retried and then succeeds', async () => {
    cloud.injectFault({ path: '/v1/devices', status: 502, html: true, times: 2 });
    expect(await client.listDevices(DEV.token)).toHaveLength(1);
    expect(sleeps).toEqual([FAST_RETRY.baseDelayMs, FAST_RETRY.baseDelayMs * 2]);
  });

  it('persistent 503 → server-error after the bounded attempts', async () => {
    cloud.injectFault({ path: '/v1/devices', status: 503, times: 10 });
    const error = await failure(client.listDevices(DEV.token));
    expect(error.problem).toEqual({ kind: 'server-error', status: 503 });
    expect(hits('/v1/devices')).toBe(3);
  });

  it('password login is not repeated after a 5xx (the server may have counted it)', async () => {
    cloud.injectFault({ path: '/oauth/token', status: 500, times: 2 });
    expect(
      (await failure(client.login({ username: DEV.username, password: DEV.password }))).kind,
    ).toBe('server-error');
    expect(hits('/oauth/token')).toBe(1);
  });
});

describe('timeouts, network and bodies', () => {
  it('a slow reply times out per attempt and is retried', async () => {
    const quick = clientFor(cloud, { requestTimeoutMs: 100, sleep: async () => {} });
    cloud.injectFault({ path: '/v1/devices', delayMs: 400 });
    expect(await quick.listDevices(DEV.token)).toHaveLength(1);
    cloud.injectFault({ path: '/v1/devices', delayMs: 400, times: 3 });
    expect((await failure(quick.listDevices(DEV.token))).kind).toBe('timeout');
  });

  it('a refused connection is offline', async () => {
    const port = cloud.port;
    await cloud.close();
    const gone = clientFor(cloud, { baseUrl: `http://127.0.0.1:${port}`, sleep: async () => {} });
    expect((await failure(gone.listDevices(DEV.token))).kind).toBe('offline');
    cloud = await startTestCloud();
  });

  it('a caller abort is cancelled, not retried', async () => {
    const controller = new AbortController();
    cloud.injectFault({ path: '/v1/devices', delayMs: 300 });
    const pending = client.listDevices(DEV.token, { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    await expect(pending).rejects.toBeInstanceOf(Cancelled);
  });

  it('a 2xx that is not JSON, or not the expected shape, is malformed-response', async () => {
    const html = clientFor(cloud, {
      fetch: async () => new Response('<html>captive portal</html>', { status: 200 }),
    });
    expect((await failure(html.listDevices(DEV.token))).kind).toBe('malformed-response');
    const wrong = clientFor(cloud, { fetch: async () => Response.json({ devices: 'nope' }) });
    expect((await failure(wrong.listDevices(DEV.token))).kind).toBe('malformed-response');
  });
});

describe('retryDelay', () => {
  it('is bounded by maxDelayMs and maxAttempts', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, maxAttempts: 10 };
    expect(retryDelay({ kind: 'server-error', status: 500 }, 9, policy, false)).toBe(
      policy.maxDelayMs,
    );
    expect(retryDelay({ kind: 'server-error', status: 500 }, 10, policy, false)).toBeNull();
    expect(retryDelay({ kind: 'bad-token' }, 1, policy, false)).toBeNull();
    expect(retryDelay({ kind: 'offline' }, 1, policy, true)).toBeNull();
    expect(retryDelay({ kind: 'rate-limited', retryAfterMs: null }, 1, policy, true)).toBe(
      policy.rateLimitDelayMs,
    );
  });
});

describe('what a wait and a big reply look like', () => {
  it('tells its listener of every wait before it sleeps: the Retry-After the cloud asked for', async () => {
    const waits: CloudWait[] = [];
    const listening = clientFor(cloud, {
      sleep: async () => undefined,
      onWait: (wait) => waits.push(wait),
    });
    cloud.injectFault({ path: '/v1/devices', status: 429, retryAfter: 1 });
    await listening.listDevices(DEV.token);
    expect(waits).toEqual([
      { operation: { id: 'cloud.op.list-devices' }, reason: 'rate-limited', delayMs: 1000 },
    ]);
    expect(en(waits[0]!.operation)).toBe('list the account’s devices');
    cloud.injectFault({ path: '/v1/devices', status: 502 });
    await listening.listDevices(DEV.token);
    expect(waits[1]).toMatchObject({ reason: 'retrying' });
  });

  it('reads no further than the cap: a 600 MB reply is an answer it does not understand, not "offline"', async () => {
    let sent = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    const huge = clientFor(cloud, {
      fetch: async () =>
        new Response(
          new ReadableStream<Uint8Array>({
            pull(controller) {
              if (sent >= 600) return controller.close();
              sent += 1;
              controller.enqueue(chunk);
            },
          }),
          { status: 200, headers: { 'content-type': 'application/json' } },
        ),
    });
    const error = await failure(huge.listDevices(DEV.token));
    expect(error.kind).toBe('malformed-response');
    expect(error.message).toMatch(/does not understand/);
    // It stopped reading at the cap (4 MiB), far short of the 600 chunks on offer.
    expect(sent).toBeLessThan(16);
  });
});
