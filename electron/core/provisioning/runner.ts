// Runs one device's setup over the step table. The runner is the only code that enters phases
// (after checking each move against the table), opens and leaves the way to the device, owns
// cancellation, and writes the run's one audit record whatever its end. Steps do the work.
import { describeOutcome, type Outcome } from '../../../shared/outcome';
import type { RunOutcome } from '../../../shared/provisioning';
import { throwIfAborted } from '../runtime';
import { NOTHING_TO_RESTORE, WifiRestoreError, type RestoreReport } from '../wifi';
import { RunSuspended } from './background';
import { softApClientFor } from './device-probe';
import { openDeviceLink, type DeviceLink, type LinkOptions } from './device-link';
import type { Mailbox } from './mailbox';
import { choiceSecrets } from './network-choice';
import { outcomeFromError } from './outcome-from-error';
import { initialContext, type RunContext, type RunPlan } from './run-context';
import { buildRunNote, buildRunRecord } from './run-record';
import { RunTracker } from './run-tracker';
import type { RunMessage, StepFunctions, StepIo } from './step-io';
import { assertLegalMove, STEPS, type StepName, type StepTarget } from './step-table';
import { STEP_FUNCTIONS } from './steps';
import { backHomeSentence } from './steps/home-steps';
import type { RunDeps } from './types';

/** What the runner runs and how it reaches the device; tests replace both. */
export interface RunMachinery {
  steps: StepFunctions;
  openLink(options: LinkOptions): Promise<DeviceLink>;
}

const REAL_MACHINERY: RunMachinery = { steps: STEP_FUNCTIONS, openLink: openDeviceLink };

export class ProvisioningRun {
  readonly tracker: RunTracker;
  private readonly abort = new AbortController();
  private ctx: RunContext;
  private step: StepName | 'start' = 'start';
  private link: DeviceLink | null = null;
  private lastRestore: RestoreReport | null = null;
  private startedAt: Date | null = null;
  /** This run closed the offline gate (its trip) and owes reopening it; no one else's is touched. */
  private closedGate = false;
  /** A station unit past its trip: it no longer holds the device (step-table.ts `detaches`). */
  private detached = false;
  private suspendRequested = false;

  constructor(
    private readonly deps: RunDeps,
    readonly plan: RunPlan,
    private readonly mailbox: Mailbox<RunMessage>,
    private readonly machinery: RunMachinery = REAL_MACHINERY,
  ) {
    this.tracker = new RunTracker(plan.runId, deps.events, () => deps.clock.now());
    this.ctx = initialContext(plan);
  }

  get runId(): string {
    return this.plan.runId;
  }

  /** The step the run is in (for the engine's "is it waiting for a choice?"). */
  get currentStep(): StepName | 'start' {
    return this.step;
  }

  get awaitingNetwork(): boolean {
    return this.step === 'choose-network';
  }

  /** True once the trip is over and the run goes on without the device (a station unit). */
  get isDetached(): boolean {
    return this.detached;
  }

  cancel(): void {
    this.abort.abort();
  }

  /**
   * Stops a detached run without an outcome or a record (the app is closing): its unit is still
   * in the station journal and is verified again at the next start. False when the run still
   * holds the device (that run is cancelled instead, and records it).
   */
  suspend(): boolean {
    if (!this.detached) return false;
    this.suspendRequested = true;
    this.abort.abort();
    return true;
  }

  async execute(): Promise<RunOutcome> {
    const resumed = this.plan.resumed;
    const startedAt = resumed === null ? new Date(this.deps.clock.now()) : new Date(resumed.startedAt);
    this.startedAt = startedAt;
    if (resumed !== null) this.tracker.seed(resumed.phases);
    // Let provision.start answer first: the window learns the run id before the run's first
    // events (its LED in particular), or it would drop them as belonging to no run it knows.
    await new Promise<void>((resolve) => setImmediate(resolve));
    let outcome: Outcome;
    let errorCode: string | null;
    try {
      let next: StepTarget = resumed === null ? 'prepare' : 'resume';
      while (next !== 'done') {
        assertLegalMove(this.step, next);
        throwIfAborted(this.abort.signal);
        await this.enter(next);
        const done = await this.machinery.steps[next](this.ctx, this.io());
        this.ctx = done.ctx;
        next = done.next;
      }
      const verdict = this.ctx.verdict;
      if (verdict === null) throw new Error('The run ended without a verdict.');
      outcome = verdict.outcome;
      errorCode = verdict.errorCode;
      this.tracker.finish(
        outcome.kind === 'success' ? 'ok' : 'failed',
        describeOutcome(outcome).sentence,
      );
    } catch (thrown) {
      if (this.suspendRequested) {
        this.reopenGate();
        throw new RunSuspended(this.runId);
      }
      const error = await this.failed(thrown);
      const mapped = outcomeFromError(error, {
        phase: this.tracker.phase,
        deviceId: this.ctx.deviceId,
        targetSsid: this.ctx.targetSsid,
        cancelled: this.abort.signal.aborted,
      });
      outcome = mapped.outcome;
      errorCode = mapped.errorCode;
      this.tracker.finish(outcome.kind === 'cancelled' ? 'cancelled' : 'failed', mapped.sentence);
    } finally {
      this.reopenGate();
    }
    return this.conclude(startedAt, outcome, errorCode);
  }

  /**
   * Reopens the gate only if this run closed it: a station unit verifying in the background
   * must not reopen the gate while the next unit's trip has the host on a Photon.
   */
  private reopenGate(): void {
    if (!this.closedGate) return;
    this.closedGate = false;
    this.deps.gate.back();
  }

  /**
   * Enters a step: its phase on the checklist, and the way to the device opened or left as the
   * step needs (leaving is the restore: it happens inside the restore phase, seen on screen).
   */
  private async enter(step: StepName): Promise<void> {
    const spec = STEPS[step];
    this.tracker.enter(spec.phase);
    this.step = step;
    if (spec.needsDevice && this.link === null) {
      this.deps.gate.leave(false);
      this.closedGate = true;
      this.link = await this.machinery.openLink({
        wifi: this.deps.wifi,
        directEndpoint: this.deps.directEndpoint,
        softAp: this.deps.softAp,
        prefix: this.deps.context.softApPrefix,
        signal: this.abort.signal,
        onProgress: (progress) =>
          this.tracker.detail(progress.message, progress.countdownS ?? null),
        note: () =>
          buildRunNote({
            runId: this.runId,
            startedAt: this.startedAt ?? new Date(this.deps.clock.now()),
            context: this.deps.context,
            account: this.deps.account,
            deviceId: this.ctx.deviceId,
            ssid: this.ctx.targetSsid,
            phase: this.tracker.phase,
          }),
      });
      this.deps.gate.setDualHomed(this.link.secondLink);
    }
    // The journal's note follows the run (its phase, the device id once identified).
    await this.link?.trip?.noteChanged();
    if (!spec.needsDevice && this.link !== null) {
      const report = await this.leaveDevice();
      if (!report.ok) throw report.error;
    }
    // The trip is over for good: a station unit lets the next one have the device.
    if (spec.detaches === true && !this.detached && this.deps.background !== undefined) {
      this.detached = true;
      const now = this.deps.clock.now();
      this.deps.background.onDetach({
        startedAt: (this.startedAt ?? new Date(now)).toISOString(),
        deviceId: this.ctx.deviceId,
        deviceSsid: this.ctx.deviceSsid,
        targetSsid: this.ctx.targetSsid,
        connectAcceptedAt: this.ctx.connectAcceptedAt ?? now,
        phases: this.tracker.records(),
      });
    }
  }

  private async leaveDevice(): Promise<RestoreReport> {
    const link = this.link;
    if (link === null) return this.lastRestore ?? NOTHING_TO_RESTORE;
    try {
      this.lastRestore = await link.leave();
    } finally {
      this.link = null;
      this.reopenGate();
    }
    return this.lastRestore;
  }

  /**
   * After a failure: the cause (not its abort echo), and the host back home before anything
   * else. That restore is recorded on its own line, so the record says it ran.
   */
  private async failed(thrown: unknown): Promise<unknown> {
    const cause = this.link?.explain(thrown) ?? thrown;
    if (this.link === null) return cause;
    const started = this.deps.clock.now();
    const report = await this.leaveDevice();
    this.tracker.ranAside(
      'restore',
      this.deps.clock.now() - started,
      report.ok,
      backHomeSentence(report),
    );
    return report.ok ? cause : new WifiRestoreError(report.error.network, { cause });
  }

  private io(): StepIo {
    const link = this.link;
    const tracker = this.tracker;
    const { softAp, events, timings } = this.deps;
    const runId = this.runId;
    const mailbox = this.mailbox;
    const signal = link?.signal ?? this.abort.signal;
    return {
      deps: this.deps,
      background: this.detached ? (this.deps.background ?? null) : null,
      signal,
      link,
      lastRestore: this.lastRestore,
      trip() {
        const trip = link?.trip ?? null;
        if (trip === null) throw new Error('This step needs a Wi-Fi trip.');
        return trip;
      },
      device() {
        if (link === null) throw new Error('This step needs the device.');
        return softApClientFor(softAp, link.endpoint());
      },
      detail: (text, countdownS = null) => tracker.detail(text, countdownS),
      led: (state, source, basis) => tracker.led(state, source, basis),
      facts: (patch) => tracker.update(patch),
      offerNetworks: (networks) => events.emit('run.networks', { runId, networks }),
      nextMessage: (onTimeout) => mailbox.take(signal, timings.networkChoiceMs, onTimeout),
    };
  }

  private conclude(startedAt: Date, outcome: Outcome, errorCode: string | null): RunOutcome {
    const record = buildRunRecord({
      runId: this.runId,
      startedAt,
      endedAt: new Date(this.deps.clock.now()),
      context: this.deps.context,
      account: this.deps.account,
      // A step that failed on learning the id (a label mismatch) left it in the outcome only.
      deviceId: this.ctx.deviceId ?? outcome.deviceId,
      ssid: this.ctx.targetSsid,
      outcome,
      errorCode,
      phases: this.tracker.records(),
      appVersion: this.deps.appVersion,
      simulated: this.deps.simulated,
    });
    try {
      this.deps.audit.append(record, this.secrets());
    } catch (error) {
      this.deps.log.warn(
        `The audit record of run ${this.runId} could not be written (${error instanceof Error ? error.name : 'error'}).`,
      );
    }
    const result: RunOutcome = {
      runId: this.runId,
      outcome,
      description: describeOutcome(outcome),
      record,
    };
    this.deps.events.emit('run.outcome', result);
    return result;
  }

  /** Everything secret this run touched: the audit log's guard. */
  secrets(): string[] {
    const { prepared, choice } = this.ctx;
    return [
      ...this.deps.account.secrets(),
      ...(prepared === null ? [] : [prepared.claimCode]),
      ...(prepared === null || prepared.customerToken === null ? [] : [prepared.customerToken]),
      ...(choice === null ? [] : choiceSecrets(choice)),
    ];
  }
}
