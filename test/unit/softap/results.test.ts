import { describe, expect, it } from 'vitest';
import { Cancelled } from '../../../electron/core/runtime';
import {
  connectOutcomeForTransport,
  describeOutcome,
  outcomeForResultCode,
  problemForTransport,
  SoftApError,
  type SoftApOutcome,
} from '../../../electron/core/softap/results';
import { OperatorError } from '../../../electron/core/runtime';
import { m } from '../../../shared/i18n/catalogue';
import { en } from '../../support/english';

describe('result codes', () => {
  it('maps r to the typed outcome', () => {
    expect(outcomeForResultCode(0)).toEqual({ kind: 'ok' });
    expect(outcomeForResultCode(-2)).toEqual({ kind: 'network-not-visible', code: -2 });
    expect(outcomeForResultCode(-3)).toEqual({ kind: 'ssid-rejected', code: -3 });
    expect(outcomeForResultCode(-4)).toEqual({ kind: 'password-length', code: -4 });
    for (const code of [-16640, -16512, -17152, -17408, -1040, -1103, -1104, -1024, -1000]) {
      expect(outcomeForResultCode(code)).toEqual({ kind: 'key-problem', code });
    }
    for (const code of [1, -1, -5, -999, 1003]) {
      expect(outcomeForResultCode(code)).toEqual({ kind: 'device-error', code });
    }
  });

  it('explains each one to the operator', () => {
    expect(en(describeOutcome('configure-ap', outcomeForResultCode(-2)))).toMatch(
      /hidden, 5 GHz.*out of range/,
    );
    expect(en(describeOutcome('configure-ap', outcomeForResultCode(-3)))).toMatch(/network name/);
    expect(en(describeOutcome('configure-ap', outcomeForResultCode(-4)))).toMatch(
      /password length/,
    );
    expect(en(describeOutcome('configure-ap', outcomeForResultCode(-16640)))).toMatch(
      /fetch its key again/,
    );
    expect(en(describeOutcome('configure-ap', outcomeForResultCode(7)))).toMatch(/error 7/);
    expect(en(describeOutcome('public-key', outcomeForResultCode(1)))).toMatch(/no public key/);
    expect(en(describeOutcome('set', outcomeForResultCode(-1)))).toMatch(/claim code/);
    expect(en(describeOutcome('device-id', { kind: 'rejected' }))).toMatch(/rejected the request/);
    expect(
      en(describeOutcome('scan-ap', { kind: 'timeout', stage: 'reply', afterMs: 20000 })),
    ).toMatch(/within 20 s/);
    expect(
      en(describeOutcome('version', { kind: 'connection-failed', reason: 'refused' })),
    ).toMatch(/listening mode/);
    expect(
      en(describeOutcome('scan-ap', { kind: 'scan-unreadable', reason: 'cut-short' })),
    ).toMatch(/by hand/);
    expect(
      en(describeOutcome('scan-ap', { kind: 'scan-unreadable', reason: 'ssid-too-long' })),
    ).toMatch(/longer than 32 bytes.*not a Photon's answer/);
    expect(en(describeOutcome('scan-ap', { kind: 'scan-stuck', afterMs: 20000 }))).toMatch(
      /stopped answering in the middle of its Wi-Fi scan \(nothing for 20 s\).*will not help.*RESET.*hold SETUP until it blinks dark blue/,
    );
    expect(en(describeOutcome('configure-ap', { kind: 'enterprise-unsupported' }))).toMatch(
      /Enterprise needs Device OS 0\.7\.0 or later/,
    );
  });

  it('makes every outcome a non-empty sentence', () => {
    const all: SoftApOutcome[] = [
      { kind: 'ok' },
      { kind: 'probably-connected', reason: 'reset' },
      { kind: 'http-error', status: 503 },
      { kind: 'http-error', status: 404 },
      { kind: 'invalid-key', detail: 'x' },
      { kind: 'invalid-input', field: 'ssid', problem: m('validate.ssid.empty') },
      { kind: 'timeout', stage: 'connect', afterMs: 50 },
      { kind: 'connection-failed', reason: 'unreachable' },
      { kind: 'connection-failed', reason: 'reset' },
    ];
    for (const outcome of all)
      expect(en(describeOutcome('connect-ap', outcome))).toMatch(/^[A-Z].*\.$/);
  });

  it('raises an OperatorError carrying the problem', () => {
    const error = new SoftApError('configure-ap', { kind: 'password-length', code: -4 });
    expect(error).toBeInstanceOf(OperatorError);
    expect(error.code).toBe('softap.password-length');
    expect(error.problem.kind).toBe('password-length');
    expect(error.text).toEqual(describeOutcome('configure-ap', error.problem));
    expect(error.text.id).toBe('softap.password-length');
    expect(error.message).toBe(en(describeOutcome('configure-ap', error.problem)));
    expect(error.message).toMatch(/refused the password length \(code -4\)/);
  });
});

describe('transport outcomes', () => {
  it('maps failures to problems', () => {
    expect(problemForTransport({ kind: 'empty' })).toEqual({ kind: 'rejected' });
    expect(
      problemForTransport({
        kind: 'failed',
        reason: 'reply-timeout',
        sent: true,
        receivedBytes: 0,
        timeoutMs: 9,
      }),
    ).toEqual({
      kind: 'timeout',
      stage: 'reply',
      afterMs: 9,
    });
    expect(
      problemForTransport({ kind: 'failed', reason: 'refused', sent: false, receivedBytes: 0 }),
    ).toEqual({
      kind: 'connection-failed',
      reason: 'refused',
    });
  });

  it('counts a lost connect-ap reply as probable success only once the request went out', () => {
    expect(connectOutcomeForTransport({ kind: 'json', value: { r: 0 } })).toEqual({ kind: 'ok' });
    expect(
      connectOutcomeForTransport({ kind: 'failed', reason: 'reset', sent: true, receivedBytes: 0 }),
    ).toEqual({
      kind: 'probably-connected',
      reason: 'reset',
    });
    expect(
      connectOutcomeForTransport({
        kind: 'failed',
        reason: 'reply-timeout',
        sent: true,
        receivedBytes: 0,
      }),
    ).toEqual({
      kind: 'probably-connected',
      reason: 'timeout',
    });
    expect(connectOutcomeForTransport({ kind: 'empty' })).toEqual({
      kind: 'probably-connected',
      reason: 'no-reply',
    });
    expect(
      connectOutcomeForTransport({
        kind: 'failed',
        reason: 'refused',
        sent: false,
        receivedBytes: 0,
      }),
    ).toEqual({
      kind: 'connection-failed',
      reason: 'refused',
    });
    // An abort is not a device outcome: it surfaces as the core's one cancelled error.
    expect(() =>
      connectOutcomeForTransport({
        kind: 'failed',
        reason: 'cancelled',
        sent: true,
        receivedBytes: 0,
      }),
    ).toThrow(Cancelled);
  });
});
