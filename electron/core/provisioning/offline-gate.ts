// "Nothing cloud-side while offline", enforced rather than hoped for: while the host is joined to
// a Photon (and has no second link) every cloud request is refused here and recorded as a
// violation, so a test can prove the engine never tried.
import { CloudError, type FetchLike } from '../cloud';

export class OfflineGate {
  private offline = false;
  private dualHomed = false;
  /** What was attempted while offline: empty in a correct run. */
  readonly violations: string[] = [];

  /** True when cloud traffic may flow. */
  get open(): boolean {
    return !this.offline || this.dualHomed;
  }

  /** The host is about to leave its network; dualHomed when another link keeps the cloud reachable. */
  leave(dualHomed = false): void {
    this.offline = true;
    this.dualHomed = dualHomed;
  }

  setDualHomed(dualHomed: boolean): void {
    this.dualHomed = dualHomed;
  }

  /** The host is back on its own network. */
  back(): void {
    this.offline = false;
    this.dualHomed = false;
  }

  /** Throws (and records) when a cloud step is attempted while offline. */
  guard(operation: string): void {
    if (this.open) return;
    this.violations.push(operation);
    throw new CloudError({ kind: 'offline' }, operation);
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
}
