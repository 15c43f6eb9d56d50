// The provisioning engine: one run at a time, started from the contract's provision.start and
// steered by chooseNetwork / rescan / cancel. It resolves the start's inputs (profile, known
// device id) before any cloud or Wi-Fi work, so a bad start changes nothing.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type {
  ChooseNetworkInput,
  chooseNetworkInputSchema,
  NetworkChoice,
  RunOutcome,
  startInputSchema,
} from '../../../shared/provisioning';
import { deviceIdProblem, normalizeDeviceId } from '../../../shared/validate';
import type { CloudClient } from '../cloud';
import { OperatorError } from '../dispatch';
import type { SoftApOptions } from '../softap';
import type { AuditLog } from '../store/audit-log';
import type { DeviceEndpoint } from '../wifi';
import { resolveEngineTimings, type EngineTimings } from './constants';
import type { HostWifi } from './host-wifi';
import { Mailbox } from './mailbox';
import { assertSendable } from './network-choice';
import type { OfflineGate } from './offline-gate';
import { ProvisioningRun, type RunMessage } from './run';
import type { EngineEvents, ProfileSource, RunAccount, RunContextInfo } from './types';

export type StartArgs = z.output<typeof startInputSchema>;
export type ChooseArgs = z.output<typeof chooseNetworkInputSchema>;

export interface EngineDeps {
  cloud: () => CloudClient;
  gate: OfflineGate;
  /** The signed-in account; throws an OperatorError when there is none. */
  account: () => RunAccount;
  profiles: ProfileSource;
  events: EngineEvents;
  audit: AuditLog;
  context: () => RunContextInfo;
  /** null when the host Wi-Fi is not switched (the device is reached directly). */
  wifi: HostWifi | null;
  /** The device answers here without any Wi-Fi switch (CLI --softap-host, already joined). */
  directEndpoint?: DeviceEndpoint | null;
  softAp?: SoftApOptions;
  timings?: Partial<EngineTimings>;
  appVersion: string;
  simulated: boolean;
  newRunId?: () => string;
  log?: { warn(message: string): void };
}

interface Active {
  run: ProvisioningRun;
  mailbox: Mailbox<RunMessage>;
  done: Promise<RunOutcome>;
}

export class ProvisioningEngine {
  private active: Active | null = null;
  private readonly timings: EngineTimings;

  constructor(private readonly deps: EngineDeps) {
    this.timings = resolveEngineTimings(deps.timings);
  }

  get busy(): boolean {
    return this.active !== null;
  }

  /** Starts a run and returns at once; the run reports through events (and `done`). */
  start(input: StartArgs): { runId: string; done: Promise<RunOutcome> } {
    if (this.active !== null)
      throw new OperatorError(
        'A setup is already running. Wait for it to finish or cancel it first.',
        'busy',
      );
    const account = this.deps.account();
    const profileChoice =
      input.profileId === null ? null : this.deps.profiles.resolve(input.profileId);
    if (profileChoice !== null) assertSendable(profileChoice);
    let knownDeviceId: string | null = null;
    if (input.deviceId !== undefined && input.deviceId.trim() !== '') {
      const problem = deviceIdProblem(input.deviceId);
      if (problem !== null) throw new OperatorError(problem, 'invalid-device-id');
      knownDeviceId = normalizeDeviceId(input.deviceId);
    }
    const runId = (this.deps.newRunId ?? randomUUID)();
    const mailbox = new Mailbox<RunMessage>();
    const run = new ProvisioningRun(
      {
        cloud: this.deps.cloud(),
        gate: this.deps.gate,
        account,
        profiles: this.deps.profiles,
        events: this.deps.events,
        audit: this.deps.audit,
        context: this.deps.context(),
        wifi: this.deps.wifi,
        directEndpoint: this.deps.directEndpoint ?? null,
        softAp: this.deps.softAp ?? {},
        timings: this.timings,
        appVersion: this.deps.appVersion,
        simulated: this.deps.simulated,
        log: this.deps.log ?? { warn: () => undefined },
      },
      {
        runId,
        ssid: 'ssid' in input.device ? input.device.ssid : null,
        manual: 'manual' in input.device,
        profileChoice,
        knownDeviceId,
      },
      mailbox,
    );
    const done = run.execute().finally(() => {
      if (this.active?.run === run) this.active = null;
    });
    this.active = { run, mailbox, done };
    return { runId, done };
  }

  private current(runId: string): Active {
    const active = this.active;
    if (active === null || active.run.runId !== runId)
      throw new OperatorError('That setup is no longer running.', 'no-such-run');
    return active;
  }

  chooseNetwork(input: ChooseArgs | ChooseNetworkInput): void {
    const active = this.current(input.runId);
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
    const active = this.current(runId);
    if (!active.run.awaitingNetwork)
      throw new OperatorError(
        'The device can scan again only while a network is being chosen.',
        'not-waiting',
      );
    active.mailbox.post({ kind: 'rescan' });
  }

  cancel(runId: string): void {
    this.current(runId).run.cancel();
  }

  /** Cancels whatever runs and waits for its restore and record (app shutdown). */
  async stop(): Promise<void> {
    const active = this.active;
    if (active === null) return;
    active.run.cancel();
    await active.done.catch(() => undefined);
  }
}
