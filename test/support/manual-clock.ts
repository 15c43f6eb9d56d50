// A Clock that only moves when the test says so: sleeps resolve when advance() passes their
// time, in order, with the microtasks between them drained, so a poller's whole timeline runs in
// a few milliseconds of real time and the same way every time.
import { Cancelled, type Clock } from '../../electron/core/runtime';

interface Sleeper {
  at: number;
  seq: number;
  resolve(): void;
}

/** Lets every pending promise callback run (several rounds: chains of awaits). */
export async function flush(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) await Promise.resolve();
}

export class ManualClock implements Clock {
  private current: number;
  private seq = 0;
  private readonly sleepers: Sleeper[] = [];

  constructor(start = 1_000_000) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  /** How many sleeps are waiting (a poller that stopped has none). */
  get pending(): number {
    return this.sleepers.length;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted === true) return Promise.reject(new Cancelled());
    return new Promise<void>((resolve, reject) => {
      const sleeper: Sleeper = {
        at: this.current + Math.max(0, ms),
        seq: this.seq++,
        resolve: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = (): void => {
        const index = this.sleepers.indexOf(sleeper);
        if (index >= 0) this.sleepers.splice(index, 1);
        reject(new Cancelled());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.sleepers.push(sleeper);
    });
  }

  /** Moves time forward by ms, waking each sleeper at its own moment, earliest first. */
  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    await flush();
    for (;;) {
      this.sleepers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = this.sleepers[0];
      if (next === undefined || next.at > target) break;
      this.sleepers.shift();
      this.current = Math.max(this.current, next.at);
      next.resolve();
      await flush();
    }
    this.current = target;
    await flush();
  }
}
