// Every wait and bound the station loop owns, named and overridable (tests pass milliseconds).
// The engine, the Wi-Fi layer and the cloud client keep their own.

/**
 * How often the host's Wi-Fi is scanned for the next Photon while no trip holds the radio. Short
 * enough that a unit powered in listening mode starts within a couple of seconds; a fresh scan
 * on a laptop itself takes a few, so asking faster gains nothing.
 */
const STATION_SCAN_INTERVAL_MS = 2_000;
/** How long the rainbow question waits for the operator's key before it counts as unanswered. */
const IDENTITY_ANSWER_MS = 60_000;
/** The signal call needs a token good for at least this long (it is one request). */
export const SIGNAL_TOKEN_MIN_VALIDITY_MS = 60_000;
/** The last units shown with their result. */
const RECENT_UNITS = 8;
/** Failed units kept in view for the operator. */
const ATTENTION_UNITS = 6;

export interface StationTimings {
  scanIntervalMs: number;
  identityAnswerMs: number;
  recentUnits: number;
  attentionUnits: number;
}

const DEFAULT_STATION_TIMINGS: Readonly<StationTimings> = Object.freeze({
  scanIntervalMs: STATION_SCAN_INTERVAL_MS,
  identityAnswerMs: IDENTITY_ANSWER_MS,
  recentUnits: RECENT_UNITS,
  attentionUnits: ATTENTION_UNITS,
});

export const resolveStationTimings = (overrides?: Partial<StationTimings>): StationTimings => ({
  ...DEFAULT_STATION_TIMINGS,
  ...overrides,
});
