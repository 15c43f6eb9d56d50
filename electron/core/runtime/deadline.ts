// Races work against a budget and an abort signal. The work itself is not killed (each command
// and request has its own timeout); its late result is dropped.
import { Cancelled } from './cancelled';
import type { Clock } from './clock';

export async function withDeadline<T>(
  work: Promise<T>,
  ms: number,
  onTimeout: () => Error,
  signal: AbortSignal | undefined,
  clock: Clock,
): Promise<T> {
  if (signal?.aborted === true) {
    work.catch(() => undefined);
    throw new Cancelled();
  }
  const stop = new AbortController();
  const abortStop = (): void => stop.abort();
  signal?.addEventListener('abort', abortStop, { once: true });
  const timeout = clock.sleep(ms, stop.signal).then(
    () => Promise.reject(onTimeout()),
    () => Promise.reject(new Cancelled()),
  );
  try {
    return await Promise.race([work, timeout]);
  } finally {
    signal?.removeEventListener('abort', abortStop);
    stop.abort();
    timeout.catch(() => undefined);
    work.catch(() => undefined);
  }
}
