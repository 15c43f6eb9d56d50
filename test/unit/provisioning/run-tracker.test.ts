import { describe, expect, it } from 'vitest';
import type { EventName } from '../../../shared/contract';
import type { RunProgress } from '../../../shared/provisioning';
import {
  IllegalTransitionError,
  RunTracker,
} from '../../../electron/core/provisioning/run-tracker';

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

  it('refuses illegal moves, allows the hop and the direct path', () => {
    const { t } = tracker();
    expect(() => t.enter('talk')).toThrow(IllegalTransitionError);
    t.enter('prepare');
    expect(() => t.enter('verify')).toThrow(IllegalTransitionError);
    for (const phase of [
      'find',
      'join',
      'talk',
      'configure',
      'restore',
      'join',
      'connect',
      'restore',
      'verify',
    ] as const)
      t.enter(phase);
    const direct = tracker().t;
    for (const phase of ['prepare', 'talk', 'configure', 'connect', 'verify'] as const)
      direct.enter(phase);
  });

  it('sends an LED report only when it changes', () => {
    const { t, sent } = tracker();
    t.led('listening', 'expected', 'a');
    t.led('listening', 'expected', 'b');
    t.led('listening', 'observed', 'c');
    expect(sent.filter(([event]) => event === 'run.led')).toHaveLength(2);
  });
});
