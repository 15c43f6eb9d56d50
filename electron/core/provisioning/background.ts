// What a station unit stands on once its trip is over and it goes on beside the next unit's trip:
// a cloud client that waits (never tries and gets refused) while the host is on another Photon,
// the station's own view of the air, and the operator's answer about the rainbow.
import type { PhaseResult } from '../../../shared/audit';
import type { RunPhase } from '../../../shared/phases';
import type { CloudClient } from '../cloud';

/** Whether the host sees the device's setup network (again). */
export type ApVisible = (ssid: string, signal: AbortSignal) => Promise<boolean>;

export type IdentityAnswer = 'confirmed' | 'denied' | 'no-answer' | 'signal-failed';

export interface UnitBackground {
  /** Requests wait while the host is on a device's network (OfflineGate.pausingFetch + ready). */
  cloud: CloudClient;
  /** Whether the station's latest scan shows the device's AP; null when it cannot look. */
  apVisible: ApVisible | null;
  /** Makes the device flash rainbow and asks the operator, one unit at a time. */
  confirmIdentity(deviceId: string, signal: AbortSignal): Promise<IdentityAnswer>;
  /**
   * Called once, when the run reaches a step that detaches: the trip is over. It carries what a
   * restart needs to verify the unit again (the device id is null only if it was never read).
   */
  onDetach(unit: DetachedUnit): void;
}

/** What a detached run knew when its trip ended (kept by the station journal across restarts). */
export interface ResumedUnit {
  /** ISO time the run started: the record keeps it. */
  startedAt: string;
  deviceId: string;
  deviceSsid: string | null;
  targetSsid: string | null;
  connectAcceptedAt: number;
  /** The phases before verify, as the record had them. */
  phases: Array<{ phase: RunPhase; ms: number; result: PhaseResult }>;
}

export type DetachedUnit = Omit<ResumedUnit, 'deviceId'> & { deviceId: string | null };

/** A detached run stopped without an outcome (the app is closing): the station journal keeps it. */
export class RunSuspended extends Error {
  constructor(readonly runId: string) {
    super(`Run ${runId} was suspended until the next start.`);
    this.name = 'RunSuspended';
  }
}
