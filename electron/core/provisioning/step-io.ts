// What a step may use: the run's deps, the way to the device the runner opened, and the run's
// voice (detail line, LED, known facts, the operator's answers). A step cannot enter a phase,
// open or leave the device's network, or write the record: those are the runner's.
import type { Message } from '../../../shared/i18n';
import type { LedReport, LedStateId } from '../../../shared/led';
import type { DeviceNetwork, NetworkChoice, RunProgress } from '../../../shared/provisioning';
import type { SoftApClient } from '../softap';
import type { RestoreReport, WifiTrip } from '../wifi';
import type { UnitBackground } from './background';
import type { DeviceLink } from './device-link';
import type { RunContext } from './run-context';
import type { StepName, StepTarget } from './step-table';
import type { RunDeps } from './types';

export type RunMessage = { kind: 'choice'; choice: NetworkChoice } | { kind: 'rescan' };

type ProgressFacts = Partial<Omit<RunProgress, 'runId' | 'phase' | 'phases'>>;

export interface StepIo {
  readonly deps: RunDeps;
  /** A station unit after its trip: the pausing cloud, the station's scans, the operator. */
  readonly background: UnitBackground | null;
  /** The link's signal while the device is reachable, the run's otherwise. */
  readonly signal: AbortSignal;
  /** The open way to the device; null in steps that run back home. */
  readonly link: DeviceLink | null;
  /** The Wi-Fi trip (find and join steps); throws on a direct link. */
  trip(): WifiTrip;
  /** A SoftAP client for the device on the open link. */
  device(): SoftApClient;
  /** How the last leave() went (the restore step reports it). */
  readonly lastRestore: RestoreReport | null;
  detail(text: Message, countdownS?: number | null): void;
  led(state: LedStateId, source: LedReport['source'], basis: Message): void;
  /** Facts the window shows beside the checklist (device id, networks, waiting for a choice). */
  facts(patch: ProgressFacts): void;
  /** The device's own scan list, for the operator to choose from. */
  offerNetworks(networks: DeviceNetwork[]): void;
  /** The operator's next answer (bounded by the network-choice timeout). */
  nextMessage(onTimeout: () => Error): Promise<RunMessage>;
}

interface Transition {
  next: StepTarget;
  ctx: RunContext;
}

export type Step = (ctx: RunContext, io: StepIo) => Promise<Transition>;

export type StepFunctions = Readonly<Record<StepName, Step>>;
