// The station's tally from run records: what passed, the pace (median start-to-start, so a
// break does not count) and the rate over the span worked.
import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../../shared/audit';
import { tallyOf } from '../../../shared/station';

const at = (minute: number, second = 0) =>
  new Date(Date.UTC(2026, 10, 27, 8, minute, second)).toISOString();

const run = (id: string, start: string, end: string, outcome: RunRecord['outcome']): RunRecord => ({
  type: 'run',
  id,
  startedAt: start,
  endedAt: end,
  station: 'Line 3',
  operator: 'Ana',
  mode: 'developer',
  product: null,
  deviceId: null,
  ssid: 'Workshop',
  customerEmail: null,
  outcome,
  errorCode: null,
  phases: [],
  appVersion: '0.1.0',
  simulated: true,
});

describe('tallyOf', () => {
  it('counts passes and failures, the median pace and the rate over the span', () => {
    const records = [
      run('a', at(0, 0), at(0, 40), 'success'),
      run('b', at(0, 25), at(1, 5), 'credentials-rejected'),
      run('c', at(0, 50), at(1, 30), 'success'),
      // A coffee break, then one more.
      run('d', at(20, 0), at(20, 40), 'success'),
    ];
    const tally = tallyOf([...records].reverse(), at(0));
    expect(tally).toMatchObject({ since: at(0), done: 4, passed: 3, failed: 1 });
    // Gaps 25 s, 25 s and 1150 s: the median is the pace, not the break.
    expect(tally.medianSeconds).toBe(25);
    // Four units between 08:00:00 and 08:20:40.
    expect(tally.devicesPerHour).toBeCloseTo(4 / (1240 / 3600), 0);
  });

  it('an empty shift has no pace and no rate', () => {
    expect(tallyOf([], at(0))).toEqual({
      since: at(0),
      done: 0,
      passed: 0,
      failed: 0,
      medianSeconds: null,
      devicesPerHour: null,
    });
  });
});
