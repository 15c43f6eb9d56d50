// Verify, back online: is the device online and owned by the expected user or customer? The event
// stream answers within a moment where the account can see the device; polling is the fallback;
// the device's own AP coming back means it rejected the credentials and is listening again.
import type { Outcome } from '../../../shared/outcome';
import { normalizeDeviceId } from '../../../shared/validate';
import { CloudError, isOnlineEvent, type CloudClient, type StreamScope } from '../cloud';
import type { EngineTimings } from './constants';
import { RunCancelled } from './engine-error';
import type { OfflineGate } from './offline-gate';
import type { RunAccount } from './types';

export interface VerifyArgs {
  cloud: CloudClient;
  gate: OfflineGate;
  account: RunAccount;
  deviceId: string;
  /** The network the device was given (for the credentials-rejected outcome). */
  targetSsid: string;
  /** The device's Photon-… network; null when it cannot be watched. */
  deviceSsid: string | null;
  timings: EngineTimings;
  signal: AbortSignal;
  /** Whether the host sees the device's AP now; null when the host Wi-Fi is not ours to scan. */
  apVisible: ((ssid: string) => Promise<boolean>) | null;
  onDetail(text: string, countdownS: number | null): void;
  onLed(
    state: 'connected' | 'listening' | 'cloud-connecting',
    source: 'observed' | 'expected',
    basis: string,
  ): void;
}

export interface Verified {
  outcome: Outcome;
  errorCode: string | null;
}

type Seen = { kind: 'unseen' } | { kind: 'seen'; online: boolean; owner: string | null };

const TRANSIENT = new Set(['rate-limited', 'server-error', 'timeout', 'offline']);
const UNSEEN = new Set(['permission-denied', 'not-found']);

export async function verify(args: VerifyArgs): Promise<Verified> {
  const { cloud, account, timings, signal } = args;
  const deviceId = normalizeDeviceId(args.deviceId);
  const expectedOwner = (
    account.mode === 'developer' ? account.username : account.customerEmail
  ).toLowerCase();
  args.gate.guard('check the device with the cloud');
  const token = () => account.token(timings.tokenMinValidityMs, signal);
  const started = Date.now();
  const deadline = started + timings.verifyMs;

  let poke: (() => void) | null = null;
  const wakeUp = (): void => {
    const wake = poke;
    poke = null;
    wake?.();
  };
  const waitFor = (ms: number): Promise<void> =>
    new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        poke = null;
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, ms));
      signal.addEventListener('abort', done, { once: true });
      poke = done;
    });

  let pollDue = true;
  const scope: StreamScope =
    account.mode === 'developer'
      ? { kind: 'user' }
      : { kind: 'product', product: account.product.id };
  const stream = cloud.openEventStream({ token, scope, prefix: 'spark/status' });
  const unsubscribe = stream.subscribe((event) => {
    if (!isOnlineEvent(event, deviceId)) return;
    args.onLed('connected', 'observed', 'The cloud announced the device online.');
    pollDue = true;
    wakeUp();
  });

  async function look(): Promise<Seen> {
    try {
      const device =
        account.mode === 'developer'
          ? await cloud.getDevice(await token(), deviceId, { signal })
          : await cloud.getProductDevice(await token(), account.product.id, deviceId, { signal });
      return { kind: 'seen', online: device.online, owner: device.owner };
    } catch (error) {
      if (signal.aborted) throw new RunCancelled();
      if (error instanceof CloudError && UNSEEN.has(error.kind)) return { kind: 'unseen' };
      if (error instanceof CloudError && TRANSIENT.has(error.kind)) {
        lastTransient = error;
        return { kind: 'unseen' };
      }
      throw error;
    }
  }

  let lastTransient: CloudError | null = null;
  let polls = 0;
  let nextPollAt = Date.now();
  let onlineUnclaimedSince: number | null = null;
  let nextApScan = Date.now() + timings.apWatchIntervalMs;
  let apGone = false;
  let nextClaimAt =
    timings.claimByIdAfterMs === null ? Infinity : started + timings.claimByIdAfterMs;
  try {
    // Subscribed first, then open: an online event after this point cannot be missed.
    await Promise.race([stream.opened.catch(() => undefined), waitFor(timings.streamOpenWaitMs)]);
    for (;;) {
      if (signal.aborted) throw new RunCancelled();
      const now = Date.now();
      // An online event (or a claim by id) earns one poll even past the cap; the timer does not.
      if (pollDue || (now >= nextPollAt && polls < timings.maxPolls)) {
        pollDue = false;
        polls += 1;
        const seen = await look();
        if (seen.kind === 'seen' && seen.online) {
          lastTransient = null;
          args.onLed('connected', 'observed', 'The cloud reports the device online.');
          const owner = seen.owner?.toLowerCase() ?? null;
          if (owner === expectedOwner)
            return {
              outcome: {
                kind: 'success',
                deviceId,
                owner:
                  account.mode === 'developer'
                    ? { kind: 'user', username: account.username }
                    : {
                        kind: 'customer',
                        email: account.customerEmail,
                        productId: account.product.id,
                      },
              },
              errorCode: null,
            };
          if (owner !== null)
            return {
              outcome: { kind: 'online-not-claimed', deviceId, reason: 'owned-by-other' },
              errorCode: 'owned-by-other',
            };
          onlineUnclaimedSince ??= Date.now();
          if (Date.now() - onlineUnclaimedSince >= timings.claimGraceMs)
            return {
              outcome: { kind: 'online-not-claimed', deviceId, reason: 'claim-code-invalid' },
              errorCode: 'claim-code-invalid',
            };
          args.onDetail('Online; waiting for the cloud to record the claim.', null);
        }
        nextPollAt =
          Date.now() +
          (onlineUnclaimedSince === null ? timings.pollIntervalMs : timings.claimRecheckMs);
      }
      if (args.apVisible !== null && args.deviceSsid !== null && Date.now() >= nextApScan) {
        const visible = await args.apVisible(args.deviceSsid).catch(() => null);
        if (visible === false) apGone = true;
        if (visible === true && (apGone || Date.now() - started >= timings.apStaleGraceMs)) {
          args.onLed(
            'listening',
            'observed',
            `Its ${args.deviceSsid} network came back: it is listening again.`,
          );
          return {
            outcome: { kind: 'credentials-rejected', deviceId, ssid: args.targetSsid },
            errorCode: 'ap-reappeared',
          };
        }
        nextApScan = Date.now() + timings.apWatchIntervalMs;
      }
      if (
        account.mode === 'developer' &&
        onlineUnclaimedSince === null &&
        Date.now() >= nextClaimAt
      ) {
        // The developer cannot see an unclaimed device: asking to claim it by id tells online from not.
        nextClaimAt = Date.now() + (timings.claimByIdAfterMs ?? Infinity);
        try {
          await cloud.claimDevice(await token(), deviceId, { signal });
          pollDue = true;
        } catch (error) {
          if (signal.aborted) throw new RunCancelled();
          if (error instanceof CloudError && error.kind === 'owned-by-someone-else')
            return {
              outcome: { kind: 'online-not-claimed', deviceId, reason: 'owned-by-other' },
              errorCode: 'owned-by-other',
            };
          if (error instanceof CloudError && TRANSIENT.has(error.kind)) lastTransient = error;
        }
      }
      const now2 = Date.now();
      if (now2 >= deadline) break;
      const left = deadline - now2;
      args.onDetail('Waiting for the device to come online.', Math.ceil(left / 1000));
      const wakeAt = Math.min(
        deadline,
        polls < timings.maxPolls ? nextPollAt : Infinity,
        args.apVisible !== null && args.deviceSsid !== null ? nextApScan : Infinity,
        account.mode === 'developer' ? nextClaimAt : Infinity,
      );
      if (!pollDue) await waitFor(wakeAt - now2);
    }
  } finally {
    unsubscribe();
    stream.close();
  }
  if (lastTransient !== null)
    return {
      outcome: {
        kind: 'cloud-error',
        deviceId,
        phase: 'verify',
        problem: {
          kind: lastTransient.kind,
          message: lastTransient.message,
          ...(lastTransient.status === null ? {} : { status: lastTransient.status }),
        },
      },
      errorCode: `cloud-${lastTransient.kind}`,
    };
  return {
    outcome: { kind: 'configured-not-online', deviceId, waitedMs: Date.now() - started },
    errorCode: 'not-online',
  };
}
