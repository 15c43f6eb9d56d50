// Station mode as the renderer and the CLI see it: a tray of Photons set up one after another by
// a loop in the core, each unit's trip on the device's network followed by its verification in
// the background. The state is the core's; a window only shows it and sends the operator's few
// actions (start, a scanned label, the rainbow answer, stop).
import { z } from 'zod';
import type { RunRecord } from './audit';
import type { Message } from './i18n';
import { FIELD_LIMITS } from './limits';
import type { OutcomeKind, RunPhase } from './outcome';

export const stationStartSchema = z.strictObject({
  /** The station profile every unit gets (the network, its security, channel and password). */
  profileId: z.string().min(1).max(64),
  /** Wait for a label scan before each unit, and check it against the device. */
  requireLabel: z.boolean().default(false),
  /** Once online, make the unit flash rainbow and ask the operator to confirm it is the one in hand. */
  confirmIdentity: z.boolean().default(false),
});

export const stationStopSchema = z.strictObject({
  /** Also cancel the units still being verified (each still gets its one record). */
  now: z.boolean().default(false),
});

export const stationLabelSchema = z.strictObject({
  label: z.string().max(FIELD_LIMITS.stationLabel),
});

export const stationAnswerSchema = z.strictObject({
  runId: z.string().min(1).max(64),
  confirmed: z.boolean(),
});

/** Where a unit is: on its trip (the host on its network), verifying, waiting for the operator, done. */
type UnitStage = 'trip' | 'verifying' | 'confirming' | 'done';

export interface StationUnit {
  runId: string;
  /** The Photon-… network it was found by. */
  deviceSsid: string | null;
  /** Lowercase, once the device said it (or from its record). */
  deviceId: string | null;
  /** The label scanned for it, if any. */
  label: string | null;
  stage: UnitStage;
  phase: RunPhase;
  /** The latest line of its current phase. */
  detail: Message | null;
  startedAt: string;
  endedAt: string | null;
  outcome: OutcomeKind | null;
  /** true = PASS, false = FAIL, null while it runs. */
  passed: boolean | null;
  /** The outcome's title and sentence once it ended. */
  title: Message | null;
  sentence: Message | null;
}

export interface StationTally {
  /** When this shift began (its counts start here). */
  since: string;
  done: number;
  passed: number;
  failed: number;
  /** The median gap from one unit's start to the next's: the station's pace. */
  medianSeconds: number | null;
  /** Units done per hour between the first start and the last end of the shift. */
  devicesPerHour: number | null;
}

/** "Is the unit in your hand flashing rainbow?" — asked for one unit at a time. */
export interface IdentityQuestion {
  runId: string;
  deviceId: string;
  deviceSsid: string | null;
  /** When the question goes unanswered (ISO): a window counts down to it. */
  until: string;
}

export interface StationConfig {
  profileId: string;
  /** The profile's network, readable. */
  network: string;
  requireLabel: boolean;
  confirmIdentity: boolean;
}

export interface StationState {
  status: 'stopped' | 'running' | 'stopping';
  config: StationConfig | null;
  /** What the station is doing, in one sentence. */
  activity: Message;
  /** What it waits for before the next unit can start. */
  waitingFor: 'label' | 'device' | null;
  /** A label scanned for the next unit. */
  pendingLabel: string | null;
  /** The unit on its trip (the host on its network). */
  current: StationUnit | null;
  /** Units past their trip, being checked with the cloud (or waiting for the rainbow answer). */
  verifying: StationUnit[];
  /** Units of this session that failed and have not been re-queued, newest first. */
  attention: StationUnit[];
  /** The last units that ended this shift, newest first (from the audit log). */
  recent: StationUnit[];
  /** The unit that ended last: the big PASS/FAIL tile. */
  last: StationUnit | null;
  tally: StationTally;
  question: IdentityQuestion | null;
  /** Why the loop cannot go on (names hidden, no Wi-Fi control, signed out), or null. */
  problem: Message | null;
  /** Units from before a restart still to be checked with the cloud (at the next Start). */
  carriedOver: number;
  /** Failed units "Retry failed" would set up again when they show up. */
  retryable: number;
}

/** A unit's verdict as the tiles show it: only a success passes. */
export const passes = (outcome: OutcomeKind): boolean => outcome === 'success';

const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * The tally of some run records (a shift, a report's range). The pace is the median gap between
 * consecutive starts (robust to a break), the rate is units over the whole span worked.
 */
export function tallyOf(records: readonly RunRecord[], since: string): StationTally {
  const runs = [...records].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const passed = runs.filter((record) => passes(record.outcome)).length;
  const starts = runs.map((record) => Date.parse(record.startedAt));
  const gaps = starts.slice(1).map((start, index) => (start - starts[index]!) / 1000);
  const first = starts[0];
  const lastEnd = Math.max(...runs.map((record) => Date.parse(record.endedAt)));
  const hours = first === undefined ? 0 : (lastEnd - first) / 3_600_000;
  const pace = median(gaps);
  return {
    since,
    done: runs.length,
    passed,
    failed: runs.length - passed,
    medianSeconds: pace === null ? null : Math.round(pace * 10) / 10,
    devicesPerHour: hours > 0 ? Math.round((runs.length / hours) * 10) / 10 : null,
  };
}
