// A cloud wait on the terminal: one line when it starts, then the seconds left every
// WAIT_TICK_MS, so a long Retry-After never looks like a hang. Lines go to stderr (stdout may be
// a script's JSON).
import type { CloudWaiting } from '../../shared/contract';
import { say, type CliIo } from './cli-io';

/** How often the remaining wait is printed. */
export const WAIT_TICK_MS = 10_000;

export interface WaitReporter {
  report(wait: CloudWaiting): void;
  stop(): void;
}

export function createWaitReporter(
  io: Pick<CliIo, 'err' | 'locale'>,
  now = () => Date.now(),
): WaitReporter {
  let timer: NodeJS.Timeout | null = null;
  const stop = (): void => {
    if (timer !== null) clearInterval(timer);
    timer = null;
  };
  return {
    report(wait) {
      stop();
      const until = Date.parse(wait.until);
      const why =
        wait.reason === 'rate-limited'
          ? 'The Particle cloud asked to slow down'
          : 'The Particle cloud did not answer properly';
      io.err(
        `${why}: trying "${say(io, wait.operation)}" again in ${wait.seconds} s (Ctrl+C stops).`,
      );
      timer = setInterval(() => {
        const left = Math.ceil((until - now()) / 1000);
        if (left <= 0) return stop();
        io.err(`… ${left} s`);
      }, WAIT_TICK_MS);
      timer.unref();
    },
    stop,
  };
}
