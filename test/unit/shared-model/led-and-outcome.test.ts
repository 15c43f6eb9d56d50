import { describe, expect, it } from 'vitest';
import {
  healthyProgression,
  LED_STATE_IDS,
  ledAlternatives,
  ledStates,
  type LedStateId,
} from '../../../shared/led';
import { LED_STATES as SIMULATOR_LEDS } from '../../../electron/simulator/photon/led';
import { OUTCOME_KINDS as outcomeKinds } from '../../../shared/outcome';
import { describeOutcome, type Outcome } from '../../../shared/outcome';
import { m } from '../../../shared/i18n/catalogue';
import { en } from '../../support/english';

const samples: Record<Outcome['kind'], Outcome> = {
  success: {
    kind: 'success',
    deviceId: 'a'.repeat(24),
    owner: { kind: 'user', username: 'dev@example.com' },
  },
  'online-not-claimed': {
    kind: 'online-not-claimed',
    deviceId: 'a'.repeat(24),
    reason: 'claim-code-invalid',
  },
  'configured-not-online': {
    kind: 'configured-not-online',
    deviceId: 'a'.repeat(24),
    waitedMs: 90_000,
  },
  'credentials-rejected': {
    kind: 'credentials-rejected',
    deviceId: 'a'.repeat(24),
    ssid: 'Office',
  },
  'network-not-visible': { kind: 'network-not-visible', deviceId: null, ssid: 'Office-5G' },
  'scan-stuck': { kind: 'scan-stuck', deviceId: null },
  'configure-rejected': {
    kind: 'configure-rejected',
    deviceId: null,
    code: -4,
    message: m('softap.password-length'),
  },
  'lost-device': { kind: 'lost-device', deviceId: null, phase: 'configure' },
  'host-wifi-problem': {
    kind: 'host-wifi-problem',
    deviceId: null,
    phase: 'find',
    message: m('wifi.address.none', { seconds: 60 }),
  },
  'cloud-error': {
    kind: 'cloud-error',
    deviceId: null,
    phase: 'prepare',
    problem: { kind: 'bad-token', message: m('cloud.problem.bad-token') },
  },
  'wifi-not-restored': {
    kind: 'wifi-not-restored',
    deviceId: null,
    network: 'Office',
    inner: 'success',
  },
  'label-mismatch': {
    kind: 'label-mismatch',
    deviceId: 'a'.repeat(24),
    labelId: 'b'.repeat(24),
  },
  'identity-not-confirmed': {
    kind: 'identity-not-confirmed',
    deviceId: 'a'.repeat(24),
    answer: 'denied',
  },
  cancelled: { kind: 'cancelled', deviceId: null, phase: 'join' },
  interrupted: { kind: 'interrupted', deviceId: null, phase: 'configure' },
};

describe('LED model', () => {
  it('describes every state with colour, pattern, meaning and advice', () => {
    for (const state of Object.values(ledStates)) {
      expect(state.label.id).toBe(`led.${state.id}.label`);
      expect(state.meaning.id).toBe(`led.${state.id}.meaning`);
      expect(state.advice.id).toBe(`led.${state.id}.advice`);
      expect(en(state.label).length).toBeGreaterThan(2);
      expect(en(state.meaning).length).toBeGreaterThan(10);
      expect(en(state.advice).length).toBeGreaterThan(10);
    }
  });

  it('follows Device OS from listening to breathing cyan', () => {
    expect(healthyProgression.map((id) => en(ledStates[id].label))).toEqual([
      'Blinking dark blue',
      'Blinking green',
      'Fast blinking green',
      'Blinking cyan',
      'Fast blinking cyan',
      'Breathing cyan',
    ]);
  });

  it('has one entry per state id, and the simulator shows only product states', () => {
    expect(Object.keys(ledStates).sort()).toEqual([...LED_STATE_IDS].sort());
    for (const [name, state] of Object.entries(SIMULATOR_LEDS)) {
      expect(LED_STATE_IDS).toContain(name);
      expect({ color: state.color, pattern: state.pattern }).toEqual({
        color: ledStates[name as LedStateId].color,
        pattern: ledStates[name as LedStateId].pattern,
      });
    }
  });

  it('offers alternatives that exclude the expected state', () => {
    const alternatives = ledAlternatives('cloud-connecting').map((state) => state.id);
    expect(alternatives).not.toContain('cloud-connecting');
    expect(alternatives).toContain('cloud-unreachable');
  });
});

describe('outcomes', () => {
  it('the audit schema knows exactly the outcome kinds', () => {
    expect([...outcomeKinds].sort()).toEqual(Object.keys(samples).sort());
  });

  it.each(Object.values(samples))('describes $kind with a sentence and next actions', (outcome) => {
    const description = describeOutcome(outcome);
    const sentence = en(description.sentence);
    // Formatted, not fallen back to the bare id, and every parameter filled in.
    expect(sentence).not.toBe(description.sentence.id);
    expect(sentence).not.toMatch(/undefined|\[object Object\]|\{\w+\}/);
    expect(sentence.length).toBeGreaterThan(20);
    expect(en(description.title).length).toBeGreaterThan(2);
    expect(description.actions.length).toBeGreaterThan(0);
  });
});
