// Every wait the engine itself owns, named and overridable (tests pass milliseconds). The SoftAP,
// cloud and Wi-Fi layers keep their own named bounds; these cover only what happens between them.
import { TOKEN_MIN_VALIDITY_MS } from '../cloud/constants';

/** How long the engine waits for the operator to pick the device's network (under the Wi-Fi session cap). */
const NETWORK_CHOICE_TIMEOUT_MS = 180_000;
/** Verify: give up on seeing the device online and owned after this long. */
const VERIFY_TIMEOUT_MS = 90_000;
/** Verify: the cloud is polled this often as the fallback to the event stream. */
export const VERIFY_POLL_INTERVAL_MS = 5_000;
/** Verify: never more polls than this, whatever the interval and timeout say. */
const VERIFY_MAX_POLLS = 40;
/** Verify: how long to wait for the event stream to open before polling anyway. */
const STREAM_OPEN_WAIT_MS = 3_000;
/** Verify: the host scans for the device's AP this often (it coming back = credentials rejected). */
const AP_WATCH_INTERVAL_MS = 3_000;
/**
 * Verify: the device's AP seen again this long after verify began counts as "listening again"
 * even if no scan caught it gone — it may have come back while this computer was rejoining its
 * own network. Shorter than this, a host's scan cache could still be showing the old AP.
 */
const AP_STALE_GRACE_MS = 10_000;
/**
 * Verify beside another unit's trip: a deadline that passed while the host was away gets one more
 * look this long after the host is back (a poll's round trip, with its retry after the drop).
 */
const VERIFY_FINAL_LOOK_MS = 3_000;
/** Online but not (yet) owned: the claim may land a moment after the online event. */
const CLAIM_GRACE_MS = 5_000;
const CLAIM_RECHECK_MS = 1_000;
/**
 * Developer mode cannot see an unclaimed device. After this long without seeing it, ask the cloud
 * to claim it by id (what the Particle CLI does after SoftAP setup); null disables that.
 */
const CLAIM_BY_ID_AFTER_MS = 30_000;

export interface EngineTimings {
  tokenMinValidityMs: number;
  networkChoiceMs: number;
  verifyMs: number;
  finalLookMs: number;
  pollIntervalMs: number;
  maxPolls: number;
  streamOpenWaitMs: number;
  apWatchIntervalMs: number;
  apStaleGraceMs: number;
  claimGraceMs: number;
  claimRecheckMs: number;
  claimByIdAfterMs: number | null;
}

export const DEFAULT_ENGINE_TIMINGS: Readonly<EngineTimings> = Object.freeze({
  tokenMinValidityMs: TOKEN_MIN_VALIDITY_MS,
  networkChoiceMs: NETWORK_CHOICE_TIMEOUT_MS,
  verifyMs: VERIFY_TIMEOUT_MS,
  finalLookMs: VERIFY_FINAL_LOOK_MS,
  pollIntervalMs: VERIFY_POLL_INTERVAL_MS,
  maxPolls: VERIFY_MAX_POLLS,
  streamOpenWaitMs: STREAM_OPEN_WAIT_MS,
  apWatchIntervalMs: AP_WATCH_INTERVAL_MS,
  apStaleGraceMs: AP_STALE_GRACE_MS,
  claimGraceMs: CLAIM_GRACE_MS,
  claimRecheckMs: CLAIM_RECHECK_MS,
  claimByIdAfterMs: CLAIM_BY_ID_AFTER_MS,
});

export const resolveEngineTimings = (
  overrides?: Partial<EngineTimings> | undefined,
): EngineTimings => ({
  ...DEFAULT_ENGINE_TIMINGS,
  ...overrides,
});
