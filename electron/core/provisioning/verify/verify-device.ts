// Verify, back online: did the device connect to the cloud after connect-ap, and is it owned by
// the expected user or customer? Three small pollers race against one deadline — the cloud poll
// (rung at once by any event of the device on the stream), the watch for the device's AP coming
// back (credentials rejected), and in developer mode the claim by id — and the first conclusive
// verdict stops the rest. Evidence from before connect-ap never counts (see cloud-poll.ts).
import { m, type Message } from '../../../../shared/i18n';
import type { Outcome } from '../../../../shared/outcome';
import { normalizeDeviceId } from '../../../../shared/validate';
import { isOnlineEvent, type CloudClient, type StreamScope } from '../../cloud';
import { Doorbell, type Clock } from '../../runtime';
import type { ApVisible } from '../ap-visibility';
import type { EngineTimings } from '../constants';
import type { OfflineGate } from '../offline-gate';
import type { RunAccount } from '../types';
import { watchDeviceAp } from './ap-watch';
import { claimById } from './claim-by-id';
import { pollCloud, type Sighting } from './cloud-poll';
import type { Verdict, Verified, VerifyShared } from './verdicts';

export interface VerifyArgs {
  cloud: CloudClient;
  gate: OfflineGate;
  /**
   * A station unit verifying beside the next unit's trip: its cloud client waits while the host
   * is away, so the gate is waited on rather than guarded, and a deadline that passed while away
   * gets one more look once the host is back.
   */
  paused: boolean;
  account: RunAccount;
  deviceId: string;
  /** The network the device was given (for the credentials-rejected outcome). */
  targetSsid: string;
  /** The device's Photon-… network; null when it cannot be watched. */
  deviceSsid: string | null;
  /** When the device accepted connect-ap (this computer's clock). */
  connectAcceptedAt: number;
  timings: EngineTimings;
  clock: Clock;
  signal: AbortSignal;
  /** Whether the host sees the device's AP now; null when the host Wi-Fi is not ours to scan. */
  apVisible: ApVisible | null;
  onDetail(text: Message, countdownS: number | null): void;
  onLed(
    state: 'connected' | 'listening' | 'cloud-connecting',
    source: 'observed' | 'expected',
    basis: Message,
  ): void;
}

function outcomeOf(
  verdict: Verdict,
  args: VerifyArgs,
  deviceId: string,
  shared: VerifyShared,
  waitedMs: number,
): Verified {
  const { account } = args;
  switch (verdict.kind) {
    case 'success':
      return {
        outcome: {
          kind: 'success',
          deviceId,
          owner:
            account.mode === 'developer'
              ? { kind: 'user', username: account.username }
              : { kind: 'customer', email: account.customerEmail, productId: account.product.id },
        },
        errorCode: null,
      };
    case 'owned-by-other':
    case 'claim-code-invalid':
      return {
        outcome: { kind: 'online-not-claimed', deviceId, reason: verdict.kind },
        errorCode: verdict.kind,
      };
    case 'ap-reappeared':
      return {
        outcome: { kind: 'credentials-rejected', deviceId, ssid: args.targetSsid },
        errorCode: 'ap-reappeared',
      };
    case 'deadline': {
      const transient = shared.lastTransient;
      if (transient === null)
        return {
          outcome: { kind: 'configured-not-online', deviceId, waitedMs },
          errorCode: 'not-online',
        };
      const outcome: Outcome = {
        kind: 'cloud-error',
        deviceId,
        phase: 'verify',
        problem: {
          kind: transient.kind,
          message: transient.text,
          ...(transient.status === null ? {} : { status: transient.status }),
        },
      };
      return { outcome, errorCode: `cloud-${transient.kind}` };
    }
  }
}

function lookedSentence(sighting: Sighting): Message {
  switch (sighting.kind) {
    case 'online':
      return m('run.verify.online-unclaimed');
    case 'stale-online':
      // The cloud's view lags: it has not noticed the device left for setup.
      return m('run.verify.stale');
    case 'offline':
    case 'unseen':
      return m('run.verify.waiting');
  }
}

export async function verify(args: VerifyArgs): Promise<Verified> {
  const { cloud, account, timings, clock } = args;
  const deviceId = normalizeDeviceId(args.deviceId);
  if (!args.paused) args.gate.guard(m('cloud.op.check-device'));
  const started = clock.now();
  const departuresAtStart = args.gate.departures;
  // Every poller runs under this signal: the first verdict (or the caller's cancel) stops all.
  const stop = new AbortController();
  const onOuterAbort = (): void => stop.abort();
  args.signal.addEventListener('abort', onOuterAbort, { once: true });
  if (args.signal.aborted) stop.abort();
  const signal = stop.signal;
  const token = (): Promise<string> => account.token(timings.tokenMinValidityMs, signal);
  const shared: VerifyShared = {
    lastTransient: null,
    onlineUnclaimedSince: null,
    streamSawDeviceAt: null,
  };
  const bell = new Doorbell(clock);
  const scope: StreamScope =
    account.mode === 'developer'
      ? { kind: 'user' }
      : { kind: 'product', product: account.product.id };
  // All of the device's system events: a developer's own stream misses the first "online" of a
  // device being claimed (it goes out before the owner exists) but carries what follows it.
  const stream = cloud.openEventStream({ token, scope, prefix: 'spark' });
  const unsubscribe = stream.subscribe((event) => {
    if (event.deviceId !== deviceId) return;
    if (event.name === 'spark/status' && event.data !== 'online') return;
    shared.streamSawDeviceAt ??= clock.now();
    if (isOnlineEvent(event, deviceId))
      args.onLed('connected', 'observed', m('run.led.cloud-announced'));
    bell.ring();
  });
  const contenders: Array<Promise<Verdict>> = [];
  try {
    // Subscribed first, then open: an online event after this point cannot be missed.
    const openWait = clock.sleep(timings.streamOpenWaitMs, signal);
    openWait.catch(() => undefined);
    await Promise.race([stream.opened.catch(() => undefined), openWait]);
    const deadlineAt = started + timings.verifyMs;
    const countdown = (): number => Math.max(0, Math.ceil((deadlineAt - clock.now()) / 1000));
    contenders.push(
      clock
        .sleep(Math.max(0, deadlineAt - clock.now()), signal)
        .then(async (): Promise<Verdict> => {
          const wasAway = !args.gate.open || args.gate.departures !== departuresAtStart;
          if (args.paused && wasAway) {
            // Time away on another unit's trip saw nothing: look once more from back home. The
            // wait is bounded by that trip's own cap and restore (wifi/timeouts.ts), after which
            // its runner reopens the gate whatever happened.
            await args.gate.whenOpen(signal);
            bell.ring();
            await clock.sleep(timings.finalLookMs, signal);
          }
          return { kind: 'deadline' };
        }),
      pollCloud({
        cloud,
        account,
        deviceId,
        token,
        timings,
        clock,
        bell,
        shared,
        signal,
        connectAcceptedAt: args.connectAcceptedAt,
        onOnline: () => args.onLed('connected', 'observed', m('run.led.cloud-reports')),
        onLooked: (sighting) => args.onDetail(lookedSentence(sighting), countdown()),
      }),
    );
    const { apVisible, deviceSsid } = args;
    if (apVisible !== null && deviceSsid !== null)
      contenders.push(
        watchDeviceAp({
          apVisible,
          ssid: deviceSsid,
          startedAt: started,
          intervalMs: timings.apWatchIntervalMs,
          staleGraceMs: timings.apStaleGraceMs,
          clock,
          signal,
        }),
      );
    if (account.mode === 'developer' && timings.claimByIdAfterMs !== null)
      contenders.push(
        claimById({
          cloud,
          deviceId,
          token,
          afterMs: timings.claimByIdAfterMs,
          clock,
          bell,
          shared,
          signal,
        }),
      );
    const verdict = await Promise.race(contenders);
    if (verdict.kind === 'ap-reappeared')
      args.onLed(
        'listening',
        'observed',
        deviceSsid === null
          ? m('run.led.ap-back')
          : m('run.led.ap-back.named', { ssid: deviceSsid }),
      );
    return outcomeOf(verdict, args, deviceId, shared, clock.now() - started);
  } finally {
    stop.abort();
    args.signal.removeEventListener('abort', onOuterAbort);
    for (const contender of contenders) contender.catch(() => undefined);
    unsubscribe();
    stream.close();
  }
}
