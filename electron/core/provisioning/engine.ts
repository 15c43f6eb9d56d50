// The provisioning engine: starts runs from the contract's provision.start and steers them by
// chooseNetwork / rescan / cancel. It resolves the start's inputs (profile, known device id)
// before any cloud or Wi-Fi work, so a bad start changes nothing, and a run holds the one
// device-access lock from start to outcome.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type {
  ChooseNetworkInput,
  chooseNetworkInputSchema,
  NetworkChoice,
  RunOutcome,
  RunSnapshot,
  startInputSchema,
} from '../../../shared/provisioning';
import { deviceIdProblem, normalizeDeviceId } from '../../../shared/validate';
import { OperatorError, systemClock, type Clock } from '../runtime';
import { resolveEngineTimings, type EngineTimings } from './constants';
import { Mailbox } from './mailbox';
import { assertSendable } from './network-choice';
import type { RunPlan } from './run-context';
import { RunReplay } from './run-replay';
import { ProvisioningRun } from './runner';
import type { RunMessage } from './step-io';
import type { EngineDeps, EngineLog, RunAccount } from './types';

export type StartArgs = z.output<typeof startInputSchema>;
export type ChooseArgs = z.output<typeof chooseNetworkInputSchema>;

interface Active {
  run: ProvisioningRun;
  mailbox: Mailbox<RunMessage>;
  done: Promise<RunOutcome>;
}

const quietLog: EngineLog = { warn: () => undefined };

/**
 * A developer sign-in cannot be renewed (only product tokens refresh), so a run must not start
 * with one that could run out while the computer is offline on the device's network.
 */
function assertLastsTheRun(account: RunAccount, minValidityMs: number): void {
  if (account.renewable) return;
  const left = account.expiresInMs();
  if (left === null || left >= minValidityMs) return;
  throw new OperatorError(
    left <= 0
      ? 'Your Particle sign-in has expired. Sign in again, then start the setup.'
      : `Your Particle sign-in ends in ${Math.max(1, Math.round(left / 60_000))} min, too soon for a setup. Sign in again, then start.`,
    'sign-in-expiring',
  );
}

export class ProvisioningEngine {
  private active: Active | null = null;
  private readonly timings: EngineTimings;
  private readonly clock: Clock;
  /** Every run reports through it, so a window can ask for the latest run at any time. */
  private readonly replay: RunReplay;

  constructor(private readonly deps: EngineDeps) {
    this.timings = resolveEngineTimings(deps.timings);
    this.clock = deps.clock ?? systemClock;
    this.replay = new RunReplay(deps.events);
  }

  /** The latest run as it last reported itself (still running, or finished with its outcome). */
  current(): RunSnapshot | null {
    return this.replay.current();
  }

  /** True while a run exists (it holds the device-access lock until its outcome). */
  get busy(): boolean {
    return this.active !== null;
  }

  /** Starts a run and returns at once; the run reports through events (and `done`). */
  start(input: StartArgs): { runId: string; done: Promise<RunOutcome> } {
    this.deps.access.assertFree();
    const account = this.deps.account();
    assertLastsTheRun(account, this.timings.tokenMinValidityMs);
    if (input.profileId !== null && input.network !== undefined)
      throw new OperatorError(
        'Choose a saved network or type one in, not both.',
        'profile-and-network',
      );
    const profileChoice =
      input.profileId !== null
        ? this.deps.profiles.resolve(input.profileId)
        : (input.network ?? null);
    if (profileChoice !== null) assertSendable(profileChoice);
    let knownDeviceId: string | null = null;
    if (input.deviceId !== undefined && input.deviceId.trim() !== '') {
      const problem = deviceIdProblem(input.deviceId);
      if (problem !== null) throw new OperatorError(problem, 'invalid-device-id');
      knownDeviceId = normalizeDeviceId(input.deviceId);
    }
    const plan: RunPlan = {
      runId: (this.deps.newRunId ?? randomUUID)(),
      ssid: 'ssid' in input.device ? input.device.ssid : null,
      manual: 'manual' in input.device,
      profileChoice,
      knownDeviceId,
    };
    const release = this.deps.access.acquire(
      plan.ssid === null ? 'setting up a device' : `setting up ${plan.ssid}`,
    );
    const mailbox = new Mailbox<RunMessage>(this.clock);
    let run: ProvisioningRun;
    try {
      run = new ProvisioningRun(
        {
          cloud: this.deps.cloud(),
          gate: this.deps.gate,
          account,
          events: this.replay,
          audit: this.deps.audit,
          context: this.deps.context(),
          wifi: this.deps.wifi,
          directEndpoint: this.deps.directEndpoint,
          softAp: this.deps.softAp,
          timings: this.timings,
          clock: this.clock,
          appVersion: this.deps.appVersion,
          simulated: this.deps.simulated,
          log: this.deps.log ?? quietLog,
        },
        plan,
        mailbox,
      );
    } catch (error) {
      release();
      throw error;
    }
    this.replay.begin(plan.runId);
    const done = run.execute().finally(() => {
      if (this.active?.run === run) this.active = null;
      release();
    });
    this.active = { run, mailbox, done };
    return { runId: plan.runId, done };
  }

  private running(runId: string): Active {
    const active = this.active;
    if (active === null || active.run.runId !== runId)
      throw new OperatorError('That setup is no longer running.', 'no-such-run');
    return active;
  }

  chooseNetwork(input: ChooseArgs | ChooseNetworkInput): void {
    const active = this.running(input.runId);
    if (!active.run.awaitingNetwork)
      throw new OperatorError('This setup is not waiting for a network choice.', 'not-waiting');
    const choice: NetworkChoice =
      'profileId' in input.network
        ? this.deps.profiles.resolve(input.network.profileId)
        : input.network;
    assertSendable(choice);
    if (input.saveAsProfile === true && !('profileId' in input.network))
      this.deps.profiles.save(choice);
    active.mailbox.post({ kind: 'choice', choice });
  }

  rescan(runId: string): void {
    const active = this.running(runId);
    if (!active.run.awaitingNetwork)
      throw new OperatorError(
        'The device can scan again only while a network is being chosen.',
        'not-waiting',
      );
    active.mailbox.post({ kind: 'rescan' });
  }

  cancel(runId: string): void {
    this.running(runId).run.cancel();
  }

  /** Cancels whatever runs and waits for its restore and record (app shutdown). */
  async stop(): Promise<void> {
    const active = this.active;
    if (active === null) return;
    active.run.cancel();
    await active.done.catch(() => undefined);
  }
}
