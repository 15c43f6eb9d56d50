// Poller 1: ask the cloud about the device, on a timer and at once when rung (the event stream
// carried one of its events, or a claim by id went through). Only a connection made after
// connect-ap counts: the cloud keeps listing a Wi-Fi device online for minutes after it dropped
// (API reference, Devices: "accurate to within a few minutes"), so an "online" from before the
// setup proves nothing. Freshly online with the expected owner is success; another owner is
// final; no owner yet gets a short grace for the claim, counted from the fresh connection.
import { normalizeDeviceId } from '../../../../shared/validate';
import { CloudError, type CloudClient, type CloudDevice } from '../../cloud';
import { isCancelled, type Clock, type Doorbell } from '../../runtime';
import type { EngineTimings } from '../constants';
import type { RunAccount } from '../types';
import type { Verdict, VerifyShared } from './verdicts';

/** Errors that say the cloud is having a moment: keep polling, remember the last one. */
const TRANSIENT = new Set(['rate-limited', 'server-error', 'timeout', 'offline']);
/** Errors that say these credentials cannot see the device (yet): it may not be claimed. */
const UNSEEN = new Set(['permission-denied', 'not-found']);

/**
 * How far before connect-ap a last_handshake_at may fall and still count. The Date header the
 * skew comes from has whole seconds, so the estimate runs up to a second early; a device cannot
 * have shaken hands with the cloud within seconds of connect-ap, because it sat in listening
 * mode for the whole SoftAP conversation and the host's join before it.
 */
const HANDSHAKE_TOLERANCE_MS = 1_500;

/** What one look found. */
export type Sighting =
  | { kind: 'unseen' }
  | { kind: 'offline' }
  /** Listed online, but nothing shows it connected after connect-ap: the cloud's old view. */
  | { kind: 'stale-online' }
  | { kind: 'online'; owner: string | null };

export interface CloudPollArgs {
  cloud: CloudClient;
  account: RunAccount;
  deviceId: string;
  /** When the device accepted connect-ap, on this computer's clock. */
  connectAcceptedAt: number;
  token: () => Promise<string>;
  timings: Pick<EngineTimings, 'pollIntervalMs' | 'maxPolls' | 'claimGraceMs' | 'claimRecheckMs'>;
  clock: Clock;
  bell: Doorbell;
  shared: VerifyShared;
  signal: AbortSignal;
  onOnline(): void;
  /** After every look, with what it found. */
  onLooked(sighting: Sighting): void;
}

const expectedOwnerOf = (account: RunAccount): string =>
  (account.mode === 'developer' ? account.username : account.customerEmail).toLowerCase();

/** The device's last handshake was after connect-ap (on the cloud's clock, corrected by the Date header). */
function handshakeAfter(device: CloudDevice, connectAcceptedAt: number): boolean {
  if (device.lastHandshakeAt === null) return false;
  const handshake = Date.parse(device.lastHandshakeAt);
  if (Number.isNaN(handshake)) return false;
  const connectOnCloudClock = connectAcceptedAt + (device.clockSkewMs ?? 0);
  return handshake >= connectOnCloudClock - HANDSHAKE_TOLERANCE_MS;
}

async function look(args: CloudPollArgs): Promise<CloudDevice | null> {
  const { cloud, account, signal } = args;
  const deviceId = normalizeDeviceId(args.deviceId);
  try {
    return account.mode === 'developer'
      ? await cloud.getDevice(await args.token(), deviceId, { signal })
      : await cloud.getProductDevice(await args.token(), account.product.id, deviceId, {
          signal,
        });
  } catch (error) {
    if (isCancelled(error)) throw error;
    if (error instanceof CloudError && UNSEEN.has(error.kind)) return null;
    if (error instanceof CloudError && TRANSIENT.has(error.kind)) {
      args.shared.lastTransient = error;
      return null;
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
  /** A look during verify found it offline: the next "online" is a new connection. */
  let sawOffline = false;
  for (;;) {
    // A ring earns one poll even past the cap; the timer does not.
    if (polls > 0) await bell.wait(polls < timings.maxPolls ? nextDelay : null, signal);
    polls += 1;
    const device = await look(args);
    let sighting: Sighting;
    if (device === null) sighting = { kind: 'unseen' };
    else if (!device.online) {
      sawOffline = true;
      sighting = { kind: 'offline' };
    } else {
      shared.lastTransient = null;
      const fresh =
        shared.streamSawDeviceAt !== null ||
        sawOffline ||
        handshakeAfter(device, args.connectAcceptedAt);
      sighting = fresh
        ? { kind: 'online', owner: device.owner?.toLowerCase() ?? null }
        : { kind: 'stale-online' };
    }
    if (sighting.kind === 'online') {
      args.onOnline();
      if (sighting.owner === expectedOwner) return { kind: 'success' };
      if (sighting.owner !== null) return { kind: 'owned-by-other' };
      shared.onlineUnclaimedSince ??= clock.now();
      if (clock.now() - shared.onlineUnclaimedSince >= timings.claimGraceMs)
        return { kind: 'claim-code-invalid' };
    }
    args.onLooked(sighting);
    nextDelay =
      shared.onlineUnclaimedSince === null ? timings.pollIntervalMs : timings.claimRecheckMs;
  }
}
