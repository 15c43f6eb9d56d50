import { afterEach, describe, expect, it } from 'vitest';
import { Cancelled } from '../../../electron/core/runtime';
import { SoftApClient } from '../../../electron/core/softap/client';
import type { SoftApOptions } from '../../../electron/core/softap/config';
import { SoftApError } from '../../../electron/core/softap/results';
import { startFakeDevice, type FakeDevice } from './support/fake-device';
import { closedPort } from './support/loopback';
import { said } from '../../support/english';

const CLAIM = '4i8pwFwPkImsnLmIj54BYJA4Z94j0OLyl7vwKecELzYGKjS9mBbM5Vra6H9T0DI';
const PASSWORD = 'hunter2-secret-pass';

let device: FakeDevice | undefined;
afterEach(async () => {
  await device?.close();
  device = undefined;
});

const fast = (port: { tcp: number; http: number }, extra: SoftApOptions = {}): SoftApOptions => ({
  host: '127.0.0.1',
  tcpPort: port.tcp,
  httpPort: port.http,
  connectTimeoutMs: 500,
  timeoutsMs: {
    version: 300,
    'device-id': 300,
    'public-key': 300,
    set: 300,
    'scan-ap': 300,
    'configure-ap': 300,
    'connect-ap': 300,
  },
  retryBackoffMs: 20,
  ...extra,
});

async function clientFor(transport: 'tcp' | 'http' | 'auto', extra: SoftApOptions = {}) {
  device = await startFakeDevice();
  return new SoftApClient(
    fast({ tcp: device.tcp.port, http: device.http.port }, { transport, ...extra }),
  );
}

const failure = async (promise: Promise<unknown>): Promise<SoftApError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SoftApError) return error;
    throw error;
  }
  throw new Error('expected a SoftApError');
};

describe.each(['tcp', 'http'] as const)('SoftApClient over %s', (transport) => {
  it('runs the whole setup sequence', async () => {
    const client = await clientFor(transport);
    const fake = device as FakeDevice;
    expect(await client.version()).toBe(2);
    expect(await client.deviceInfo()).toEqual({
      deviceId: '3a0042000847353138383138',
      claimed: true,
    });
    const key = await client.publicKey();
    await client.setClaimCode(CLAIM);
    const networks = await client.scan();
    expect(networks.map((network) => network.ssid)).toEqual(['Home']);
    const home = networks[0];
    if (home === undefined || home.security === null) throw new Error('scan lost Home');
    await client.configure(
      { ssid: home.ssid, security: home.security, channel: home.channel, password: PASSWORD },
      key,
    );
    expect(await client.connect()).toEqual({ kind: 'ok' });

    expect(fake.received.map((r) => r.name)).toEqual([
      'version',
      'device-id',
      'public-key',
      'set',
      'scan-ap',
      'configure-ap',
      'connect-ap',
    ]);
    expect(fake.received.every((r) => r.transport === transport)).toBe(true);
    expect(fake.received[3]?.body).toBe(`{"k":"cc","v":"${CLAIM}"}`);
    const configure = JSON.parse(fake.received[5]?.body ?? '') as Record<string, unknown>;
    expect(configure).toMatchObject({ idx: 0, ssid: 'Home', sec: 4194310, ch: 6 });
    expect(fake.key.decrypt(String(configure.pwd)).toString('utf8')).toBe(PASSWORD);
    expect(fake.received[6]?.body).toBe('{"idx":0}');
  });
});

describe('SoftApClient behaviour', () => {
  it('falls back to HTTP when TCP is refused, then stays on HTTP', async () => {
    device = await startFakeDevice();
    const client = new SoftApClient(
      fast({ tcp: await closedPort(), http: device.http.port }, { transport: 'auto' }),
    );
    expect(client.transport).toBe('tcp');
    expect(await client.version()).toBe(2);
    expect(client.transport).toBe('http');
    await client.deviceInfo();
    expect(device.received.map((r) => r.transport)).toEqual(['http', 'http']);
  });

  it('retries an idempotent command after a reset, with backoff, and then succeeds', async () => {
    const client = await clientFor('tcp');
    const fake = device as FakeDevice;
    fake.script.set('device-id', [{ reset: true }, { silent: true }]);
    const started = Date.now();
    expect((await client.deviceInfo()).deviceId).toBe('3a0042000847353138383138');
    expect(fake.tcp.connections).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(40 + 300 - 20);
  });

  it('gives up after the bounded attempts with a timeout sentence', async () => {
    const client = await clientFor('tcp', { attempts: { 'device-id': 2 } });
    const fake = device as FakeDevice;
    fake.script.set('device-id', [{ silent: true }, { silent: true }]);
    const error = await failure(client.deviceInfo());
    expect(error.problem).toEqual({ kind: 'timeout', stage: 'reply', afterMs: 300 });
    expect(error.message).toMatch(/did not answer within 300 ms/);
    expect(fake.tcp.connections).toBe(2);
  });

  it('does not retry a rejected (empty) reply', async () => {
    const client = await clientFor('tcp');
    (device as FakeDevice).script.set('set', [{ close: true }]);
    const error = await failure(client.setClaimCode(CLAIM));
    expect(error.problem.kind).toBe('rejected');
    expect(device?.tcp.connections).toBe(1);
  });

  it('treats a reset after connect-ap as probable success, and never re-sends it', async () => {
    const client = await clientFor('tcp');
    (device as FakeDevice).script.set('connect-ap', [{ reset: true }]);
    expect(await client.connect()).toEqual({ kind: 'probably-connected', reason: 'reset' });
    (device as FakeDevice).script.set('connect-ap', [{ silent: true }]);
    expect(await client.connect()).toEqual({ kind: 'probably-connected', reason: 'timeout' });
    expect(device?.received.filter((r) => r.name === 'connect-ap')).toHaveLength(2);
  });

  it('fails connect when nothing could be reached', async () => {
    const client = new SoftApClient(
      fast({ tcp: await closedPort(), http: await closedPort() }, { transport: 'tcp' }),
    );
    const error = await failure(client.connect());
    expect(error.problem).toEqual({ kind: 'connection-failed', reason: 'refused' });
  });

  it('refetches the key and re-sends configure-ap after a decrypt error', async () => {
    const client = await clientFor('tcp');
    const fake = device as FakeDevice;
    fake.script.set('configure-ap', [{ json: '{"r":-16640}' }]);
    await client.configure({ ssid: 'Home', security: 4194308, password: PASSWORD });
    expect(fake.received.map((r) => r.name)).toEqual([
      'public-key',
      'configure-ap',
      'public-key',
      'configure-ap',
    ]);
  });

  it('reports device codes with the typed problem and no password in the message', async () => {
    const client = await clientFor('tcp');
    const fake = device as FakeDevice;
    for (const [code, kind] of [
      [-2, 'network-not-visible'],
      [-3, 'ssid-rejected'],
      [-4, 'password-length'],
      [-16640, 'key-problem'],
      [5, 'device-error'],
    ] as const) {
      fake.script.set('configure-ap', [{ json: `{"r":${code}}` }, { json: `{"r":${code}}` }]);
      const error = await failure(
        client.configure({ ssid: 'Home', security: 4194308, password: PASSWORD }),
      );
      expect(error.problem).toEqual({ kind, code });
      expect(error.message).not.toContain(PASSWORD);
      expect(said(error.text)).not.toContain(PASSWORD);
    }
  });

  it('validates before sending anything', async () => {
    const client = await clientFor('tcp');
    const bad = [
      client.configure({ ssid: 'Bob"s', security: 0 }),
      client.configure({ ssid: 'x'.repeat(33), security: 0 }),
      client.configure({ ssid: 'Home', security: 4194308, password: '1234567' }),
      client.configure({ ssid: 'Home', security: -1, password: PASSWORD }),
      client.setClaimCode('too-short'),
    ];
    for (const attempt of bad) {
      const error = await failure(attempt);
      expect(error.problem.kind).toBe('invalid-input');
      expect(error.message).not.toContain('1234567');
      expect(said(error.text)).not.toContain('1234567');
      expect(JSON.stringify(error.problem)).not.toContain('1234567');
    }
    expect(device?.tcp.connections).toBe(0);
  });

  it('reads a scan with an unescaped quote by its structure; an empty one; a cut one', async () => {
    const client = await clientFor('tcp');
    const fake = device as FakeDevice;
    fake.script.set('scan-ap', [
      {
        json: '{"scans":[{"ssid":"Bob"s","rssi":-50,"sec":0,"ch":1,"mdr":1},{"ssid":"Home","rssi":-40,"sec":4194308,"ch":6,"mdr":1}]}',
      },
      { json: '{"scans":[]}' },
      { json: '{"scans":[{"ssid":"Bob"s' },
    ]);
    expect((await client.scan()).map((n) => n.ssid)).toEqual(['Home', 'Bob"s']);
    expect(await client.scan()).toEqual([]);
    const error = await failure(client.scan());
    expect(error.problem).toEqual({ kind: 'scan-unreadable', reason: 'cut-short' });
    expect(error.message).toMatch(/cut short.*by hand/);
  });

  it('maps a public-key r=1 and an unreadable key', async () => {
    const client = await clientFor('http');
    const fake = device as FakeDevice;
    fake.script.set('public-key', [{ json: '{"r":1}' }, { json: '{"b":"3081","r":0}' }]);
    expect((await failure(client.publicKey())).problem).toEqual({ kind: 'device-error', code: 1 });
    expect((await failure(client.publicKey())).problem.kind).toBe('invalid-key');
  });

  it('rejects replies of the wrong shape as malformed', async () => {
    const client = await clientFor('tcp');
    (device as FakeDevice).script.set('device-id', [{ json: '{"id":"nothex","c":"0"}' }]);
    expect((await failure(client.deviceInfo())).problem.kind).toBe('malformed');
  });

  it('can be cancelled between retries', async () => {
    const client = await clientFor('tcp', { retryBackoffMs: 5_000 });
    (device as FakeDevice).script.set('version', [{ reset: true }]);
    const controller = new AbortController();
    const pending = client.version({ signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    await expect(pending).rejects.toBeInstanceOf(Cancelled);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
