import { describe, expect, it } from 'vitest';
import type { EventName } from '../../../shared/contract';
import type { RunProgress } from '../../../shared/provisioning';
import { RunTracker } from '../../../electron/core/provisioning/run-tracker';

function tracker() {
  const sent: Array<[EventName, unknown]> = [];
  let now = 0;
  const t = new RunTracker(
    'run-1',
    { emit: (event, payload) => sent.push([event, payload]) },
    () => now,
  );
  return { t, sent, tick: (ms: number) => (now += ms) };
}

describe('RunTracker', () => {
  it('walks the phases in order, timing each, with a full snapshot on every change', () => {
    const { t, sent, tick } = tracker();
    t.enter('prepare');
    tick(10);
    t.enter('find');
    tick(5);
    t.enter('join');
    t.detail('Joining Photon-K7QD.', 12);
    tick(7);
    t.enter('talk');
    t.finish('failed', 'The device stopped answering.');
    const last = sent.at(-1)![1] as RunProgress;
    expect(last.phases.map((p) => [p.phase, p.status, p.ms])).toEqual([
      ['prepare', 'done', 10],
      ['find', 'done', 5],
      ['join', 'done', 7],
      ['talk', 'failed', 0],
      ['configure', 'skipped', null],
      ['connect', 'skipped', null],
      ['restore', 'skipped', null],
      ['verify', 'skipped', null],
    ]);
    expect(t.records().map((r) => r.result)).toEqual([
      'ok',
      'ok',
      'ok',
      'failed',
      'skipped',
      'skipped',
      'skipped',
      'skipped',
    ]);
    expect(sent.every(([event]) => event === 'run.progress')).toBe(true);
    expect(
      (sent.find(([, p]) => (p as RunProgress).countdownS === 12)?.[1] as RunProgress).phase,
    ).toBe('join');
  });

  it('adds up a phase entered twice (the hop visits join and restore twice)', () => {
    const { t, tick } = tracker();
    t.enter('prepare');
    t.enter('restore');
    tick(4);
    t.enter('join');
    tick(3);
    t.enter('restore');
    tick(2);
    t.enter('verify');
    t.finish('ok');
    const ms = Object.fromEntries(t.records().map((r) => [r.phase, r.ms]));
    expect(ms).toMatchObject({ restore: 6, join: 3 });
  });

  it('sends an LED report only when it changes', () => {
    const { t, sent } = tracker();
    t.led('listening', 'expected', 'a');
    t.led('listening', 'expected', 'b');
    t.led('listening', 'observed', 'c');
    expect(sent.filter(([event]) => event === 'run.led')).toHaveLength(2);
  });
});
