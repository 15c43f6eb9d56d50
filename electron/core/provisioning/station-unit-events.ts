// A station unit speaks on the same bus as a wizard run (the CLI and the history listen to every
// run), so its run.* events say where they come from: a window's Setup wizard then leaves them
// to the Station view instead of showing a unit's progress, result or Cancel as its own.
import type { EventName, EventPayload } from '../../../shared/contract';
import type { EngineEvents } from './types';

const RUN_EVENTS: ReadonlySet<EventName> = new Set([
  'run.progress',
  'run.led',
  'run.networks',
  'run.outcome',
]);

export function stationUnitEvents(events: EngineEvents): EngineEvents {
  return {
    emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
      events.emit(
        event,
        RUN_EVENTS.has(event) ? ({ ...payload, origin: 'station' } as EventPayload<E>) : payload,
      );
    },
  };
}
