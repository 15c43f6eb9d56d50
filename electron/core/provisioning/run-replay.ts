// The last thing the engine said about the latest run, kept so a window that opens (or reloads)
// mid-run can show that run — its checklist, LED, network list and Cancel — instead of a blank
// wizard while the computer sits on the Photon's network. It sits between the runs and the event
// bus and only records what passes; the runs stay the only source of these facts.
import type { EventName, EventPayload } from '../../../shared/contract';
import type { RunSnapshot } from '../../../shared/provisioning';
import type { EngineEvents } from './types';

export class RunReplay implements EngineEvents {
  private last: RunSnapshot | null = null;

  constructor(private readonly events: EngineEvents) {}

  /** A run exists from its start, before it has said anything. */
  begin(runId: string): void {
    this.last = { runId, progress: null, led: null, networks: null, outcome: null };
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    this.record(event, payload);
    this.events.emit(event, payload);
  }

  /** The latest run as last reported (a finished one too, with its outcome); null before any. */
  current(): RunSnapshot | null {
    return this.last === null ? null : structuredClone(this.last);
  }

  private snapshotFor(runId: string): RunSnapshot {
    if (this.last === null || this.last.runId !== runId) this.begin(runId);
    return this.last as RunSnapshot;
  }

  private record<E extends EventName>(event: E, payload: EventPayload<E>): void {
    if (!event.startsWith('run.')) return;
    const snapshot = this.snapshotFor((payload as { runId: string }).runId);
    if (event === 'run.progress') snapshot.progress = payload as EventPayload<'run.progress'>;
    else if (event === 'run.led') snapshot.led = payload as EventPayload<'run.led'>;
    else if (event === 'run.networks') snapshot.networks = payload as EventPayload<'run.networks'>;
    else if (event === 'run.outcome') snapshot.outcome = payload as EventPayload<'run.outcome'>;
  }
}
