// Typed fan-out of core events to whichever hosts are attached (a window, WebSocket clients).
import type { EventName, EventPayload } from '../../shared/contract';

export type AnyEventListener = (event: EventName, payload: unknown) => void;

export class EventBus {
  private readonly listeners = new Set<AnyEventListener>();

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  /** Hosts forward every event; returns the function that detaches them. */
  subscribeAll(listener: AnyEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
