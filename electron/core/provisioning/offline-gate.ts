// "Nothing cloud-side while offline", enforced rather than hoped for: while the host is joined to
// a Photon (and has no second link) every cloud request is refused here and recorded as a
// violation, so a test can prove the engine never tried.
//
// Work that runs beside a trip (a station verifying earlier units in the background) does not
// try and get refused: it waits here until the host is back (whenOpen, pausingFetch), so the
// violation list stays empty and the trip stays the only thing that decides where the host is.
import { formatMessage, type Message } from '../../../shared/i18n';
import { setMaxListeners } from 'node:events';
import { Cancelled } from '../runtime';
import { CloudError, type FetchLike } from '../cloud';

export class OfflineGate {
  private offline = false;
  private dualHomed = false;
  /** Who waits for the cloud to be reachable again. */
  private readonly waiters = new Set<() => void>();
  /** Aborts when the gate closes: the requests that were in flight lose their network. */
  private period = OfflineGate.newPeriod();
  /** How many times the host left (open → closed): work beside a trip can tell it was away. */
  private leftCount = 0;
  /** What was attempted while offline: empty in a correct run. */
  readonly violations: string[] = [];

  /** True when cloud traffic may flow. */
  get open(): boolean {
    return !this.offline || this.dualHomed;
  }

  /** Counts each time the host left; unchanged means it never left in between. */
  get departures(): number {
    return this.leftCount;
  }

  /** The host is about to leave its network; dualHomed when another link keeps the cloud reachable. */
  leave(dualHomed = false): void {
    const was = this.open;
    this.offline = true;
    this.dualHomed = dualHomed;
    this.changed(was);
  }

  setDualHomed(dualHomed: boolean): void {
    const was = this.open;
    this.dualHomed = dualHomed;
    this.changed(was);
  }

  /** The host is back on its own network. */
  back(): void {
    const was = this.open;
    this.offline = false;
    this.dualHomed = false;
    this.changed(was);
  }

  /** Throws (and records) when a cloud step is attempted while offline. */
  guard(operation: Message): void {
    if (this.open) return;
    this.violations.push(formatMessage('en', operation));
    throw new CloudError({ kind: 'offline' }, operation);
  }

  /** Resolves at once when open, else when the host is back; rejects with Cancelled on abort. */
  whenOpen(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted === true) return Promise.reject(new Cancelled());
    if (this.open) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const onAbort = (): void => {
        this.waiters.delete(wake);
        reject(new Cancelled());
      };
      const wake = (): void => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      this.waiters.add(wake);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** The last line of defence, under the cloud client: a request that slips through is refused. */
  wrapFetch(fetch: FetchLike): FetchLike {
    return (input, init) => {
      if (!this.open) {
        this.violations.push(`${init.method ?? 'GET'} ${new URL(input).pathname}`);
        return Promise.reject(new Error('offline gate'));
      }
      return fetch(input, init);
    };
  }

  /**
   * For background work, over wrapFetch: waits until the gate is open, checks it again in the
   * same turn it calls through (nothing can close it in between), and cuts the request when the
   * gate closes while it is in flight — as leaving the network would — so the transport sees a
   * network failure and asks again once the host is back.
   */
  pausingFetch(fetch: FetchLike): FetchLike {
    return async (input, init) => {
      const caller = init.signal ?? undefined;
      while (!this.open) await this.whenOpen(caller);
      const cut = new AbortController();
      const onCaller = (): void => cut.abort(caller?.reason);
      const onClose = (): void => cut.abort(new Error('the host left its network'));
      caller?.addEventListener('abort', onCaller, { once: true });
      const period = this.period.signal;
      period.addEventListener('abort', onClose, { once: true });
      try {
        return await fetch(input, { ...init, signal: cut.signal });
      } finally {
        caller?.removeEventListener('abort', onCaller);
        period.removeEventListener('abort', onClose);
      }
    };
  }

  /** Every background request in flight listens on it: a station verifies several units at once. */
  private static newPeriod(): AbortController {
    const controller = new AbortController();
    setMaxListeners(0, controller.signal);
    return controller;
  }

  private changed(wasOpen: boolean): void {
    if (wasOpen && !this.open) {
      this.leftCount += 1;
      this.period.abort();
      this.period = OfflineGate.newPeriod();
    }
    if (!wasOpen && this.open) {
      const waiters = [...this.waiters];
      this.waiters.clear();
      for (const wake of waiters) wake();
    }
  }
}
