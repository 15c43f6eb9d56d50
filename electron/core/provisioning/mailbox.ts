// Where the operator's answers reach a waiting run: a network choice or a rescan request. The
// run takes the next message with a deadline and the run's abort signal, so it never waits forever.
import { RunCancelled } from './engine-error';

export class Mailbox<T> {
  private readonly queue: T[] = [];
  private waiter: ((value: T) => void) | null = null;

  post(message: T): void {
    if (this.waiter !== null) {
      const wake = this.waiter;
      this.waiter = null;
      wake(message);
    } else {
      this.queue.push(message);
    }
  }

  get waiting(): boolean {
    return this.waiter !== null;
  }

  take(signal: AbortSignal, timeoutMs: number, onTimeout: () => Error): Promise<T> {
    const queued = this.queue.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    return new Promise<T>((resolve, reject) => {
      if (signal.aborted) return reject(new RunCancelled());
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        this.waiter = null;
      };
      const onAbort = (): void => {
        done();
        reject(new RunCancelled());
      };
      const timer = setTimeout(() => {
        done();
        reject(onTimeout());
      }, timeoutMs);
      signal.addEventListener('abort', onAbort, { once: true });
      this.waiter = (value) => {
        done();
        resolve(value);
      };
    });
  }
}
