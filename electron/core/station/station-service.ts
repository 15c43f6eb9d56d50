// The station loop: a tray of Photons, one after another, with no action per unit beyond putting
// it in listening mode (and scanning its label when the station asks for one). It watches the
// air for a Photon-… network it has not finished, runs that unit's trip, and as soon as the
// trip is over — the unit verifying in the background — looks for the next one. Every unit is an
// ordinary engine run (one record each); the station only decides which unit goes next, keeps
// the queue, and remembers across restarts what it must (station-journal.ts).
import { m, type Message } from '../../../shared/i18n';
import type { RunRecord } from '../../../shared/audit';
import { describeOutcome, OUTCOME_TITLES } from '../../../shared/outcome';
import type { RunOutcome, RunProgress, StationProfile } from '../../../shared/provisioning';
import {
  passes,
  tallyOf,
  type StationConfig,
  type StationState,
  type StationUnit,
} from '../../../shared/station';
import { displaySsid } from '../../../shared/ssid-text';
import { deviceIdProblem, normalizeDeviceId } from '../../../shared/validate';
import type { CloudClient } from '../cloud';
import type { EventBus } from '../event-bus';
import type { ProvisioningEngine, UnitHandle } from '../provisioning/engine';
import type { DetachedUnit, UnitBackground } from '../provisioning/background';
import { RunSuspended } from '../provisioning/background';
import type { HostWifi } from '../provisioning/host-wifi';
import { buildRunNote } from '../provisioning/run-record';
import type { RunAccount, RunContextInfo } from '../provisioning/types';
import {
  DeviceBusyError,
  isCancelled,
  OperatorError,
  systemClock,
  type Clock,
  type DeviceAccess,
} from '../runtime';
import type { AuditLog } from '../store/audit-log';
import { interruptedRecord } from '../store/interrupted-record';
import { AirWatch } from './air-watch';
import { resolveStationTimings, type StationTimings } from './constants';
import { IdentityDesk } from './identity-desk';
import { StationJournal, type PendingUnit } from './station-journal';

export interface StationDeps {
  engine: ProvisioningEngine;
  events: Pick<EventBus, 'emit' | 'subscribeAll'>;
  audit: AuditLog;
  access: DeviceAccess;
  /** null when Photon Setup cannot switch this computer's Wi-Fi: no station then. */
  wifi: HostWifi | null;
  platform: NodeJS.Platform;
  profiles: { list(): StationProfile[] };
  /** The signed-in account; throws an OperatorError when there is none. */
  account: () => RunAccount;
  /** A cloud client whose requests wait while the host is on a Photon (background work). */
  backgroundCloud: () => CloudClient;
  context: () => RunContextInfo;
  journalPath: string;
  appVersion: string;
  simulated: boolean;
  clock?: Clock | undefined;
  timings?: Partial<StationTimings> | undefined;
  log: { warn(message: string): void };
}

interface LiveUnit {
  view: StationUnit;
  /** Set once the engine accepted the unit. */
  handle: UnitHandle | null;
}

type Status = StationState['status'];

const ownerOf = (account: RunAccount): string =>
  (account.mode === 'developer' ? account.username : account.customerEmail).toLowerCase();

/** A unit that ended, as the tiles and lists show it, from its record. */
function endedView(
  record: RunRecord,
  label: string | null,
  deviceSsid: string | null,
): StationUnit {
  return {
    runId: record.id,
    deviceSsid,
    deviceId: record.deviceId,
    label,
    stage: 'done',
    phase: record.phases.findLast((phase) => phase.result !== 'skipped')?.phase ?? 'prepare',
    detail: null,
    startedAt: record.startedAt,
    endedAt: record.endedAt,
    outcome: record.outcome,
    passed: passes(record.outcome),
    title: OUTCOME_TITLES[record.outcome],
    sentence: null,
  };
}

export class Station {
  private status: Status = 'stopped';
  private config: StationConfig | null = null;
  private loopAbort: AbortController | null = null;
  private readonly units = new Map<string, LiveUnit>();
  private currentRunId: string | null = null;
  private waitingFor: StationState['waitingFor'] = null;
  private pendingLabel: string | null = null;
  private labelArrived: (() => void) | null = null;
  private problem: Message | null = null;
  private last: StationUnit | null = null;
  private attention: StationUnit[] = [];
  private tallyCache: Pick<StationState, 'tally' | 'recent'> | null = null;
  private readonly journal: StationJournal;
  private readonly timings: StationTimings;
  private readonly clock: Clock;
  private readonly desk: IdentityDesk;
  private air: AirWatch | null = null;

  constructor(private readonly deps: StationDeps) {
    this.clock = deps.clock ?? systemClock;
    this.timings = resolveStationTimings(deps.timings);
    this.journal = new StationJournal(deps.journalPath, () => new Date(this.clock.now()));
    if (this.journal.warning !== null) deps.log.warn(this.journal.warning);
    this.desk = new IdentityDesk({
      cloud: deps.backgroundCloud,
      account: deps.account,
      clock: this.clock,
      answerMs: this.timings.identityAnswerMs,
      onChange: () => this.publish(),
    });
    // A unit's live phase and detail come from its run's own progress events.
    deps.events.subscribeAll((event, payload) => {
      if (event !== 'run.progress') return;
      const progress = payload as RunProgress;
      const unit = this.units.get(progress.runId);
      if (unit === undefined) return;
      const detail = progress.phases.find((phase) => phase.phase === progress.phase)?.detail;
      unit.view = {
        ...unit.view,
        phase: progress.phase,
        detail: detail ?? unit.view.detail,
        deviceId: progress.deviceId ?? unit.view.deviceId,
        deviceSsid: progress.deviceSsid ?? unit.view.deviceSsid,
      };
      this.publish();
    });
  }

  /** True while the loop runs or units it started are still being verified. */
  get active(): boolean {
    return this.status !== 'stopped';
  }

  state(): StationState {
    const cached = this.tallyCache ?? this.readTally();
    this.tallyCache = cached;
    const units = [...this.units.values()].map((unit) => unit.view);
    const current = units.find((unit) => unit.runId === this.currentRunId) ?? null;
    const carried = this.journal.pending.filter((entry) => !this.units.has(entry.runId)).length;
    return {
      status: this.status,
      config: this.config,
      activity: this.activity(current, carried),
      waitingFor: this.waitingFor,
      pendingLabel: this.pendingLabel,
      current,
      verifying: units
        .filter((unit) => unit.runId !== this.currentRunId)
        .sort((a, b) => a.startedAt.localeCompare(b.startedAt)),
      attention: this.attention.slice(0, this.timings.attentionUnits),
      recent: cached.recent,
      last: this.last,
      tally: cached.tally,
      question: this.desk.question,
      problem: this.problem,
      carriedOver: carried,
      retryable: this.journal.failedCount,
    };
  }

  start(input: {
    profileId: string;
    requireLabel: boolean;
    confirmIdentity: boolean;
  }): StationState {
    if (this.status === 'running')
      throw new OperatorError(m('station.already-running'), 'station-running');
    if (this.status === 'stopping')
      throw new OperatorError(m('station.still-stopping'), 'station-stopping');
    const wifi = this.deps.wifi;
    if (wifi === null) throw new OperatorError(m('station.no-wifi'), 'no-wifi');
    const account = this.deps.account();
    const profile = this.deps.profiles.list().find((entry) => entry.id === input.profileId);
    if (profile === undefined) throw new OperatorError(m('station.no-profile'), 'no-profile');
    this.deps.access.assertFree();
    this.journal.ensureShift(new Date(this.clock.now()));
    this.config = {
      profileId: profile.id,
      network: displaySsid(profile.ssid),
      requireLabel: input.requireLabel,
      confirmIdentity: input.confirmIdentity,
    };
    this.status = 'running';
    this.problem = null;
    this.attention = [];
    this.air = new AirWatch({
      wifi,
      platform: this.deps.platform,
      access: this.deps.access,
      clock: this.clock,
      intervalMs: this.timings.scanIntervalMs,
      prefix: () => this.deps.context().softApPrefix,
    });
    this.resumeCarriedOver(account);
    const abort = new AbortController();
    this.loopAbort = abort;
    void this.loop(abort.signal).catch((error: unknown) => {
      this.deps.log.warn(
        `The station loop stopped (${error instanceof Error ? error.name : 'error'}).`,
      );
      this.problem = m('station.loop-stopped');
      this.halt();
    });
    this.publish();
    return this.state();
  }

  /**
   * Stops taking new units and cancels the one on its trip (its restore and record still
   * happen). Units being verified finish on their own unless `now`, which cancels them too.
   */
  stop(now = false): StationState {
    this.halt();
    for (const [runId, unit] of this.units) {
      if (unit.handle === null) continue;
      if (runId === this.currentRunId || now) {
        try {
          this.deps.engine.cancel(runId);
        } catch {
          // It ended meanwhile.
        }
      }
    }
    this.publish();
    return this.state();
  }

  /** A label scanned (or typed): checked now, compared with the next unit's own id on its trip. */
  label(raw: string): StationState {
    const text = raw.trim();
    const problem = deviceIdProblem(text);
    if (problem !== null)
      throw new OperatorError(m('station.label-invalid', { problem }), 'invalid-label');
    this.pendingLabel = normalizeDeviceId(text);
    const wake = this.labelArrived;
    this.labelArrived = null;
    wake?.();
    this.publish();
    return this.state();
  }

  answer(runId: string, confirmed: boolean): StationState {
    this.desk.answer(runId, confirmed);
    return this.state();
  }

  /** The failed units are set up again when their network shows up. */
  retryFailed(): StationState {
    this.journal.retryFailed();
    this.attention = [];
    this.publish();
    return this.state();
  }

  /** The tally starts over (a new shift); finished networks may be set up again. */
  newShift(): StationState {
    if (this.units.size > 0) throw new OperatorError(m('station.busy'), 'station-busy');
    this.journal.newShift(new Date(this.clock.now()));
    this.attention = [];
    this.last = null;
    this.tallyCache = null;
    this.publish();
    return this.state();
  }

  /** App shutdown: no new units; the engine then cancels the trip and suspends the rest. */
  close(): void {
    this.halt();
    this.closeAir();
  }

  // ---- the loop

  /**
   * No new units. The air watch stays while units are still being checked: their AP coming back
   * (a refused password) is still seen in its scans; it closes once they are done.
   */
  private halt(): void {
    this.loopAbort?.abort();
    this.loopAbort = null;
    this.waitingFor = null;
    const wake = this.labelArrived;
    this.labelArrived = null;
    wake?.();
    if (this.status === 'running') this.status = this.units.size > 0 ? 'stopping' : 'stopped';
    if (this.status === 'stopped') this.closeAir();
  }

  private closeAir(): void {
    this.air?.close();
    this.air = null;
  }

  private async loop(signal: AbortSignal): Promise<void> {
    const config = this.config!;
    while (!signal.aborted) {
      if (config.requireLabel && this.pendingLabel === null) {
        this.waitingFor = 'label';
        this.publish();
        await new Promise<void>((resolve) => (this.labelArrived = resolve));
        continue;
      }
      this.waitingFor = 'device';
      this.publish();
      let ssids: string[];
      try {
        const scan = await this.air!.nextScan(signal);
        if (JSON.stringify(scan.problem) !== JSON.stringify(this.problem)) {
          this.problem = scan.problem;
          this.publish();
        }
        ssids = scan.ssids;
      } catch (error) {
        if (isCancelled(error)) return;
        throw error;
      }
      const ssid = this.pick(ssids);
      if (ssid === null || signal.aborted) continue;
      const started = this.startUnit(ssid, config);
      if (started === 'stop') return this.halt();
      if (started === null) continue;
      this.waitingFor = null;
      this.publish();
      await started.tripDone;
      if (this.currentRunId === started.runId) this.currentRunId = null;
      this.publish();
    }
  }

  /** The next unit's network: one this station has not finished (or was told to retry). */
  private pick(ssids: readonly string[]): string | null {
    const busy = new Set(
      [
        ...[...this.units.values()].map((unit) => unit.view.deviceSsid),
        ...this.journal.pending.map((entry) => entry.deviceSsid),
      ].filter((ssid): ssid is string => ssid !== null),
    );
    const label = this.pendingLabel;
    const open = ssids.filter(
      (ssid) =>
        !busy.has(ssid) &&
        this.journal.finishedOn(ssid) === undefined &&
        // A network whose device is known to be another than the label says: not this one.
        (label === null || (this.journal.knownOn(ssid) ?? label) === label),
    );
    // The unit the label names, when its network is known from an earlier trip; else the first.
    return open.find((ssid) => this.journal.knownOn(ssid) === label) ?? open[0] ?? null;
  }

  private startUnit(ssid: string, config: StationConfig): UnitHandle | null | 'stop' {
    const label = this.pendingLabel;
    const ref: { runId: string | null } = { runId: null };
    let handle: UnitHandle;
    try {
      handle = this.deps.engine.startUnit(
        {
          ssid,
          profileId: config.profileId,
          label,
          confirmIdentity: config.confirmIdentity,
        },
        this.support(ref, label),
      );
    } catch (error) {
      // The radio went to someone else for a moment: look again at the next scan.
      if (error instanceof DeviceBusyError) return null;
      this.problem = error instanceof OperatorError ? error.text : m('station.unit-not-started');
      return 'stop';
    }
    ref.runId = handle.runId;
    this.pendingLabel = null;
    this.currentRunId = handle.runId;
    this.units.set(handle.runId, {
      handle,
      view: {
        runId: handle.runId,
        deviceSsid: ssid,
        deviceId: null,
        label,
        stage: 'trip',
        phase: 'prepare',
        detail: null,
        startedAt: new Date(this.clock.now()).toISOString(),
        endedAt: null,
        outcome: null,
        passed: null,
        title: null,
        sentence: null,
      },
    });
    this.follow(handle, label);
    return handle;
  }

  /** What a unit of this station uses after its trip. */
  private support(ref: { runId: string | null }, label: string | null): UnitBackground {
    const air = this.air;
    return {
      cloud: this.deps.backgroundCloud(),
      apVisible: air === null ? null : air.visible,
      confirmIdentity: async (deviceId, signal) => {
        const runId = ref.runId ?? '';
        this.setStage(runId, 'confirming');
        try {
          return await this.desk.confirm(
            runId,
            deviceId,
            this.units.get(runId)?.view.deviceSsid ?? null,
            signal,
          );
        } finally {
          this.setStage(runId, 'verifying');
        }
      },
      onDetach: (unit) => this.detached(ref.runId ?? '', unit, label),
    };
  }

  private setStage(runId: string, stage: StationUnit['stage']): void {
    const unit = this.units.get(runId);
    if (unit === undefined) return;
    unit.view = { ...unit.view, stage };
    this.publish();
  }

  /** The trip is over: the unit is verified in the background, and kept in the journal. */
  private detached(runId: string, unit: DetachedUnit, label: string | null): void {
    // From here on the unit shows the run's own start (its record's), not the moment the station
    // asked for it: a millisecond apart, and the window, the journal and History must agree.
    const shown = this.units.get(runId);
    if (shown !== undefined) shown.view = { ...shown.view, startedAt: unit.startedAt };
    this.setStage(runId, 'verifying');
    if (unit.deviceId === null) return;
    let account: RunAccount;
    try {
      account = this.deps.account();
    } catch {
      return;
    }
    const entry: PendingUnit = {
      runId,
      startedAt: unit.startedAt,
      deviceId: unit.deviceId,
      deviceSsid: unit.deviceSsid,
      targetSsid: unit.targetSsid,
      connectAcceptedAt: unit.connectAcceptedAt,
      phases: unit.phases,
      label,
      confirmIdentity: this.config?.confirmIdentity ?? false,
      owner: ownerOf(account),
      note: buildRunNote({
        runId,
        startedAt: new Date(unit.startedAt),
        context: this.deps.context(),
        account,
        deviceId: unit.deviceId,
        ssid: unit.targetSsid,
        phase: 'verify',
      }),
    };
    try {
      this.journal.addPending(entry);
    } catch (error) {
      this.deps.log.warn(
        `The station journal could not be written (${error instanceof Error ? error.name : 'error'}).`,
      );
    }
  }

  private follow(handle: UnitHandle, label: string | null): void {
    handle.done.then(
      (result) => this.ended(result, label),
      (error: unknown) => {
        // Suspended at shutdown: the journal keeps it for the next start.
        if (!(error instanceof RunSuspended))
          this.deps.log.warn(
            `A station unit failed oddly (${error instanceof Error ? error.name : 'error'}).`,
          );
        this.units.delete(handle.runId);
        this.settle();
      },
    );
  }

  private ended(result: RunOutcome, label: string | null): void {
    const unit = this.units.get(result.runId);
    this.units.delete(result.runId);
    const deviceSsid = unit?.view.deviceSsid ?? null;
    const { record, outcome } = result;
    try {
      this.journal.removePending(result.runId);
      if (deviceSsid !== null) {
        if (record.deviceId !== null) this.journal.know(deviceSsid, record.deviceId);
        // A wrong label leaves the unit as it was: it may be set up with the right label.
        if (outcome.kind !== 'label-mismatch' && outcome.kind !== 'cancelled')
          this.journal.finish(deviceSsid, {
            runId: result.runId,
            deviceId: record.deviceId,
            passed: passes(outcome.kind),
          });
      }
    } catch (error) {
      this.deps.log.warn(
        `The station journal could not be written (${error instanceof Error ? error.name : 'error'}).`,
      );
    }
    const view: StationUnit = {
      ...endedView(record, label, deviceSsid),
      sentence: describeOutcome(outcome).sentence,
    };
    this.last = view;
    if (view.passed === false) this.attention = [view, ...this.attention];
    // The host could not get back to its own network: nothing more can be done from here.
    if (outcome.kind === 'wifi-not-restored' && this.status === 'running') {
      this.problem = describeOutcome(outcome).sentence;
      this.halt();
    }
    this.tallyCache = null;
    this.settle();
  }

  private settle(): void {
    if (this.status === 'stopping' && this.units.size === 0) {
      this.status = 'stopped';
      this.closeAir();
    }
    this.publish();
  }

  /**
   * Units whose trip ended before a restart: verified again now for the same owner (the one
   * record is written then); for another owner they can only be recorded as interrupted.
   */
  private resumeCarriedOver(account: RunAccount): void {
    const known = new Set(
      this.deps.audit
        .read()
        .records.filter((record) => record.type === 'run')
        .map((record) => record.id),
    );
    for (const entry of this.journal.pending) {
      if (this.units.has(entry.runId)) continue;
      if (known.has(entry.runId)) {
        this.journal.removePending(entry.runId);
        continue;
      }
      if (entry.owner !== ownerOf(account)) {
        this.deps.audit.append(
          interruptedRecord(entry.note, {
            endedAt: new Date(this.clock.now()).toISOString(),
            appVersion: this.deps.appVersion,
            simulated: this.deps.simulated,
          }),
        );
        this.journal.removePending(entry.runId);
        continue;
      }
      const ref = { runId: entry.runId };
      const handle = this.deps.engine.resumeUnit(
        {
          runId: entry.runId,
          startedAt: entry.startedAt,
          deviceId: entry.deviceId,
          deviceSsid: entry.deviceSsid,
          targetSsid: entry.targetSsid,
          connectAcceptedAt: entry.connectAcceptedAt,
          phases: entry.phases,
          confirmIdentity: entry.confirmIdentity,
        },
        this.support(ref, entry.label),
      );
      this.units.set(entry.runId, {
        handle,
        view: {
          runId: entry.runId,
          deviceSsid: entry.deviceSsid,
          deviceId: entry.deviceId,
          label: entry.label,
          stage: 'verifying',
          phase: 'verify',
          detail: m('station.checking-after-restart'),
          startedAt: entry.startedAt,
          endedAt: null,
          outcome: null,
          passed: null,
          title: null,
          sentence: null,
        },
      });
      this.follow(handle, entry.label);
    }
    this.tallyCache = null;
  }

  // ---- what the window sees

  private readTally(): Pick<StationState, 'tally' | 'recent'> {
    const since = this.journal.shiftStartedAt ?? new Date(this.clock.now()).toISOString();
    const station = this.deps.context().station;
    const records = this.deps.audit
      .query({ from: since, station })
      .records.filter((record): record is RunRecord => record.type === 'run');
    return {
      tally: tallyOf(records, since),
      recent: records
        .slice(0, this.timings.recentUnits)
        .map((record) => endedView(record, null, null)),
    };
  }

  private activity(current: StationUnit | null, carried: number): Message {
    if (this.problem !== null) return this.problem;
    if (this.status === 'stopped')
      return carried > 0
        ? m('station.activity.carried-over', { count: carried })
        : m('station.activity.stopped');
    if (this.status === 'stopping') return m('station.activity.stopping');
    if (current !== null) {
      const unit = current.deviceSsid ?? m('station.activity.a-unit');
      return current.label === null
        ? m('station.activity.setting-up', { unit })
        : m('station.activity.setting-up-label', { unit, label: current.label });
    }
    if (this.waitingFor === 'label') return m('station.activity.scan-label');
    return this.pendingLabel === null
      ? m('station.activity.waiting')
      : m('station.activity.waiting-label', { label: this.pendingLabel });
  }

  private publish(): void {
    this.deps.events.emit('station.changed', this.state());
  }
}
