// The provisioning engine: starts runs from the contract's provision.start and steers them by
// chooseNetwork / rescan / cancel. It resolves the start's inputs (profile, known device id)
// before any cloud or Wi-Fi work, so a bad start changes nothing. A wizard run holds the one
// device-access lock from start to outcome; a station unit (startUnit) holds it only for its
// trip and goes on verifying in the background, so several runs may be alive at once — at most
// one of them on a trip.
import { m } from '../../../shared/i18n';
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
import type { UnitBackground } from './background';
import type { ResumedUnit, RunPlan } from './run-context';
import { stationUnitEvents } from './station-unit-events';
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

/** One unit of a station's tray: its Photon, the station profile, the label scanned for it. */
export interface UnitInput {
  ssid: string;
  profileId: string;
  /** The label's device id (lowercase), checked against the device; never imported before. */
  label: string | null;
  confirmIdentity: boolean;
}

export interface UnitHandle {
  runId: string;
  /** Resolves when the unit lets go of the device (its trip is over), or when it ended first. */
  tripDone: Promise<void>;
  /** The outcome; rejects with RunSuspended when the app closed while it was being verified. */
  done: Promise<RunOutcome>;
}

interface Launch {
  plan: RunPlan;
  account: RunAccount;
  /** The device-access lock's release; null for a resumed unit, which needs no device. */
  release: (() => void) | null;
  support: UnitBackground | null;
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
      ? m('run.sign-in.expired')
      : m('run.sign-in.expiring', { minutes: Math.max(1, Math.round(left / 60_000)) }),
    'sign-in-expiring',
  );
}

export class ProvisioningEngine {
  private readonly runs = new Map<string, Active>();
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

  /** True while a run exists (a trip, or a station unit still being verified). */
  get busy(): boolean {
    return this.runs.size > 0;
  }

  /** Starts a run and returns at once; the run reports through events (and `done`). */
  start(input: StartArgs): { runId: string; done: Promise<RunOutcome> } {
    const account = this.accountForATrip();
    if (input.profileId !== null && input.network !== undefined)
      throw new OperatorError(m('run.profile-and-network'), 'profile-and-network');
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
      runId: this.newRunId(),
      ssid: 'ssid' in input.device ? input.device.ssid : null,
      manual: 'manual' in input.device,
      profileChoice,
      // Typed in the wizard: imported while online (saves a hop), and checked against the device.
      knownDeviceId,
      expectedDeviceId: knownDeviceId,
      confirmIdentity: false,
      resumed: null,
    };
    const release = this.deps.access.acquire(
      plan.ssid === null
        ? m('core.activity.setting-up-device')
        : m('core.activity.setting-up', { ssid: plan.ssid }),
    );
    const { done } = this.launch({ plan, account, release, support: null });
    return { runId: plan.runId, done };
  }

  /**
   * One unit of a station's tray: the device-access lock only for its trip, then verification in
   * the background (its record is still the run's one record). The label is checked against the
   * device before the claim code goes on it, and never imported before that.
   */
  startUnit(input: UnitInput, support: UnitBackground): UnitHandle {
    const account = this.accountForATrip();
    const profileChoice = this.deps.profiles.resolve(input.profileId);
    assertSendable(profileChoice);
    const plan: RunPlan = {
      runId: this.newRunId(),
      ssid: input.ssid,
      manual: false,
      profileChoice,
      knownDeviceId: null,
      expectedDeviceId: input.label,
      confirmIdentity: input.confirmIdentity,
      resumed: null,
    };
    const release = this.deps.access.acquire(m('core.activity.setting-up', { ssid: input.ssid }));
    return this.launch({ plan, account, release, support });
  }

  /** A unit whose trip ended before a restart: verified again (no device access needed). */
  resumeUnit(
    unit: ResumedUnit & { runId: string; confirmIdentity: boolean },
    support: UnitBackground,
  ): UnitHandle {
    const account = this.deps.account();
    const { runId, confirmIdentity, ...resumed } = unit;
    const plan: RunPlan = {
      runId,
      ssid: resumed.deviceSsid,
      manual: false,
      profileChoice: null,
      knownDeviceId: null,
      expectedDeviceId: null,
      confirmIdentity,
      resumed,
    };
    return this.launch({ plan, account, release: null, support });
  }

  /** A trip needs the device free and a session that outlasts the longest run. */
  private accountForATrip(): RunAccount {
    this.deps.access.assertFree();
    const account = this.deps.account();
    assertLastsTheRun(account, this.timings.tokenMinValidityMs);
    return account;
  }

  private newRunId(): string {
    return (this.deps.newRunId ?? randomUUID)();
  }

  private launch({ plan, account, release, support }: Launch): UnitHandle {
    let tripEnded!: () => void;
    const tripDone = new Promise<void>((resolve) => (tripEnded = resolve));
    const letGo = (): void => {
      release?.();
      tripEnded();
    };
    const mailbox = new Mailbox<RunMessage>(this.clock);
    let run: ProvisioningRun;
    try {
      run = new ProvisioningRun(
        {
          cloud: this.deps.cloud(),
          gate: this.deps.gate,
          account,
          // The wizard's runs are replayed to a window that reloads; a station unit's state is
          // the station's own (station.state).
          events: support === null ? this.replay : stationUnitEvents(this.deps.events),
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
          ...(support === null
            ? {}
            : {
                background: {
                  ...support,
                  onDetach: (unit) => {
                    letGo();
                    support.onDetach(unit);
                  },
                },
              }),
        },
        plan,
        mailbox,
      );
    } catch (error) {
      letGo();
      throw error;
    }
    if (support === null) this.replay.begin(plan.runId);
    const done = run.execute().finally(() => {
      this.runs.delete(plan.runId);
      letGo();
    });
    this.runs.set(plan.runId, { run, mailbox, done });
    return { runId: plan.runId, tripDone, done };
  }

  private running(runId: string): Active {
    const active = this.runs.get(runId);
    if (active === undefined) throw new OperatorError(m('run.gone'), 'no-such-run');
    return active;
  }

  chooseNetwork(input: ChooseArgs | ChooseNetworkInput): void {
    const active = this.running(input.runId);
    if (!active.run.awaitingNetwork) throw new OperatorError(m('run.not-waiting'), 'not-waiting');
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
      throw new OperatorError(m('run.rescan-not-waiting'), 'not-waiting');
    active.mailbox.post({ kind: 'rescan' });
  }

  cancel(runId: string): void {
    this.running(runId).run.cancel();
  }

  /**
   * App shutdown: cancels a run on a trip (its restore and record still happen) and suspends
   * station units being verified (no record now: the station journal keeps them for the next
   * start), then waits for all of them.
   */
  async stop(): Promise<void> {
    const active = [...this.runs.values()];
    for (const { run } of active) if (!run.suspend()) run.cancel();
    await Promise.all(active.map(({ done }) => done.catch(() => undefined)));
  }
}
