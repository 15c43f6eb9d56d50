// Waiting is injected so tests can run sessions with tiny budgets and never hang on a timer.
import { cancelledError, type WifiError } from './errors';

export interface Clock {
  now(): number;
  /** Resolves after ms, or rejects with a 'cancelled' WifiError when signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted === true) {
        reject(cancelledError());
        return;
      }
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(cancelledError());
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted === true) throw cancelledError();
}

/**
 * Races work against a budget and an abort signal. The work itself is not killed (commands
 * have their own timeouts); its late result is ignored.
 */
export function withDeadline<T>(
  work: Promise<T>,
  ms: number,
  onTimeout: () => WifiError,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(cancelledError());
      return;
    }
    const finish = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      finish();
      reject(cancelledError());
    };
    const timer = setTimeout(() => {
      finish();
      reject(onTimeout());
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        finish();
        resolve(value);
      },
      (error: unknown) => {
        finish();
        reject(error);
      },
    );
  });
}
