// Poller 1: ask the cloud about the device, on a timer and at once when rung (the event stream
// announced it online, or a claim by id went through). Online with the expected owner is
// success; another owner is final; online with no owner gets a short grace for the claim.
import { normalizeDeviceId } from '../../../../shared/validate';
import { CloudError, type CloudClient } from '../../cloud';
import { isCancelled, type Clock, type Doorbell } from '../../runtime';
import type { EngineTimings } from '../constants';
import type { RunAccount } from '../types';
import type { Verdict, VerifyShared } from './verdicts';

type Seen = { kind: 'unseen' } | { kind: 'seen'; online: boolean; owner: string | null };

/** Errors that say the cloud is having a moment: keep polling, remember the last one. */
const TRANSIENT = new Set(['rate-limited', 'server-error', 'timeout', 'offline']);
/** Errors that say these credentials cannot see the device (yet): it may not be claimed. */
const UNSEEN = new Set(['permission-denied', 'not-found']);

export interface CloudPollArgs {
  cloud: CloudClient;
  account: RunAccount;
  deviceId: string;
  token: () => Promise<string>;
  timings: Pick<EngineTimings, 'pollIntervalMs' | 'maxPolls' | 'claimGraceMs' | 'claimRecheckMs'>;
  clock: Clock;
  bell: Doorbell;
  shared: VerifyShared;
  signal: AbortSignal;
  onOnline(): void;
  /** After every look: whether the device is online and waiting for its claim to be recorded. */
  onLooked(waitingForClaim: boolean): void;
}

const expectedOwnerOf = (account: RunAccount): string =>
  (account.mode === 'developer' ? account.username : account.customerEmail).toLowerCase();

async function look(args: CloudPollArgs): Promise<Seen> {
  const { cloud, account, signal } = args;
  const deviceId = normalizeDeviceId(args.deviceId);
  try {
    const device =
      account.mode === 'developer'
        ? await cloud.getDevice(await args.token(), deviceId, { signal })
        : await cloud.getProductDevice(await args.token(), account.product.id, deviceId, {
            signal,
          });
    return { kind: 'seen', online: device.online, owner: device.owner };
  } catch (error) {
    if (isCancelled(error)) throw error;
    if (error instanceof CloudError && UNSEEN.has(error.kind)) return { kind: 'unseen' };
    if (error instanceof CloudError && TRANSIENT.has(error.kind)) {
      args.shared.lastTransient = error;
      return { kind: 'unseen' };
    }
    throw error;
  }
}

/** Resolves with a verdict, or keeps polling until the signal aborts (verify's deadline). */
export async function pollCloud(args: CloudPollArgs): Promise<Verdict> {
  const { timings, clock, bell, shared, signal } = args;
  const expectedOwner = expectedOwnerOf(args.account);
  let polls = 0;
  let nextDelay = 0;
  for (;;) {
    // A ring earns one poll even past the cap; the timer does not.
    if (polls > 0) await bell.wait(polls < timings.maxPolls ? nextDelay : null, signal);
    polls += 1;
    const seen = await look(args);
    if (seen.kind === 'seen' && seen.online) {
      shared.lastTransient = null;
      args.onOnline();
      const owner = seen.owner?.toLowerCase() ?? null;
      if (owner === expectedOwner) return { kind: 'success' };
      if (owner !== null) return { kind: 'owned-by-other' };
      shared.onlineUnclaimedSince ??= clock.now();
      if (clock.now() - shared.onlineUnclaimedSince >= timings.claimGraceMs)
        return { kind: 'claim-code-invalid' };
    }
    args.onLooked(shared.onlineUnclaimedSince !== null);
    nextDelay =
      shared.onlineUnclaimedSince === null ? timings.pollIntervalMs : timings.claimRecheckMs;
  }
}
