// One device's setup as an explicit state machine: prepare (online) → find → join → talk →
// configure → connect → restore → verify → outcome. The host leaves its network only after
// prepare succeeded, the offline gate shuts the cloud out while it is away, restore always runs,
// and exactly one audit record is written at the end.
import type { RunOutcome } from '../../../shared/provisioning';
import { describeOutcome, type Outcome } from '../../../shared/outcome';
import type { NetworkChoice } from '../../../shared/provisioning';
import type { AuditLog } from '../store/audit-log';
import type { ApInfo, DevicePublicKey, SoftApClient, SoftApOptions } from '../softap';
import type { DeviceEndpoint, WifiProgress, WifiSessionContext } from '../wifi';
import type { CloudClient } from '../cloud';
import type { EngineTimings } from './constants';
import { softApClientFor, wifiPrefix } from './device-probe';
import { EngineError, RunCancelled } from './engine-error';
import type { Mailbox } from './mailbox';
import { assertSendable, choiceSecrets, completeFromScan, toDeviceNetwork } from './network-choice';
import type { OfflineGate } from './offline-gate';
import { outcomeFromError } from './outcome-from-error';
import { importDevice, prepare, type Prepared } from './prepare';
import { buildRunRecord } from './run-record';
import { RunTracker } from './run-tracker';
import type { EngineEvents, ProfileSource, RunAccount, RunContextInfo } from './types';
import { newWifiSession, type HostWifi } from './host-wifi';
import { verify } from './verify';

export type RunMessage = { kind: 'choice'; choice: NetworkChoice } | { kind: 'rescan' };

export interface RunDeps {
  cloud: CloudClient;
  gate: OfflineGate;
  account: RunAccount;
  profiles: ProfileSource;
  events: EngineEvents;
  audit: AuditLog;
  context: RunContextInfo;
  wifi: HostWifi | null;
  directEndpoint: DeviceEndpoint | null;
  softAp: SoftApOptions;
  timings: EngineTimings;
  appVersion: string;
  simulated: boolean;
  log: { warn(message: string): void };
}

export interface RunPlan {
  runId: string;
  /** A Photon-… SSID to join, or null to find one (or, manual, to wait for the operator). */
  ssid: string | null;
  manual: boolean;
  /** From a station profile chosen at start; null to ask the operator after the device's scan. */
  profileChoice: NetworkChoice | null;
  knownDeviceId: string | null;
}

/** SoftAP's prefix ends with "-"; the Wi-Fi layer's does not. */

export class ProvisioningRun {
  readonly tracker: RunTracker;
  private readonly abort = new AbortController();
  private cancelled = false;
  private deviceId: string | null = null;
  private targetSsid: string | null = null;
  private deviceSsid: string | null = null;
  private prepared: Prepared | null = null;
  private choice: NetworkChoice | null;
  private failedPhase = false;
  private awaiting = false;
  /** The current Wi-Fi trip's work finished: its restore is the run's restore phase. */
  private useOk = false;
  /** While on a Wi-Fi trip: aborts on cancel, on a Wi-Fi drop and at the session cap. */
  private tripSignal: AbortSignal | null = null;

  constructor(
    private readonly deps: RunDeps,
    readonly plan: RunPlan,
    private readonly mailbox: Mailbox<RunMessage>,
  ) {
    this.tracker = new RunTracker(plan.runId, deps.events);
    this.choice = plan.profileChoice;
  }

  get runId(): string {
    return this.plan.runId;
  }

  get awaitingNetwork(): boolean {
    return this.awaiting;
  }

  cancel(): void {
    this.cancelled = true;
    this.abort.abort();
  }

  private get signal(): AbortSignal {
    return this.abort.signal;
  }

  /** For device commands: the trip's signal when on one, else the run's. */
  private get deviceSignal(): AbortSignal {
    return this.tripSignal ?? this.abort.signal;
  }

  private checkCancel(): void {
    if (this.cancelled) throw new RunCancelled();
  }

  async execute(): Promise<RunOutcome> {
    const startedAt = new Date();
    const t = this.tracker;
    let outcome: Outcome;
    let errorCode: string | null = null;
    this.deps.gate.back();
    // Let provision.start answer first: the window learns the run id before the run's first
    // events (its LED in particular), or it would drop them as belonging to no run it knows.
    await new Promise<void>((resolve) => setImmediate(resolve));
    try {
      t.enter('prepare', 'Getting everything from the cloud while this computer is online.');
      t.led('listening', 'expected', 'Put the Photon in listening mode (blinking dark blue).');
      this.prepared = await prepare({
        cloud: this.deps.cloud,
        gate: this.deps.gate,
        account: this.deps.account,
        knownDeviceId: this.plan.knownDeviceId,
        minValidityMs: this.deps.timings.tokenMinValidityMs,
        signal: this.signal,
        onDetail: (text) => t.detail(text),
      });
      this.checkCancel();
      if (this.deps.directEndpoint !== null || this.deps.wifi === null) await this.directTrip();
      else await this.wifiTrip(this.deps.wifi);
      this.checkCancel();
      t.enter('verify', 'Waiting for the device to reach the cloud.');
      t.led('cloud-connecting', 'expected', 'It should be joining Wi-Fi, then reaching the cloud.');
      const verified = await verify({
        cloud: this.deps.cloud,
        gate: this.deps.gate,
        account: this.deps.account,
        deviceId: this.deviceId!,
        targetSsid: this.targetSsid ?? '',
        deviceSsid: this.deviceSsid,
        timings: this.deps.timings,
        signal: this.signal,
        apVisible: this.apWatcher(),
        onDetail: (text, countdownS) => t.detail(text, countdownS),
        onLed: (state, source, basis) => t.led(state, source, basis),
      });
      outcome = verified.outcome;
      errorCode = verified.errorCode;
      if (outcome.kind === 'configured-not-online')
        t.led(
          'wifi-joining',
          'expected',
          'Not seen online: the LED colour tells where it stopped.',
        );
      t.finish(outcome.kind === 'success' ? 'ok' : 'failed', describeOutcome(outcome).sentence);
    } catch (error) {
      const mapped = outcomeFromError(error, {
        phase: t.phase,
        deviceId: this.deviceId,
        targetSsid: this.targetSsid,
        cancelled: this.cancelled,
      });
      outcome = mapped.outcome;
      errorCode = mapped.errorCode;
      this.failedPhase = true;
      t.finish(outcome.kind === 'cancelled' ? 'cancelled' : 'failed', mapped.sentence);
    }
    return this.conclude(startedAt, outcome, errorCode);
  }

  private conclude(startedAt: Date, outcome: Outcome, errorCode: string | null): RunOutcome {
    const record = buildRunRecord({
      runId: this.runId,
      startedAt,
      endedAt: new Date(),
      context: this.deps.context,
      account: this.deps.account,
      deviceId: this.deviceId,
      ssid: this.targetSsid,
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
    return [
      ...this.deps.account.secrets(),
      ...(this.prepared === null ? [] : [this.prepared.claimCode]),
      ...(this.prepared === null || this.prepared.customerToken === null
        ? []
        : [this.prepared.customerToken]),
      ...(this.choice === null ? [] : choiceSecrets(this.choice)),
    ];
  }

  // ------------------------------------------------------------------ the trip to the device

  private client(endpoint: DeviceEndpoint): SoftApClient {
    return softApClientFor(this.deps.softAp, endpoint);
  }

  /** Already joined (or reachable directly): no host Wi-Fi switching, the cloud stays reachable. */
  private async directTrip(): Promise<void> {
    const endpoint = this.deps.directEndpoint;
    if (endpoint === null)
      throw new EngineError(
        { kind: 'lost-device', deviceId: null, phase: 'find' },
        'No way to reach the device was configured.',
        'no-endpoint',
      );
    const t = this.tracker;
    this.deps.gate.leave(true);
    try {
      t.enter('talk', 'Talking to the device.');
      const client = this.client(endpoint);
      await this.talk(client);
      if (this.needsImport()) await this.importNow('configure');
      await this.connect(client);
    } finally {
      this.deps.gate.back();
    }
  }

  private async wifiTrip(wifi: HostWifi): Promise<void> {
    const t = this.tracker;
    const prefix = wifiPrefix(this.deps.context.softApPrefix);
    t.enter('find', `Looking for a ${prefix}-… network.`);
    t.led('listening', 'expected', 'The Photon offers its network only while it blinks dark blue.');
    const first = await this.session(wifi, this.plan.ssid, async (ctx, client) => {
      await this.talk(client);
      if (!this.needsImport()) {
        await this.connect(client);
        return null;
      }
      if (ctx.secondLink) {
        // Another link keeps the cloud reachable: import now, no hop.
        await this.importNow('configure');
        await this.connect(client);
        return null;
      }
      return ctx.ssid;
    });
    if (first === null) return;
    // The hop: back online for the import, then back to the device for connect-ap.
    this.checkCancel();
    t.detail('Back online for a moment to add the device to the product.');
    await this.importNow('restore');
    this.checkCancel();
    const expected = this.deviceId;
    await this.session(wifi, first ?? this.plan.ssid, async (_ctx, client) => {
      const info = await client.deviceInfo({ signal: this.deviceSignal });
      if (info.deviceId !== expected)
        throw new EngineError(
          { kind: 'lost-device', deviceId: expected, phase: 'join' },
          `A different device (${info.deviceId}) answered on the second visit. Set up one Photon at a time.`,
          'device-changed',
        );
      await this.connect(client);
      return null;
    });
  }

  /** One Wi-Fi trip: join, use, restore (always). The gate is shut from before the join until after the restore. */
  private async session<T>(
    wifi: HostWifi,
    ssid: string | null,
    use: (ctx: WifiSessionContext, client: SoftApClient) => Promise<T>,
  ): Promise<T> {
    const t = this.tracker;
    const session = newWifiSession(wifi, this.deps.softAp, (progress) =>
      this.onWifiProgress(progress),
    );
    this.deps.gate.leave(false);
    this.useOk = false;
    // However the trip ends (restored, failed, cancelled), the core is no longer on the
    // Photon's network afterwards: the gate must open again for the account and returns flows.
    const result = await session
      .run(
        {
          ...(ssid === null ? {} : { ssid }),
          manual: this.plan.manual && ssid === null,
          prefix: wifiPrefix(this.deps.context.softApPrefix),
          signal: this.signal,
        },
        async (ctx) => {
          this.deps.gate.setDualHomed(ctx.secondLink);
          this.deviceSsid = ctx.ssid ?? this.deviceSsid;
          t.update({ deviceSsid: this.deviceSsid });
          if (t.phase === 'find') t.enter('join');
          this.tripSignal = ctx.signal;
          try {
            const value = await use(ctx, this.client(ctx.endpoint));
            this.useOk = !this.signal.aborted;
            return value;
          } catch (error) {
            // The restore that follows must not be counted as progress of a failed run.
            this.failedPhase = true;
            throw error;
          } finally {
            this.tripSignal = null;
          }
        },
      )
      .finally(() => this.deps.gate.back());
    const back = result.restore.ok ? result.restore.network : null;
    t.detail(
      back === null
        ? 'This computer is reconnecting to its usual Wi-Fi.'
        : `This computer is back on ${back}.`,
    );
    return result.value;
  }

  private onWifiProgress(progress: WifiProgress): void {
    const t = this.tracker;
    if (this.failedPhase || this.cancelled) return t.detail(progress.message);
    if ((progress.phase === 'join' || progress.phase === 'manual') && t.phase !== 'join') {
      if (t.phase === 'find' || t.phase === 'restore') t.enter('join', progress.message);
      return;
    }
    if (progress.phase === 'restore' && this.useOk) {
      t.enter('restore', progress.message);
      return;
    }
    t.detail(progress.message, progress.countdownS ?? null);
  }

  private needsImport(): boolean {
    return (
      this.deps.account.mode === 'product' &&
      this.deviceId !== null &&
      this.prepared?.importedId !== this.deviceId
    );
  }

  private async importNow(phase: 'configure' | 'restore'): Promise<void> {
    const account = this.deps.account;
    if (account.mode !== 'product' || this.deviceId === null) return;
    this.tracker.detail(`Adding device ${this.deviceId} to the product.`);
    await importDevice(
      this.deps.cloud,
      this.deps.gate,
      account,
      this.deviceId,
      this.deps.timings.tokenMinValidityMs,
      this.signal,
      phase,
    );
    if (this.prepared !== null) this.prepared = { ...this.prepared, importedId: this.deviceId };
  }

  /** device-id → public-key → set cc → scan-ap → the network → configure-ap. */
  private async talk(client: SoftApClient): Promise<void> {
    const t = this.tracker;
    const call = { signal: this.deviceSignal };
    if (t.phase !== 'talk') t.enter('talk', 'Reading the device id.');
    const info = await client.deviceInfo(call);
    this.deviceId = info.deviceId;
    t.update({ deviceId: info.deviceId, claimed: info.claimed });
    t.led('listening', 'observed', 'The device answered on its setup network.');
    t.detail('Reading the public key.');
    const key = await client.publicKey(call);
    t.detail('Storing the claim code.');
    await client.setClaimCode(this.prepared!.claimCode, call);
    this.checkCancel();
    t.detail('Asking the device which Wi-Fi networks it sees.');
    const scan = await client.scan({ setupPrefix: this.deps.context.softApPrefix }, call);
    const choice = this.choice ?? (await this.askForNetwork(client, scan));
    this.choice = choice;
    this.targetSsid = choice.ssid;
    t.update({ targetSsid: choice.ssid, awaitingNetwork: false });
    await this.configure(client, choice, scan, key);
  }

  private async askForNetwork(client: SoftApClient, firstScan: ApInfo[]): Promise<NetworkChoice> {
    const t = this.tracker;
    let scan = firstScan;
    for (;;) {
      // Waiting before telling: an answer may come back inside the emit.
      this.awaiting = true;
      t.update({ awaitingNetwork: true });
      this.deps.events.emit('run.networks', {
        runId: this.runId,
        networks: scan.map(toDeviceNetwork),
      });
      t.detail(
        'Choose the Wi-Fi network for the device.',
        Math.ceil(this.deps.timings.networkChoiceMs / 1000),
      );
      let message: RunMessage;
      try {
        message = await this.mailbox.take(
          this.deviceSignal,
          this.deps.timings.networkChoiceMs,
          () =>
            new EngineError(
              { kind: 'cancelled', deviceId: this.deviceId, phase: 'talk' },
              'Nobody chose a network in time, so setup stopped.',
              'choice-timeout',
            ),
        );
      } finally {
        this.awaiting = false;
      }
      if (message.kind === 'choice') return message.choice;
      t.update({ awaitingNetwork: false });
      t.detail('Scanning again.');
      scan = await client.scan(
        { setupPrefix: this.deps.context.softApPrefix },
        { signal: this.deviceSignal },
      );
    }
  }

  private async configure(
    client: SoftApClient,
    choice: NetworkChoice,
    scan: ApInfo[],
    key: DevicePublicKey,
  ): Promise<void> {
    const t = this.tracker;
    this.checkCancel();
    t.enter('configure', `Sending the settings for "${choice.ssid}".`);
    const network = completeFromScan(assertSendable(choice), scan);
    await client.configure(network, key, { signal: this.deviceSignal });
  }

  private async connect(client: SoftApClient): Promise<void> {
    const t = this.tracker;
    this.checkCancel();
    t.enter('connect', 'Telling the device to join Wi-Fi.');
    await client.connect({ signal: this.deviceSignal });
    t.led(
      'wifi-joining',
      'expected',
      'The device left listening mode to join Wi-Fi: blinking green.',
    );
  }

  /** Verify's view of the host Wi-Fi: can it see the device's AP (again)? */
  private apWatcher(): ((ssid: string) => Promise<boolean>) | null {
    const wifi = this.deps.wifi;
    if (wifi === null || this.deps.directEndpoint !== null || this.deviceSsid === null) return null;
    return async (ssid) => {
      const interfaces = await wifi.backend.interfaces();
      const iface = interfaces.find((entry) => entry.connected) ?? interfaces[0];
      if (iface === undefined) return false;
      const networks = await wifi.backend.scan(iface.name, { fresh: true, signal: this.signal });
      return networks.some((network) => network.ssid === ssid);
    };
  }
}
