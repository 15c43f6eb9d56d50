// Each verify poller alone, on a manual clock: no real waiting, every timeline exact.
import { describe, expect, it } from 'vitest';
import { CloudError, type CloudClient } from '../../../electron/core/cloud';
import { DEFAULT_ENGINE_TIMINGS } from '../../../electron/core/provisioning/constants';
import { OfflineGate } from '../../../electron/core/provisioning/offline-gate';
import type { RunAccount } from '../../../electron/core/provisioning/types';
import { verify } from '../../../electron/core/provisioning/verify';
import { watchDeviceAp } from '../../../electron/core/provisioning/verify/ap-watch';
import { claimById } from '../../../electron/core/provisioning/verify/claim-by-id';
import { pollCloud, type Sighting } from '../../../electron/core/provisioning/verify/cloud-poll';
import type { Verdict, VerifyShared } from '../../../electron/core/provisioning/verify/verdicts';
import { Cancelled, Doorbell } from '../../../electron/core/runtime';
import { flush, ManualClock } from '../../support/manual-clock';
import { m } from '../../../shared/i18n/catalogue';

const DEVICE = '0123456789abcdef01234567';
const developer: RunAccount = {
  mode: 'developer',
  username: 'dev@example.com',
  token: async () => 'token',
  secrets: () => [],
  renewable: false,
  expiresInMs: () => null,
};
const timings = {
  pollIntervalMs: 5_000,
  maxPolls: 4,
  claimGraceMs: 5_000,
  claimRecheckMs: 1_000,
};

/** The moment the device accepted connect-ap, 10 s before verify starts (the host rejoined home). */
const CONNECT_BEFORE_VERIFY_MS = 10_000;

interface Seen {
  online: boolean;
  owner: string | null;
  /** last_handshake_at relative to connect-ap, on the cloud's clock; null: the cloud sent none. */
  handshake?: number | null;
  /** The cloud's clock minus ours. */
  skew?: number;
}
type Look = Seen | CloudError;

/** Connected after connect-ap. */
const fresh = (owner: string | null): Seen => ({ online: true, owner, handshake: 3_000 });
/** Still listed online from a session before the setup (the cloud's view lags). */
const stale = (owner: string | null): Seen => ({ online: true, owner, handshake: -600_000 });
const offline: Seen = { online: false, owner: null, handshake: -600_000 };

/** A cloud whose getDevice answers from a script (the last answer repeats); counts calls. */
function scriptedCloud(answers: Look[], extra: Partial<CloudClient> = {}) {
  const looks: number[] = [];
  let clock: ManualClock | null = null;
  let connectAt = 0;
  const cloud = {
    getDevice: async () => {
      looks.push(clock?.now() ?? 0);
      const answer = answers[Math.min(looks.length - 1, answers.length - 1)]!;
      if (answer instanceof CloudError) throw answer;
      const skew = answer.skew ?? 0;
      return {
        id: DEVICE,
        online: answer.online,
        owner: answer.owner,
        lastHandshakeAt:
          answer.handshake === undefined || answer.handshake === null
            ? null
            : new Date(connectAt + skew + answer.handshake).toISOString(),
        clockSkewMs: skew,
      };
    },
    ...extra,
  } as unknown as CloudClient;
  return {
    cloud,
    looks,
    attach: (c: ManualClock) => {
      clock = c;
      connectAt = c.now() - CONNECT_BEFORE_VERIFY_MS;
      return connectAt;
    },
  };
}

function settle<T>(promise: Promise<T>) {
  const state: { value?: T; error?: unknown; done: boolean } = { done: false };
  promise.then(
    (value) => Object.assign(state, { value, done: true }),
    (error: unknown) => Object.assign(state, { error, done: true }),
  );
  return state;
}

const newShared = (): VerifyShared => ({
  lastTransient: null,
  onlineUnclaimedSince: null,
  streamSawDeviceAt: null,
});

describe('pollCloud', () => {
  function start(answers: Look[], overrides: Partial<typeof timings> = {}) {
    const clock = new ManualClock();
    const { cloud, looks, attach } = scriptedCloud(answers);
    const connectAcceptedAt = attach(clock);
    const bell = new Doorbell(clock);
    const shared = newShared();
    const controller = new AbortController();
    const looked: Sighting['kind'][] = [];
    const result = settle(
      pollCloud({
        cloud,
        account: developer,
        deviceId: DEVICE,
        connectAcceptedAt,
        token: async () => 'token',
        timings: { ...timings, ...overrides },
        clock,
        bell,
        shared,
        signal: controller.signal,
        onOnline: () => undefined,
        onLooked: (sighting) => looked.push(sighting.kind),
      }),
    );
    return { clock, looks, bell, shared, controller, result, looked, t0: clock.now() };
  }

  it('looks at once, then on the interval; online with the expected owner is success', async () => {
    const p = start([offline, offline, fresh('DEV@example.com')]);
    await flush();
    expect(p.looks).toEqual([p.t0]);
    await p.clock.advance(4_999);
    expect(p.looks).toHaveLength(1);
    await p.clock.advance(1);
    expect(p.looks).toEqual([p.t0, p.t0 + 5_000]);
    await p.clock.advance(5_000);
    expect(p.result).toMatchObject({ done: true, value: { kind: 'success' } });
  });

  it('a ring looks at once, even after the poll budget is spent; the timer does not', async () => {
    const p = start([offline], { maxPolls: 2 });
    await p.clock.advance(5_000);
    expect(p.looks).toHaveLength(2);
    await p.clock.advance(60_000);
    expect(p.looks).toHaveLength(2);
    expect(p.clock.pending).toBe(0); // waiting for the bell only: no timer left behind
    p.bell.ring();
    await flush();
    expect(p.looks).toHaveLength(3);
    p.controller.abort();
    await flush();
    expect(p.result.error).toBeInstanceOf(Cancelled);
  });

  it('online with no owner: rechecks quickly, then says the claim code was not accepted', async () => {
    const p = start([fresh(null)], { maxPolls: 40 });
    await flush();
    expect(p.shared.onlineUnclaimedSince).toBe(p.t0);
    expect(p.looked).toEqual(['online']);
    await p.clock.advance(1_000);
    expect(p.looks).toHaveLength(2);
    await p.clock.advance(3_000);
    expect(p.result.done).toBe(false);
    await p.clock.advance(1_000);
    expect(p.result).toMatchObject({ done: true, value: { kind: 'claim-code-invalid' } });
  });

  it('another owner is final', async () => {
    const p = start([fresh('someone@example.com')]);
    await flush();
    expect(p.result).toMatchObject({ done: true, value: { kind: 'owned-by-other' } });
  });

  it('keeps going through passing cloud failures and remembers the last; unseen is not an error', async () => {
    const p = start([
      new CloudError({ kind: 'not-found' }, m('cloud.op.read-device')),
      new CloudError({ kind: 'server-error', status: 502 }, m('cloud.op.read-device')),
      fresh('dev@example.com'),
    ]);
    await flush();
    expect(p.shared.lastTransient).toBeNull();
    await p.clock.advance(5_000);
    expect(p.shared.lastTransient?.kind).toBe('server-error');
    await p.clock.advance(5_000);
    expect(p.result).toMatchObject({ done: true, value: { kind: 'success' } });
    expect(p.shared.lastTransient).toBeNull();
  });

  it('an "online" from before connect-ap is not success, whoever it names as owner', async () => {
    const p = start([stale('dev@example.com'), stale('dev@example.com'), fresh('dev@example.com')]);
    await flush();
    expect(p.looked).toEqual(['stale-online']);
    expect(p.shared.onlineUnclaimedSince).toBeNull(); // no claim grace from a stale view
    await p.clock.advance(5_000);
    expect(p.result.done).toBe(false);
    await p.clock.advance(5_000);
    expect(p.result).toMatchObject({ done: true, value: { kind: 'success' } });
  });

  it('a stale unowned "online" does not start the claim grace; the fresh one does', async () => {
    const p = start([stale(null), stale(null), fresh(null)], { maxPolls: 40 });
    await p.clock.advance(10_000);
    expect(p.shared.onlineUnclaimedSince).toBe(p.t0 + 10_000);
    await p.clock.advance(4_000);
    expect(p.result.done).toBe(false);
    await p.clock.advance(1_000);
    expect(p.result).toMatchObject({ done: true, value: { kind: 'claim-code-invalid' } });
  });

  it('offline, then online, is a new connection even without a handshake time', async () => {
    const p = start([
      { online: true, owner: 'dev@example.com', handshake: null },
      { online: false, owner: null, handshake: null },
      { online: true, owner: 'dev@example.com', handshake: null },
    ]);
    await flush();
    expect(p.looked).toEqual(['stale-online']);
    await p.clock.advance(10_000);
    expect(p.result).toMatchObject({ done: true, value: { kind: 'success' } });
  });

  it('an event of the device on the stream proves it connected now', async () => {
    const p = start([{ online: true, owner: 'dev@example.com', handshake: null }]);
    await flush();
    expect(p.result.done).toBe(false);
    p.shared.streamSawDeviceAt = p.clock.now();
    p.bell.ring();
    await flush();
    expect(p.result).toMatchObject({ done: true, value: { kind: 'success' } });
  });

  it("compares the handshake on the cloud's clock (the Date header's skew), not this computer's", async () => {
    // The cloud's clock runs 5 minutes ahead: 3 s after connect-ap on its clock is fresh …
    const ahead = start([
      { online: true, owner: 'dev@example.com', handshake: 3_000, skew: 300_000 },
    ]);
    await flush();
    expect(ahead.result).toMatchObject({ done: true, value: { kind: 'success' } });
    // … while a handshake that only looks recent on this computer's clock is not.
    const behind = start([
      { online: true, owner: 'dev@example.com', handshake: -296_000, skew: 300_000 },
    ]);
    await flush();
    expect(behind.looked).toEqual(['stale-online']);
    // The Date header has whole seconds: a handshake a second "before" connect-ap still counts.
    const rounding = start([{ online: true, owner: 'dev@example.com', handshake: -900 }]);
    await flush();
    expect(rounding.result).toMatchObject({ done: true, value: { kind: 'success' } });
  });

  it('a refused token is not waited out: it ends the poll', async () => {
    const p = start([new CloudError({ kind: 'bad-token' }, m('cloud.op.read-device'))]);
    await flush();
    expect(p.result.error).toBeInstanceOf(CloudError);
  });
});

describe('watchDeviceAp', () => {
  function start(answers: Array<boolean | Error>) {
    const clock = new ManualClock();
    const controller = new AbortController();
    let scans = 0;
    const result = settle<Verdict>(
      watchDeviceAp({
        apVisible: async () => {
          const answer = answers[Math.min(scans++, answers.length - 1)]!;
          if (answer instanceof Error) throw answer;
          return answer;
        },
        ssid: 'Photon-K7QD',
        startedAt: clock.now(),
        intervalMs: 3_000,
        staleGraceMs: 10_000,
        clock,
        signal: controller.signal,
      }),
    );
    return { clock, controller, result, scans: () => scans };
  }

  it('a sighting soon after rejoining is the scan cache, not the device', async () => {
    const w = start([true, true, true, true]);
    await w.clock.advance(9_000);
    expect(w.scans()).toBe(3);
    expect(w.result.done).toBe(false);
    await w.clock.advance(3_000);
    expect(w.result).toMatchObject({ done: true, value: { kind: 'ap-reappeared' } });
  });

  it('gone, then back: listening again at once; failed scans say nothing', async () => {
    const w = start([new Error('scan failed'), false, true]);
    await w.clock.advance(6_000);
    expect(w.result.done).toBe(false);
    await w.clock.advance(3_000);
    expect(w.result).toMatchObject({ done: true, value: { kind: 'ap-reappeared' } });
  });

  it('stops when aborted', async () => {
    const w = start([false]);
    await w.clock.advance(3_000);
    w.controller.abort();
    await flush();
    expect(w.result.error).toBeInstanceOf(Cancelled);
    expect(w.clock.pending).toBe(0);
  });
});

describe('claimById', () => {
  function start(claim: () => Promise<unknown>, shared = newShared()) {
    const clock = new ManualClock();
    const bell = new Doorbell(clock);
    const controller = new AbortController();
    let claims = 0;
    const cloud = {
      claimDevice: async () => {
        claims += 1;
        return claim();
      },
    } as unknown as CloudClient;
    const result = settle<Verdict>(
      claimById({
        cloud,
        deviceId: DEVICE,
        token: async () => 'token',
        afterMs: 30_000,
        clock,
        bell,
        shared,
        signal: controller.signal,
      }),
    );
    return { clock, bell, controller, result, claims: () => claims, shared };
  }

  it('claims after the wait, rings the poller on success, and again each period', async () => {
    const c = start(async () => ({}));
    await c.clock.advance(29_999);
    expect(c.claims()).toBe(0);
    await c.clock.advance(1);
    expect(c.claims()).toBe(1);
    // The ring is kept for the poller's next wait.
    expect(await c.bell.wait(1, new AbortController().signal)).toBe(true);
    await c.clock.advance(30_000);
    expect(c.claims()).toBe(2);
  });

  it('owned by someone else is the verdict; passing failures are remembered', async () => {
    let first = true;
    const c = start(async () => {
      if (first) {
        first = false;
        throw new CloudError({ kind: 'timeout' }, m('cloud.op.claim-device'));
      }
      throw new CloudError({ kind: 'owned-by-someone-else' }, m('cloud.op.claim-device'));
    });
    await c.clock.advance(30_000);
    expect(c.shared.lastTransient?.kind).toBe('timeout');
    await c.clock.advance(30_000);
    expect(c.result).toMatchObject({ done: true, value: { kind: 'owned-by-other' } });
  });

  it('does not force a claim once the device was seen online without an owner', async () => {
    const c = start(async () => ({}), {
      lastTransient: null,
      onlineUnclaimedSince: 1,
      streamSawDeviceAt: null,
    });
    await c.clock.advance(90_000);
    expect(c.claims()).toBe(0);
  });
});

describe('verify', () => {
  function stream() {
    const listeners = new Set<(event: unknown) => void>();
    return {
      opened: Promise.resolve(),
      subscribe: (listener: (event: unknown) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      onState: () => () => undefined,
      state: { kind: 'open' },
      close: () => listeners.clear(),
      emit: (event: unknown) => listeners.forEach((listener) => listener(event)),
    };
  }

  function start(answers: Look[], apVisible: ((ssid: string) => Promise<boolean>) | null = null) {
    const clock = new ManualClock();
    const events = stream();
    const { cloud, looks, attach } = scriptedCloud(answers, {
      openEventStream: () => events,
    } as unknown as Partial<CloudClient>);
    const connectAcceptedAt = attach(clock);
    const controller = new AbortController();
    const result = settle(
      verify({
        cloud,
        gate: new OfflineGate(),
        paused: false,
        account: developer,
        deviceId: DEVICE.toUpperCase(),
        targetSsid: 'Workshop',
        deviceSsid: apVisible === null ? null : 'Photon-K7QD',
        connectAcceptedAt,
        timings: { ...DEFAULT_ENGINE_TIMINGS, claimByIdAfterMs: null },
        clock,
        signal: controller.signal,
        apVisible,
        onDetail: () => undefined,
        onLed: () => undefined,
      }),
    );
    return { clock, events, looks, controller, result };
  }

  it('an online event makes the poll look at once: success without waiting for the interval', async () => {
    const v = start([offline, stale('dev@example.com')]);
    await flush();
    expect(v.looks).toHaveLength(1);
    // Any event of the device now proves a connection now, even when the cloud's record lags.
    v.events.emit({
      name: 'spark/device/last_reset',
      data: 'pin_reset',
      deviceId: DEVICE,
      publishedAt: '',
    });
    await flush();
    expect(v.result).toMatchObject({ done: true, value: { outcome: { kind: 'success' } } });
    expect(v.clock.pending).toBe(0); // every poller stopped
  });

  it('the deadline with nothing seen is "configured, not online"; with a cloud failure, a cloud error', async () => {
    const quiet = start([stale('dev@example.com')]);
    await quiet.clock.advance(DEFAULT_ENGINE_TIMINGS.verifyMs);
    expect(quiet.result).toMatchObject({
      done: true,
      value: {
        outcome: { kind: 'configured-not-online', waitedMs: DEFAULT_ENGINE_TIMINGS.verifyMs },
      },
    });
    const failing = start([
      new CloudError({ kind: 'server-error', status: 503 }, m('cloud.op.read-device')),
    ]);
    await failing.clock.advance(DEFAULT_ENGINE_TIMINGS.verifyMs);
    expect(failing.result).toMatchObject({
      done: true,
      value: { outcome: { kind: 'cloud-error', problem: { kind: 'server-error' } } },
    });
  });

  it('the AP coming back is "credentials rejected"', async () => {
    let visible = true;
    // The cloud still lists the owned device online from before: the AP coming back decides.
    const v = start([stale('dev@example.com')], async () => {
      const now = visible;
      visible = !visible;
      return now;
    });
    await v.clock.advance(DEFAULT_ENGINE_TIMINGS.apWatchIntervalMs * 3);
    expect(v.result).toMatchObject({
      done: true,
      value: { outcome: { kind: 'credentials-rejected', ssid: 'Workshop' } },
    });
  });

  it('a cancel stops it with the one cancelled error', async () => {
    const v = start([offline]);
    await flush();
    v.controller.abort();
    await flush();
    expect(v.result.error).toBeInstanceOf(Cancelled);
  });
});

describe("verify beside another unit's trip (paused)", () => {
  it('a deadline that passes while the host is away waits for it, then looks once more', async () => {
    const clock = new ManualClock();
    let online = false;
    const answers: Look[] = [];
    const { cloud, attach } = scriptedCloud(answers, {
      openEventStream: () => ({
        opened: Promise.resolve(),
        subscribe: () => () => undefined,
        onState: () => () => undefined,
        state: { kind: 'open' },
        close: () => undefined,
      }),
      getDevice: async () => ({
        id: DEVICE,
        online,
        owner: online ? 'dev@example.com' : null,
        lastHandshakeAt: online ? new Date(clock.now()).toISOString() : null,
        clockSkewMs: 0,
      }),
    } as unknown as Partial<CloudClient>);
    const connectAcceptedAt = attach(clock);
    const gate = new OfflineGate();
    const result = settle(
      verify({
        cloud,
        gate,
        paused: true,
        account: developer,
        deviceId: DEVICE,
        targetSsid: 'Workshop',
        deviceSsid: null,
        connectAcceptedAt,
        timings: { ...DEFAULT_ENGINE_TIMINGS, claimByIdAfterMs: null },
        clock,
        signal: new AbortController().signal,
        apVisible: null,
        onDetail: () => undefined,
        onLed: () => undefined,
      }),
    );
    await flush();
    // The next unit's trip takes the host away; the deadline passes meanwhile.
    gate.leave(false);
    await clock.advance(DEFAULT_ENGINE_TIMINGS.verifyMs + 1_000);
    expect(result.done).toBe(false);
    // Back home, and the device came online while the host was away: the last look sees it.
    online = true;
    gate.back();
    await clock.advance(DEFAULT_ENGINE_TIMINGS.finalLookMs);
    expect(result).toMatchObject({ done: true, value: { outcome: { kind: 'success' } } });
    expect(gate.violations).toEqual([]);
  });
});
