// A long Retry-After on the terminal: one line at once, then the seconds left, never silence.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWaitReporter, WAIT_TICK_MS } from '../../../electron/cli/wait-reporter';
import { m } from '../../../shared/i18n/catalogue';
import { formatMessage } from '../../../shared/i18n/format';

afterEach(() => vi.useRealTimers());

describe('createWaitReporter', () => {
  it('prints the wait, counts it down on stderr, and stops at zero', () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    const reporter = createWaitReporter({ err: (line) => lines.push(line) });
    reporter.report({
      operation: m('cloud.op.create-claim-code'),
      reason: 'rate-limited',
      seconds: 50,
      until: new Date(Date.now() + 50_000).toISOString(),
    });
    expect(lines).toEqual([
      'The Particle cloud asked to slow down: trying “create a claim code” again in 50 s (Ctrl+C stops).',
    ]);
    vi.advanceTimersByTime(WAIT_TICK_MS);
    expect(lines.at(-1)).toBe('… 40 s');
    vi.advanceTimersByTime(4 * WAIT_TICK_MS);
    expect(lines).toHaveLength(5);
    vi.advanceTimersByTime(5 * WAIT_TICK_MS);
    expect(lines).toHaveLength(5);
    reporter.stop();
  });

  it('says the whole line, the operation in it, in the language of --lang', () => {
    const lines: string[] = [];
    const reporter = createWaitReporter({ err: (line) => lines.push(line), locale: 'de' });
    const operation = m('cloud.op.list-devices');
    reporter.report({
      operation,
      reason: 'retrying',
      seconds: 5,
      until: new Date(Date.now() + 5_000).toISOString(),
    });
    reporter.stop();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`„${formatMessage('de', operation)}“`);
    expect(lines[0]).not.toMatch(/\[object Object\]|cloud\.op\./);
    expect(lines[0]).toMatch(/nicht richtig geantwortet.*in 5 s erneut versucht/);
  });
});
