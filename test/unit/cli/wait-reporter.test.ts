// A long Retry-After on the terminal: one line at once, then the seconds left, never silence.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWaitReporter, WAIT_TICK_MS } from '../../../electron/cli/wait-reporter';

afterEach(() => vi.useRealTimers());

describe('createWaitReporter', () => {
  it('prints the wait, counts it down on stderr, and stops at zero', () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    const reporter = createWaitReporter({ err: (line) => lines.push(line) });
    reporter.report({
      operation: 'create a claim code',
      reason: 'rate-limited',
      seconds: 50,
      until: new Date(Date.now() + 50_000).toISOString(),
    });
    expect(lines).toEqual([
      'The Particle cloud asked to slow down: trying "create a claim code" again in 50 s (Ctrl+C stops).',
    ]);
    vi.advanceTimersByTime(WAIT_TICK_MS);
    expect(lines.at(-1)).toBe('… 40 s');
    vi.advanceTimersByTime(4 * WAIT_TICK_MS);
    expect(lines).toHaveLength(5);
    vi.advanceTimersByTime(5 * WAIT_TICK_MS);
    expect(lines).toHaveLength(5);
    reporter.stop();
  });
});
