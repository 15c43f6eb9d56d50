// What verify concludes, and what its pollers share while it runs.
import type { Outcome } from '../../../../shared/outcome';
import type { CloudError } from '../../cloud';

export interface Verified {
  outcome: Outcome;
  errorCode: string | null;
}

/** A poller's conclusive finding; the first one wins and stops the others. */
export type Verdict =
  | { kind: 'success' }
  | { kind: 'owned-by-other' }
  | { kind: 'claim-code-invalid' }
  | { kind: 'ap-reappeared' }
  | { kind: 'deadline' };

/** Facts one poller learns that another needs. */
export interface VerifyShared {
  /** The last passing cloud failure: a deadline with one of these is a cloud error, not silence. */
  lastTransient: CloudError | null;
  /**
   * When the cloud first showed the device freshly online with no owner (the claim may still
   * land a moment later: Device OS sends the claim code after its handshake).
   */
  onlineUnclaimedSince: number | null;
  /** When the event stream first carried an event of this device during verify: it is connected now. */
  streamSawDeviceAt: number | null;
}
