// Poller 3 (developer mode): a developer cannot see a device that is not claimed to them, so
// after a while without seeing it, ask the cloud to claim it by id — what the Particle CLI does
// after SoftAP setup. It tells "online, claim code lost" from "not online yet".
import { CloudError, type CloudClient } from '../../cloud';
import { isCancelled, type Clock, type Doorbell } from '../../runtime';
import type { Verdict, VerifyShared } from './verdicts';

const TRANSIENT = new Set(['rate-limited', 'server-error', 'timeout', 'offline']);

export interface ClaimByIdArgs {
  cloud: CloudClient;
  deviceId: string;
  token: () => Promise<string>;
  afterMs: number;
  clock: Clock;
  /** Rung after a claim went through, so the cloud poller looks at once. */
  bell: Doorbell;
  shared: VerifyShared;
  signal: AbortSignal;
}

/** Resolves only when the device turns out to belong to someone else. */
export async function claimById(args: ClaimByIdArgs): Promise<Verdict> {
  const { cloud, clock, shared, signal } = args;
  for (;;) {
    await clock.sleep(args.afterMs, signal);
    // Seen online without an owner: the claim code path is working; no need to force it.
    if (shared.onlineUnclaimedSince !== null) continue;
    try {
      await cloud.claimDevice(await args.token(), args.deviceId, { signal });
      args.bell.ring();
    } catch (error) {
      if (isCancelled(error)) throw error;
      if (error instanceof CloudError && error.kind === 'owned-by-someone-else')
        return { kind: 'owned-by-other' };
      if (error instanceof CloudError && TRANSIENT.has(error.kind)) shared.lastTransient = error;
    }
  }
}
