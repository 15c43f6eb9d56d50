// A cloud wait on the terminal: one line when it starts, then the seconds left every
// WAIT_TICK_MS, so a long Retry-After never looks like a hang. Lines go to stderr (stdout may be
// a script's JSON).
import type { CloudWaiting } from '../../shared/contract';
import { m } from '../../shared/i18n';
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
      const params = { operation: wait.operation, seconds: wait.seconds };
      io.err(
        say(
          io,
          wait.reason === 'rate-limited'
            ? m('cli.wait.rate-limited', params)
            : m('cli.wait.unanswered', params),
        ),
      );
      timer = setInterval(() => {
        const left = Math.ceil((until - now()) / 1000);
        if (left <= 0) return stop();
        io.err(say(io, m('cli.wait.left', { seconds: left })));
      }, WAIT_TICK_MS);
      timer.unref();
    },
    stop,
  };
}
