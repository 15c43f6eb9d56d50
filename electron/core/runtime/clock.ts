// Time is injected: the engine, the verify pollers and the Wi-Fi session take a Clock, so unit
// tests drive them with a manual clock and never wait for real.
import { setTimeout as delay } from 'node:timers/promises';
import { Cancelled } from './cancelled';

export interface Clock {
  /** Milliseconds since the epoch (a wall clock: it also stamps records). */
  now(): number;
  /** Resolves after ms; rejects with Cancelled when the signal aborts (or already has). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  async sleep(ms, signal) {
    if (signal?.aborted === true) throw new Cancelled();
    try {
      await delay(Math.max(0, ms), undefined, signal === undefined ? {} : { signal });
    } catch (error) {
      // Only an abort rejects node's timer; anything else is passed on as it is.
      if ((error as { name?: unknown }).name === 'AbortError') throw new Cancelled();
      throw error;
    }
  },
};
