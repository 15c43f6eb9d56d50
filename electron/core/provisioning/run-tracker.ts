// What the window sees of a run: which phase it is in, how long each phase took, the latest
// detail, and a full RunProgress snapshot on every change. It records; the runner decides (the
// step table in step-table.ts is the only table of moves).
import type { Message } from '../../../shared/i18n';
import type { PhaseResult } from '../../../shared/audit';
import type { LedReport, LedStateId } from '../../../shared/led';
import { PHASE_LABELS, RUN_PHASES, type RunPhase } from '../../../shared/phases';
import type { PhaseState, PhaseStatus, RunProgress } from '../../../shared/provisioning';
import type { EngineEvents } from './types';

interface PhaseClock {
  status: PhaseStatus;
  ms: number;
  since: number | null;
  detail: Message | null;
  result: PhaseResult | null;
}

export class RunTracker {
  private current: RunPhase | 'start' = 'start';
  private readonly clocks = new Map<RunPhase, PhaseClock>();
  private readonly info: Omit<RunProgress, 'runId' | 'phase' | 'phases'> = {
    deviceId: null,
    claimed: null,
    deviceSsid: null,
    targetSsid: null,
    countdownS: null,
    countdownEndsAt: null,
    awaitingNetwork: false,
  };
  private lastLed: string | null = null;

  constructor(
    readonly runId: string,
    private readonly events: EngineEvents,
    private readonly now: () => number,
  ) {
    for (const phase of RUN_PHASES)
      this.clocks.set(phase, { status: 'pending', ms: 0, since: null, detail: null, result: null });
  }

  get phase(): RunPhase {
    return this.current === 'start' ? 'prepare' : this.current;
  }

  private clock(phase: RunPhase): PhaseClock {
    return this.clocks.get(phase)!;
  }

  private stop(phase: RunPhase, status: PhaseStatus, result: PhaseResult): void {
    const clock = this.clock(phase);
    if (clock.since !== null) clock.ms += this.now() - clock.since;
    clock.since = null;
    clock.status = status;
    clock.result = result;
  }

  /** Moves to the next phase (the current one is done). */
  enter(phase: RunPhase, detail: Message | null = null): void {
    if (phase === this.current) return;
    if (this.current !== 'start') this.stop(this.current, 'done', 'ok');
    this.current = phase;
    const clock = this.clock(phase);
    clock.status = 'active';
    clock.since = this.now();
    clock.detail = detail;
    this.countdown(null);
    this.publish();
  }

  private countdown(seconds: number | null): void {
    this.info.countdownS = seconds;
    this.info.countdownEndsAt =
      seconds === null ? null : new Date(this.now() + seconds * 1000).toISOString();
  }

  /** A resumed run: the phases before its restart, as its record had them (verify runs again). */
  seed(records: ReadonlyArray<{ phase: RunPhase; ms: number; result: PhaseResult }>): void {
    for (const record of records) {
      if (record.result === 'skipped' || record.phase === 'verify') continue;
      const clock = this.clock(record.phase);
      clock.status = record.result === 'ok' ? 'done' : 'failed';
      clock.ms = record.ms;
      clock.result = record.result;
    }
  }

  /** The latest news in the current phase. */
  detail(detail: Message, countdownS: number | null = null): void {
    if (this.current === 'start') return;
    this.clock(this.current).detail = detail;
    this.countdown(countdownS);
    this.publish();
  }

  update(patch: Partial<Omit<RunProgress, 'runId' | 'phase' | 'phases'>>): void {
    Object.assign(this.info, patch);
    this.publish();
  }

  led(state: LedStateId, source: LedReport['source'], basis: Message): void {
    const key = `${state}/${source}`;
    if (key === this.lastLed) return;
    this.lastLed = key;
    this.events.emit('run.led', { runId: this.runId, led: { state, source, basis } });
  }

  /**
   * A phase that ran beside the current one without becoming it: the restore after a failure,
   * which must not move the failure to the restore phase, yet did run and took time.
   */
  ranAside(phase: RunPhase, ms: number, ok: boolean, detail: Message): void {
    const clock = this.clock(phase);
    clock.ms += Math.max(0, ms);
    clock.since = null;
    clock.status = ok ? 'done' : 'failed';
    clock.result = ok ? 'ok' : 'failed';
    clock.detail = detail;
    this.publish();
  }

  /** Ends the run: the current phase failed, was cancelled or (on success) is done; the rest skipped. */
  finish(result: 'ok' | 'failed' | 'cancelled', detail?: Message): void {
    if (this.current !== 'start') {
      if (detail !== undefined) this.clock(this.current).detail = detail;
      if (this.clock(this.current).status === 'active')
        this.stop(this.current, result === 'ok' ? 'done' : 'failed', result);
    }
    for (const phase of RUN_PHASES) {
      const clock = this.clock(phase);
      if (clock.status === 'pending') {
        clock.status = 'skipped';
        clock.result = 'skipped';
      }
    }
    this.countdown(null);
    this.info.awaitingNetwork = false;
    this.publish();
  }

  /** Per-phase timings for the audit record. */
  records(): Array<{ phase: RunPhase; ms: number; result: PhaseResult }> {
    return RUN_PHASES.map((phase) => {
      const clock = this.clock(phase);
      const running = clock.since === null ? 0 : this.now() - clock.since;
      return {
        phase,
        ms: Math.max(0, Math.round(clock.ms + running)),
        result: clock.result ?? (clock.status === 'active' ? 'ok' : 'skipped'),
      };
    });
  }

  snapshot(): RunProgress {
    const phases: PhaseState[] = RUN_PHASES.map((phase) => {
      const clock = this.clock(phase);
      const running = clock.since === null ? 0 : this.now() - clock.since;
      return {
        phase,
        label: PHASE_LABELS[phase],
        status: clock.status,
        ms:
          clock.status === 'pending' || clock.status === 'skipped'
            ? null
            : Math.round(clock.ms + running),
        detail: clock.detail,
      };
    });
    return { runId: this.runId, phase: this.phase, phases, ...this.info };
  }

  private publish(): void {
    this.events.emit('run.progress', this.snapshot());
  }
}
