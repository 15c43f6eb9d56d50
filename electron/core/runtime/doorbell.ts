// A wait that something else can cut short: a poller sleeps until its next turn, and an event
// (the cloud announcing the device online) rings to make it look at once.
import { Cancelled } from './cancelled';
import type { Clock } from './clock';

export class Doorbell {
  private rung = false;
  private wake: (() => void) | null = null;

  constructor(private readonly clock: Clock) {}

  /** Cuts the current (or the next) wait short. */
  ring(): void {
    this.rung = true;
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  /**
   * Waits up to ms (null: only for a ring) or until rung; true when rung. Rejects with Cancelled
   * when the signal aborts. A ring that came while nobody waited is not lost: the next wait
   * returns at once.
   */
  async wait(ms: number | null, signal: AbortSignal): Promise<boolean> {
    if (signal.aborted) throw new Cancelled();
    if (this.consume()) return true;
    const stop = new AbortController();
    const abortStop = (): void => stop.abort();
    signal.addEventListener('abort', abortStop, { once: true });
    const rang = new Promise<true>((resolve) => {
      this.wake = () => resolve(true);
    });
    // Without a timer only the bell or the abort end the wait.
    const timer =
      ms === null
        ? new Promise<boolean>((_, reject) => {
            stop.signal.addEventListener('abort', () => reject(new Cancelled()), { once: true });
          })
        : this.clock.sleep(ms, stop.signal).then(() => false);
    try {
      return await Promise.race([
        rang,
        timer.catch((error: unknown) => {
          if (signal.aborted) throw error;
          return true; // stopped because the bell rang first
        }),
      ]);
    } finally {
      this.wake = null;
      signal.removeEventListener('abort', abortStop);
      stop.abort();
      this.consume();
    }
  }

  private consume(): boolean {
    const was = this.rung;
    this.rung = false;
    return was;
  }
}
