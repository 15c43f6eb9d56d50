// The SSE reader against the fake: framing, filters, keep-alives, a stalled stream that must
// reconnect, dropped connections, fatal auth errors and the wait-for-online helper.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Cancelled } from '../../../electron/core/runtime';
import {
  CloudError,
  waitForDeviceOnline,
  type CloudClient,
  type CloudEvent,
  type CloudEventStream,
  type EventStreamOptions,
  type StreamState,
} from '../../../electron/core/cloud';
import type { FakeCloud } from '../../../electron/simulator/cloud';
import { CLIENT, DEV, DEVICES, PRODUCT, clientFor, startTestCloud } from './support';
import { m } from '../../../shared/i18n/catalogue';

let cloud: FakeCloud;
let client: CloudClient;
const streams: CloudEventStream[] = [];

beforeEach(async () => {
  cloud = await startTestCloud({ keepAliveMs: 60 });
  client = clientFor(cloud);
});
afterEach(async () => {
  for (const stream of streams.splice(0)) stream.close();
  await cloud.close();
});

function open(options: Partial<EventStreamOptions> = {}) {
  const events: CloudEvent[] = [];
  const states: StreamState[] = [];
  const stream = client.openEventStream({
    token: DEV.token,
    scope: { kind: 'user' },
    idleTimeoutMs: 400,
    reconnect: { initialDelayMs: 20, maxDelayMs: 200, maxConsecutiveFailures: 4 },
    ...options,
  });
  stream.subscribe((event) => events.push(event));
  stream.onState((state) => states.push(state));
  streams.push(stream);
  return { stream, events, states };
}

const until = async (check: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe('event stream', () => {
  it('delivers a connecting owned device’s events in the real order', async () => {
    const { stream, events } = await Promise.resolve(open());
    await stream.opened;
    await cloud.connectDevice({ deviceId: DEVICES.devOwned.toUpperCase() });
    await until(() => events.length >= 5);
    expect(events.map((e) => e.name)).toEqual(
      [
        'spark/status', // "offline" first: the cloud had it online already
        'spark/status',
        'spark/device/last_reset',
        'spark/device/app-hash',
        'particle/device/updates/enabled',
        'particle/device/updates/forced',
      ].slice(0, events.length),
    );
    expect(events[0]).toMatchObject({ data: 'offline', deviceId: DEVICES.devOwned });
    expect(events[1]).toMatchObject({ data: 'online', deviceId: DEVICES.devOwned, userId: null });
  });

  it('filters by prefix and hides other people’s devices', async () => {
    const { stream, events } = open({ prefix: 'spark/status' });
    await stream.opened;
    await cloud.connectDevice({ deviceId: DEVICES.otherOwned });
    await cloud.disconnectDevice(DEVICES.devOwned);
    await until(() => events.length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events.map((e) => [e.name, e.data, e.deviceId])).toEqual([
      ['spark/status', 'offline', DEVICES.devOwned],
    ]);
  });

  it('product stream carries unclaimed product devices with userid "" and the product id', async () => {
    const token = (await client.clientCredentials(CLIENT)).accessToken;
    await client.importDevices(token, PRODUCT.id, [DEVICES.fresh]);
    const { stream, events } = open({
      token,
      scope: { kind: 'product', product: PRODUCT.slug },
      prefix: 'spark/status',
    });
    await stream.opened;
    await cloud.connectDevice({ deviceId: DEVICES.fresh });
    await until(() => events.length >= 1);
    expect(events[0]).toMatchObject({
      name: 'spark/status',
      data: 'online',
      deviceId: DEVICES.fresh,
      userId: '',
      productId: PRODUCT.id,
    });
  });

  it('keep-alive newlines hold an idle stream open past the idle timeout', async () => {
    const { stream, states } = open();
    await stream.opened;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(states.some((s) => s.kind === 'reconnecting')).toBe(false);
    expect(cloud.openStreamCount()).toBe(1);
  });

  it('a stalled stream is dropped after the idle timeout and reconnects, then delivers', async () => {
    const { stream, states, events } = open();
    await stream.opened;
    cloud.stallStreams();
    await until(() => states.some((s) => s.kind === 'reconnecting' && s.reason === 'idle'));
    await until(() => stream.state.kind === 'open');
    await cloud.disconnectDevice(DEVICES.devOwned);
    await until(() => events.some((e) => e.data === 'offline'));
    expect(cloud.requests.filter((r) => r.path === '/v1/devices/events').length).toBe(2);
  });

  it('a dropped connection reconnects', async () => {
    const { stream, states } = open();
    await stream.opened;
    cloud.dropStreams();
    await until(() => states.some((s) => s.kind === 'reconnecting' && s.reason === 'ended'));
    await until(() => stream.state.kind === 'open' && cloud.openStreamCount() === 1);
  });

  it('connect failures back off with growing, bounded delays and finally give up', async () => {
    cloud.injectFault({ path: '/v1/devices/events', status: 503, times: 10 });
    const { stream, states } = open();
    await expect(stream.opened).rejects.toMatchObject({ kind: 'server-error' });
    const delays = states.flatMap((s) => (s.kind === 'reconnecting' ? [s.delayMs] : []));
    expect(delays).toEqual([20, 40, 80]);
    expect(stream.state.kind).toBe('failed');
  });

  it('a stream that is cut as soon as it opens backs off and gives up (bounded)', async () => {
    let connects = 0;
    const flappy = clientFor(cloud, {
      fetch: async () => {
        connects += 1;
        return new Response(':ok\n\n', {
          status: 200,
          headers: { 'Content-Type': 'text/event-stream' },
        });
      },
    });
    const states: StreamState[] = [];
    const stream = flappy.openEventStream({
      token: DEV.token,
      scope: { kind: 'user' },
      reconnect: { initialDelayMs: 5, maxDelayMs: 20, maxConsecutiveFailures: 4 },
    });
    streams.push(stream);
    stream.onState((state) => states.push(state));
    await stream.opened;
    await until(() => stream.state.kind === 'failed');
    expect(connects).toBe(4);
    expect(states.flatMap((s) => (s.kind === 'reconnecting' ? [s.delayMs] : []))).toEqual([
      5, 10, 20,
    ]);
  });

  it('a 401 on connect ends the stream at once with bad-token', async () => {
    cloud.injectFault({ path: '/v1/devices/events', status: 401 });
    const { stream, states } = open();
    await expect(stream.opened).rejects.toBeInstanceOf(CloudError);
    expect(states.filter((s) => s.kind === 'reconnecting')).toHaveLength(0);
    expect(stream.state).toMatchObject({ kind: 'failed', error: { kind: 'bad-token' } });
  });

  it('takes a fresh token from a function on every connect', async () => {
    let calls = 0;
    const { stream } = open({
      token: async () => {
        calls += 1;
        return DEV.token;
      },
    });
    await stream.opened;
    cloud.dropStreams();
    await until(() => calls === 2 && stream.state.kind === 'open');
  });

  it('a token provider that cannot renew ends the stream with its own problem', async () => {
    const { stream } = open({
      token: async () => {
        throw new CloudError({ kind: 'expired-token' }, m('cloud.op.renew-sign-in'));
      },
    });
    await expect(stream.opened).rejects.toMatchObject({ kind: 'expired-token' });
    expect(cloud.requests.filter((r) => r.path === '/v1/devices/events')).toHaveLength(0);
  });

  it('close() ends it', async () => {
    const { stream, states } = open();
    await stream.opened;
    stream.close();
    await until(() => states.at(-1)?.kind === 'closed');
    await until(() => cloud.openStreamCount() === 0);
  });
});

describe('waitForDeviceOnline', () => {
  it('resolves the moment the device comes online (any id case)', async () => {
    const { stream } = open({ prefix: 'spark/status' });
    await stream.opened;
    const waiting = waitForDeviceOnline(stream, DEVICES.devOwned.toUpperCase(), {
      timeoutMs: 2000,
    });
    const started = Date.now();
    await cloud.connectDevice({ deviceId: DEVICES.devOwned });
    const event = await waiting;
    expect(event).toMatchObject({
      name: 'spark/status',
      data: 'online',
      deviceId: DEVICES.devOwned,
    });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('is abortable, and bounded by its timeout', async () => {
    const { stream } = open();
    await stream.opened;
    const controller = new AbortController();
    const aborted = waitForDeviceOnline(stream, DEVICES.fresh, { signal: controller.signal });
    controller.abort();
    await expect(aborted).rejects.toBeInstanceOf(Cancelled);
    await expect(
      waitForDeviceOnline(stream, DEVICES.fresh, { timeoutMs: 50 }),
    ).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('rejects when the stream fails', async () => {
    cloud.injectFault({ path: '/v1/devices/events', status: 401 });
    const { stream } = open();
    await expect(waitForDeviceOnline(stream, DEVICES.fresh)).rejects.toMatchObject({
      kind: 'bad-token',
    });
  });
});
