// Where the operator's answers reach a waiting run: a network choice or a rescan request. The
// run takes the next message with a deadline and the run's abort signal, so it never waits forever.
import { Cancelled, type Clock } from '../runtime';

export class Mailbox<T> {
  private readonly queue: T[] = [];
  private waiter: ((value: T) => void) | null = null;

  constructor(private readonly clock: Clock) {}

  post(message: T): void {
    const wake = this.waiter;
    if (wake === null) this.queue.push(message);
    else {
      this.waiter = null;
      wake(message);
    }
  }

  /** The next message; rejects with onTimeout() after timeoutMs, with Cancelled on abort. */
  async take(signal: AbortSignal, timeoutMs: number, onTimeout: () => Error): Promise<T> {
    const queued = this.queue.shift();
    if (queued !== undefined) return queued;
    if (signal.aborted) throw new Cancelled();
    const stop = new AbortController();
    const abortStop = (): void => stop.abort();
    signal.addEventListener('abort', abortStop, { once: true });
    const arrived = new Promise<T>((resolve) => {
      this.waiter = resolve;
    });
    const timedOut = this.clock.sleep(timeoutMs, stop.signal).then(
      () => Promise.reject(onTimeout()),
      () => Promise.reject(new Cancelled()),
    );
    try {
      return await Promise.race([arrived, timedOut]);
    } finally {
      this.waiter = null;
      signal.removeEventListener('abort', abortStop);
      stop.abort();
      timedOut.catch(() => undefined);
    }
  }
}
