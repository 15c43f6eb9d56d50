// The run's legal moves, in one table that drives it: the runner refuses any transition a step
// asks for that is not listed here. Each step shows as one of the phases of shared/phases.ts and
// either needs the device (it runs while the host is on the device's network, or reaches it
// directly) or runs with the host back on its own network.
//
// Paths through the table:
//   Wi-Fi:   prepare → find → join → identify → talk → scan → choose-network → configure → connect
//            → restore → verify
//   direct:  prepare → identify → … → connect → verify              (no Wi-Fi switch)
//   the hop: … configure → restore → import-hop → join → connect → restore → verify
//            (a product device whose id was unknown, with no second link to reach the cloud)
//   station: … verify → confirm → done  (the operator confirms the unit by its rainbow)
//   resumed: resume → verify …           (a unit whose trip ended before a restart)
//
// A step marked `detaches` is where a station unit lets go of the device: its trip is over, so the
// device-access lock is released and the next unit's trip may start while this one goes on in
// the background (its cloud calls then wait while the host is on another Photon).
import type { RunPhase } from '../../../shared/phases';

export const STEP_NAMES = [
  'prepare',
  'find',
  'join',
  'identify',
  'talk',
  'scan',
  'choose-network',
  'configure',
  'import-now',
  'connect',
  'restore',
  'import-hop',
  'resume',
  'verify',
  'confirm',
] as const;

export type StepName = (typeof STEP_NAMES)[number];
export type StepTarget = StepName | 'done';

interface StepSpec {
  /** The checklist line this step shows as. */
  phase: RunPhase;
  /** Runs with the device reachable (the runner opens the way there first, and closes it after). */
  needsDevice: boolean;
  /** Where it may go next. */
  next: readonly StepTarget[];
  /** A station unit lets go of the device here (see the header). */
  detaches?: true;
}

export const STEPS: Readonly<Record<StepName, StepSpec>> = {
  prepare: { phase: 'prepare', needsDevice: false, next: ['find', 'identify'] },
  find: { phase: 'find', needsDevice: true, next: ['join'] },
  join: { phase: 'join', needsDevice: true, next: ['identify', 'connect'] },
  identify: { phase: 'talk', needsDevice: true, next: ['talk'] },
  talk: { phase: 'talk', needsDevice: true, next: ['scan', 'configure'] },
  scan: { phase: 'talk', needsDevice: true, next: ['choose-network', 'configure'] },
  'choose-network': { phase: 'talk', needsDevice: true, next: ['configure', 'scan'] },
  configure: { phase: 'configure', needsDevice: true, next: ['connect', 'import-now', 'restore'] },
  'import-now': { phase: 'configure', needsDevice: true, next: ['connect'] },
  connect: { phase: 'connect', needsDevice: true, next: ['restore', 'verify'] },
  restore: { phase: 'restore', needsDevice: false, next: ['verify', 'import-hop'] },
  'import-hop': { phase: 'restore', needsDevice: false, next: ['join'] },
  resume: { phase: 'verify', needsDevice: false, next: ['verify'], detaches: true },
  verify: { phase: 'verify', needsDevice: false, next: ['done', 'confirm'], detaches: true },
  confirm: { phase: 'verify', needsDevice: false, next: ['done'] },
};

/** Where a run may begin: a new unit prepares; a unit resumed after a restart goes to verify. */
const FIRST_STEPS: readonly StepName[] = ['prepare', 'resume'];

export class IllegalTransitionError extends Error {
  constructor(from: StepName | 'start', to: StepTarget) {
    super(`The run cannot go from ${from} to ${to}.`);
    this.name = 'IllegalTransitionError';
  }
}

/** Throws unless the table lists the move. */
export function assertLegalMove(from: StepName | 'start', to: StepTarget): void {
  const legal =
    from === 'start' ? (FIRST_STEPS as readonly StepTarget[]).includes(to) : STEPS[from].next.includes(to);
  if (!legal) throw new IllegalTransitionError(from, to);
}
