import { describe, expect, it } from 'vitest';
import type { EventName } from '../../../shared/contract';
import type { RunProgress } from '../../../shared/provisioning';
import { RunTracker } from '../../../electron/core/provisioning/run-tracker';
import { m } from '../../../shared/i18n/catalogue';
import { en } from '../../support/english';

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
    t.detail(m('wifi.join.joining', { ssid: 'Photon-K7QD' }), 12);
    tick(7);
    t.enter('talk');
    t.finish('failed', m('run.internal-step'));
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
    // The failed phase keeps the sentence it ended with.
    const talk = last.phases.find((p) => p.phase === 'talk');
    expect(talk?.detail).toEqual({ id: 'run.internal-step' });
    expect(en(talk?.detail)).toMatch(/internal problem during this step/);
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
    t.led('listening', 'expected', m('run.led.ap-back'));
    t.led('listening', 'expected', m('run.led.ap-back.named', { ssid: 'Photon-K7QD' }));
    t.led('listening', 'observed', m('run.led.ap-back'));
    expect(sent.filter(([event]) => event === 'run.led')).toHaveLength(2);
  });
});
