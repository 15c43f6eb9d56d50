// The fake cloud's own fidelity: token placement rules, form-only OAuth, case-sensitive ids,
// claim-code rules, SSE framing, seeds, test hooks and the CLI command.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  parseCloudFlags,
  runCloudSimulatorCommand,
  type CliIo,
} from '../../../electron/simulator/cloud/cli-command';
import {
  CLAIM_CODE_LIFETIME_MS,
  parseSeed,
  SeedError,
  startFakeCloud,
  type FakeCloud,
} from '../../../electron/simulator/cloud';
import { DEV, DEVICES, HOUR, startTestCloud } from './support';

let cloud: FakeCloud;
beforeEach(async () => {
  cloud = await startTestCloud();
});
afterEach(async () => {
  await cloud.close();
});

const call = async (path: string, init: RequestInit = {}) => {
  const response = await fetch(cloud.baseUrl + path, init);
  const text = await response.text();
  return {
    status: response.status,
    body: text === '' ? null : (JSON.parse(text) as Record<string, unknown>),
  };
};
const form = (fields: Record<string, string>) => ({
  'Content-Type': 'application/x-www-form-urlencoded',
  body: new URLSearchParams(fields).toString(),
});

describe('token placement', () => {
  it('accepts header, query and form body; refuses none or two', async () => {
    expect(
      (await call('/v1/devices', { headers: { Authorization: `Bearer ${DEV.token}` } })).status,
    ).toBe(200);
    expect((await call(`/v1/devices?access_token=${DEV.token}`)).status).toBe(200);
    const { body, ...headers } = form({ access_token: DEV.token });
    expect((await call('/v1/device_claims', { method: 'POST', headers, body })).status).toBe(200);
    expect(await call('/v1/devices')).toEqual({
      status: 400,
      body: { error: 'invalid_request', error_description: 'The access token was not found' },
    });
    const twice = await call(`/v1/devices?access_token=${DEV.token}`, {
      headers: { Authorization: `Bearer ${DEV.token}` },
    });
    expect(twice.status).toBe(400);
    expect(twice.body?.error_description).toMatch(/Only one method/);
  });

  it('/oauth/token takes only form bodies', async () => {
    const reply = await call('/oauth/token', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Basic ${Buffer.from('particle:particle').toString('base64')}`,
      },
      body: JSON.stringify({
        grant_type: 'password',
        username: DEV.username,
        password: DEV.password,
      }),
    });
    expect(reply).toEqual({
      status: 400,
      body: {
        error: 'invalid_request',
        error_description: 'Method must be POST with application/x-www-form-urlencoded encoding',
      },
    });
  });

  it('unknown routes are JSON 404s', async () => {
    expect(await call('/v1/nothing-here')).toEqual({
      status: 404,
      body: { ok: false, error: 'Not found' },
    });
  });
});

describe('devices and claim codes', () => {
  it('treats an uppercase device id as unknown, like the real cloud', async () => {
    const reply = await call(`/v1/devices/${DEVICES.devOwned.toUpperCase()}`, {
      headers: { Authorization: `Bearer ${DEV.token}` },
    });
    expect(reply.status).toBe(403);
    expect(reply.body?.error).toBe('Permission Denied');
  });

  it('claim codes are one-use and last one hour', async () => {
    const create = async () =>
      (
        await call('/v1/device_claims', {
          method: 'POST',
          headers: { Authorization: `Bearer ${DEV.token}` },
        })
      ).body!.claim_code as string;
    const codes = await Promise.all(Array.from({ length: 20 }, create));
    for (const code of codes) expect(code).toMatch(/^[A-Za-z0-9+/]{63}$/);
    expect(codes.some((code) => /[+/]/.test(code))).toBe(true);

    await cloud.connectDevice({ deviceId: DEVICES.fresh, claimCode: codes[0] });
    expect(cloud.device(DEVICES.fresh)?.owner).toBe(DEV.username);
    await cloud.connectDevice({ deviceId: DEVICES.fresh2, claimCode: codes[0] });
    expect(cloud.lastClaimVerdict(DEVICES.fresh2)).toBe('used-code');
    expect(cloud.device(DEVICES.fresh2)).toMatchObject({ online: true, owner: null });

    cloud.clock.advance(CLAIM_CODE_LIFETIME_MS + 1000);
    await cloud.connectDevice({ deviceId: DEVICES.fresh2, claimCode: codes[1] });
    expect(cloud.lastClaimVerdict(DEVICES.fresh2)).toBe('expired-code');
    await cloud.connectDevice({ deviceId: DEVICES.fresh2, claimCode: 'made-up' });
    expect(cloud.lastClaimVerdict(DEVICES.fresh2)).toBe('unknown-code');
  });

  it('a valid code does not take a device from its owner', async () => {
    const code = (
      await call('/v1/device_claims', {
        method: 'POST',
        headers: { Authorization: `Bearer ${DEV.token}` },
      })
    ).body!.claim_code as string;
    await cloud.connectDevice({ deviceId: DEVICES.otherOwned, claimCode: code });
    expect(cloud.lastClaimVerdict(DEVICES.otherOwned)).toBe('owned-by-other');
    expect(cloud.device(DEVICES.otherOwned)?.owner).toBe('other@example.com');
  });

  it('reads variables raw', async () => {
    const response = await fetch(
      `${cloud.baseUrl}/v1/devices/${DEVICES.devOwned}/temp?format=raw`,
      { headers: { Authorization: `Bearer ${DEV.token}` } },
    );
    expect(await response.text()).toBe('21');
  });
});

describe('event streams', () => {
  it('starts with :ok, writes keep-alive newlines, accepts an encoded prefix', async () => {
    const controller = new AbortController();
    const response = await fetch(
      `${cloud.baseUrl}/v1/devices/events/spark%2Fstatus?nonce=1&access_token=${DEV.token}`,
      { signal: controller.signal },
    );
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const started = Date.now();
    while (Date.now() - started < 2000 && !text.includes(':ok\n\n\n'))
      text += decoder.decode((await reader.read()).value);
    expect(text.startsWith(':ok\n\n')).toBe(true);
    expect(text).toContain(':ok\n\n\n');
    await cloud.disconnectDevice(DEVICES.devOwned);
    while (!text.includes('event: spark/status'))
      text += decoder.decode((await reader.read()).value);
    expect(text).toMatch(
      /event: spark\/status\ndata: \{"data":"offline","ttl":60,"published_at":"[^"]+","coreid":"1e0032000447343232363230"\}\n\n/,
    );
    controller.abort();
  });
});

describe('seeds', () => {
  it('rejects bad seeds with a clear message', () => {
    expect(() => parseSeed({ devices: [{ id: 'ABC' }] })).toThrow(
      /devices\.0\.id.*24 lowercase hex/,
    );
    expect(() =>
      parseSeed({ clients: [{ clientId: 'c', clientSecret: 's', product: 5 }] }),
    ).toThrow(SeedError);
    expect(() => parseSeed({ extra: true })).toThrow(SeedError);
  });

  it('loads the shipped demo seed', async () => {
    const demo = await startFakeCloud({
      seed: join(__dirname, '../../../electron/simulator/cloud/demo-seed.json'),
    });
    try {
      expect(demo.seed.products[0]?.slug).toBe('tempmon-v100');
      expect(demo.devices().length).toBeGreaterThan(0);
    } finally {
      await demo.close();
    }
  });
});

describe('test hooks over HTTP', () => {
  it('connects a device, moves the clock, injects a fault and shows state', async () => {
    const post = (path: string, body: unknown) =>
      call(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post(`/__fake/devices/${DEVICES.fresh.toUpperCase()}/connect`, {})).body).toEqual(
      { ok: true, verdict: 'no-code' },
    );
    const before = cloud.clock.now();
    await post('/__fake/clock/advance', { ms: HOUR });
    expect(cloud.clock.now() - before).toBe(HOUR);
    await post('/__fake/faults', { path: '/v1/user', status: 503 });
    expect(
      (await call('/v1/user', { headers: { Authorization: `Bearer ${DEV.token}` } })).status,
    ).toBe(503);
    const state = (await call('/__fake/state')).body as {
      devices: Array<{ id: string; online: boolean }>;
    };
    expect(state.devices.find((d) => d.id === DEVICES.fresh)?.online).toBe(true);
    expect((await post('/__fake/faults', { status: 500 })).status).toBe(400);
  });
});

describe('cloud CLI command', () => {
  function io() {
    const out: string[] = [];
    const err: string[] = [];
    let code: number | null = null;
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const value: CliIo = {
      stdout: (l) => out.push(l),
      stderr: (l) => err.push(l),
      setExitCode: (c) => (code = c),
      untilStopped: () => stopped,
    };
    return { value, out, err, code: () => code, stop };
  }

  it('parses flags and refuses bad ones', () => {
    expect(parseCloudFlags(['--port', '8123', '--seed', 'x.json'])).toEqual({
      port: 8123,
      seed: 'x.json',
      keepAliveMs: undefined,
    });
    expect(parseCloudFlags(['--port', 'abc'])).toMatch(/--port needs a number/);
    expect(parseCloudFlags(['--bogus'])).toMatch(/Unknown option/);
    expect(parseCloudFlags(['--seed'])).toMatch(/--seed needs a file/);
  });

  it('exits 2 on a bad flag or seed', async () => {
    const a = io();
    await runCloudSimulatorCommand(['--nope'], a.value);
    expect([a.code(), a.out]).toEqual([2, []]);
    const dir = await mkdtemp(join(tmpdir(), 'fake-cloud-'));
    await writeFile(join(dir, 'bad.json'), '{"devices":[{"id":"xyz"}]}');
    const b = io();
    await runCloudSimulatorCommand(['--seed', join(dir, 'bad.json')], b.value);
    expect(b.code()).toBe(2);
    expect(b.err[0]).toMatch(/not a valid fake-cloud seed/);
    const c = io();
    await runCloudSimulatorCommand(['--seed', join(dir, 'missing.json')], c.value);
    expect([c.code(), c.err[0]]).toEqual([2, expect.stringMatching(/Cannot read the seed file/)]);
  });

  it('prints one ready line with the base URL and credentials, serves, then stops', async () => {
    const run = io();
    const done = runCloudSimulatorCommand([], run.value);
    while (run.out.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const ready = JSON.parse(run.out[0]!) as {
      baseUrl: string;
      tokens: Array<{ accessToken: string }>;
      clients: Array<{ clientId: string }>;
    };
    expect(ready.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const me = await fetch(`${ready.baseUrl}/v1/user`, {
      headers: { Authorization: `Bearer ${ready.tokens[0]!.accessToken}` },
    });
    expect(((await me.json()) as { username: string }).username).toBe('demo@example.com');
    expect(ready.clients[0]?.clientId).toBe('tempmon06-3459');
    run.stop();
    await done;
    await expect(fetch(`${ready.baseUrl}/v1/user`)).rejects.toThrow();
  });
});

describe('device link over HTTP', () => {
  it('connects and disconnects a device in another process’s fake cloud', async () => {
    const { createHttpDeviceLink } = await import('../../../electron/simulator/cloud');
    const link = createHttpDeviceLink(cloud.baseUrl);
    const code = (
      await call('/v1/device_claims', {
        method: 'POST',
        headers: { Authorization: `Bearer ${DEV.token}` },
      })
    ).body!.claim_code as string;
    await link.connectDevice({ deviceId: DEVICES.fresh.toUpperCase(), claimCode: code });
    expect(cloud.device(DEVICES.fresh)).toMatchObject({ online: true, owner: DEV.username });
    await link.disconnectDevice(DEVICES.fresh);
    // Listed online a while longer, as the real cloud does, then offline.
    expect(cloud.device(DEVICES.fresh)?.online).toBe(true);
    await vi.waitFor(() => expect(cloud.device(DEVICES.fresh)?.online).toBe(false));
    expect(() => createHttpDeviceLink('http://example.com')).toThrow(/127\.0\.0\.1/);
  });
});
