// Everything a SoftAP command can end in, as one discriminated union with a sentence for the
// operator (softap-protocol.md §5, §13.9). Sentences never carry a password: the only inputs they
// quote are command names, numbers and, for validation, the sentence shared/validate.ts wrote.
import { m, type Message } from '../../../shared/i18n';
import { Cancelled, OperatorError } from '../runtime';
import type { SoftApCommand } from './framing';
import type { ScanUnreadable } from './scan-reply';
import type { TransportOutcome } from './socket-exchange';

export type SoftApOutcome =
  | { kind: 'ok' }
  /** connect-ap's reply was lost in the AP teardown (timeout, reset, EOF): the normal way it succeeds. */
  | { kind: 'probably-connected'; reason: 'timeout' | 'reset' | 'no-reply' }
  | { kind: 'network-not-visible'; code: -2 }
  | { kind: 'ssid-rejected'; code: -3 }
  | { kind: 'password-length'; code: -4 }
  /** RSA decryption on the device failed: mbedTLS (≥ 0.7, -0x41xx…) or tropicssl (≤ 0.6, -0x4xx) codes. */
  | { kind: 'key-problem'; code: number }
  | { kind: 'device-error'; code: number }
  | { kind: 'rejected' }
  | { kind: 'timeout'; stage: 'connect' | 'reply'; afterMs: number }
  /** scan-ap went quiet mid-reply: the device-os#1334/#1407 wedge, which only listening mode ends. */
  | { kind: 'scan-stuck'; afterMs: number }
  | { kind: 'scan-unreadable'; reason: ScanUnreadable }
  /** configure-ap with WPA Enterprise keys got no JSON: Device OS ≤ 0.6 has none of them. */
  | { kind: 'enterprise-unsupported' }
  /** The same over HTTP with a multi-packet body: ≤ 0.6 then never ends its reply. */
  | { kind: 'enterprise-unanswered'; afterMs: number }
  | { kind: 'malformed'; detail: string }
  | { kind: 'http-error'; status: number }
  | { kind: 'connection-failed'; reason: 'refused' | 'unreachable' | 'reset' }
  | { kind: 'invalid-key'; detail: string }
  | { kind: 'invalid-input'; field: string; problem: Message };

export type SoftApSuccess = Extract<SoftApOutcome, { kind: 'ok' | 'probably-connected' }>;
export type SoftApProblem = Exclude<SoftApOutcome, SoftApSuccess>;

/** "… while {doing}": what the device was asked to do (softap.doing.<command>). */
const DOING: Readonly<Record<SoftApCommand, Message>> = {
  version: m('softap.doing.version'),
  'device-id': m('softap.doing.device-id'),
  'scan-ap': m('softap.doing.scan-ap'),
  'public-key': m('softap.doing.public-key'),
  set: m('softap.doing.set'),
  'configure-ap': m('softap.doing.configure-ap'),
  'connect-ap': m('softap.doing.connect-ap'),
};

const DONE: Readonly<Record<SoftApCommand, Message>> = {
  version: m('softap.done.version'),
  'device-id': m('softap.done.device-id'),
  'scan-ap': m('softap.done.scan-ap'),
  'public-key': m('softap.done.public-key'),
  set: m('softap.done.set'),
  'configure-ap': m('softap.done.configure-ap'),
  'connect-ap': m('softap.done.connect-ap'),
};

function deviceErrorSentence(command: SoftApCommand, code: number): Message {
  if (command === 'public-key' && code === 1) return m('softap.error.no-public-key');
  if (command === 'set') return m('softap.error.claim-code-refused', { code: String(code) });
  if (command === 'configure-ap' && code === 1) return m('softap.error.enterprise-refused');
  return m('softap.error.device', { code: String(code), doing: DOING[command] });
}

/** A wait as the sentences say it: seconds to a tenth above one second, else milliseconds. */
const waited = (ms: number): Message =>
  ms >= 1000
    ? m('softap.after.seconds', { seconds: Math.round(ms / 100) / 10 })
    : m('softap.after.ms', { ms });

/** The operator sentence for an outcome of a command. */
export function describeOutcome(command: SoftApCommand, outcome: SoftApOutcome): Message {
  const doing = DOING[command];
  switch (outcome.kind) {
    case 'ok':
      return DONE[command];
    case 'probably-connected':
      return m('softap.probably-connected');
    case 'network-not-visible':
      return m('softap.network-not-visible');
    case 'ssid-rejected':
      return m('softap.ssid-rejected');
    case 'password-length':
      return m('softap.password-length');
    case 'key-problem':
      return m('softap.key-problem', { code: String(outcome.code) });
    case 'device-error':
      return deviceErrorSentence(command, outcome.code);
    case 'rejected':
      return m('softap.rejected', { doing });
    case 'timeout':
      return outcome.stage === 'connect'
        ? m('softap.timeout.connect', { after: waited(outcome.afterMs), doing })
        : m('softap.timeout.reply', { after: waited(outcome.afterMs), doing });
    case 'scan-stuck':
      return m('softap.scan-stuck', { after: waited(outcome.afterMs) });
    case 'scan-unreadable':
      return m(`softap.scan-unreadable.${outcome.reason}`);
    case 'enterprise-unsupported':
      return m('softap.enterprise-unsupported');
    case 'enterprise-unanswered':
      return m('softap.enterprise-unanswered', { after: waited(outcome.afterMs) });
    case 'malformed':
      return m('softap.malformed', { doing });
    case 'http-error':
      return outcome.status === 503
        ? m('softap.http-busy')
        : m('softap.http-error', { status: String(outcome.status), doing });
    case 'connection-failed':
      return m(`softap.connection.${outcome.reason}`, { doing });
    case 'invalid-key':
      return m('softap.invalid-key');
    case 'invalid-input':
      return outcome.problem;
  }
}

/** A failed SoftAP command; the message is the operator sentence and never holds a secret. */
export class SoftApError extends OperatorError {
  constructor(
    readonly command: SoftApCommand,
    readonly problem: SoftApProblem,
  ) {
    super(describeOutcome(command, problem), `softap.${problem.kind}`);
    this.name = 'SoftApError';
  }
}

/** Maps a device result code `r` (softap-protocol.md §5). Codes ≤ -1000 cover both crypto libraries. */
export function outcomeForResultCode(code: number): SoftApOutcome {
  if (code === 0) return { kind: 'ok' };
  if (code === -2) return { kind: 'network-not-visible', code };
  if (code === -3) return { kind: 'ssid-rejected', code };
  if (code === -4) return { kind: 'password-length', code };
  if (code <= -1000) return { kind: 'key-problem', code };
  return { kind: 'device-error', code };
}

/** A transport outcome that carries no usable reply, as a problem. */
export function problemForTransport(
  outcome: Exclude<TransportOutcome, { kind: 'json' }>,
): SoftApProblem {
  switch (outcome.kind) {
    case 'empty':
      return { kind: 'rejected' };
    case 'malformed':
      return { kind: 'malformed', detail: outcome.detail };
    case 'scan':
      // Only scan-ap is read as a scan; anywhere else it is not the reply that was asked for.
      return { kind: 'malformed', detail: 'a scan list where JSON was expected' };
    case 'scan-unreadable':
      return { kind: 'scan-unreadable', reason: outcome.reason };
    case 'http-status':
      return { kind: 'http-error', status: outcome.status };
    case 'failed':
      // An abort is not a device problem: it surfaces as the core's one cancelled error.
      if (outcome.reason === 'cancelled') throw new Cancelled();
      if (outcome.reason === 'connect-timeout' || outcome.reason === 'reply-timeout') {
        return {
          kind: 'timeout',
          stage: outcome.reason === 'connect-timeout' ? 'connect' : 'reply',
          afterMs: outcome.timeoutMs ?? 0,
        };
      }
      return { kind: 'connection-failed', reason: outcome.reason };
  }
}

/**
 * connect-ap ends listening mode while it replies; once the request was written, losing the reply
 * means it was almost certainly acted on (softap-protocol.md §4.7).
 */
export function connectOutcomeForTransport(outcome: TransportOutcome): SoftApOutcome {
  if (outcome.kind === 'json') {
    const code = (outcome.value as { r?: unknown } | null)?.r;
    return typeof code === 'number' && Number.isInteger(code)
      ? outcomeForResultCode(code)
      : { kind: 'probably-connected', reason: 'no-reply' };
  }
  if (outcome.kind === 'failed' && outcome.sent && outcome.reason !== 'cancelled') {
    return {
      kind: 'probably-connected',
      reason: outcome.reason === 'reply-timeout' ? 'timeout' : 'reset',
    };
  }
  if (outcome.kind === 'empty' || outcome.kind === 'malformed') {
    return { kind: 'probably-connected', reason: 'no-reply' };
  }
  return problemForTransport(outcome);
}
