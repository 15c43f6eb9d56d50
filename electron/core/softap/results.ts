// Everything a SoftAP command can end in, as one discriminated union with a sentence for the
// operator (softap-protocol.md §5, §13.9). Sentences never carry a password: the only inputs they
// quote are command names, numbers and, for validation, the sentence shared/validate.ts wrote.
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
  | { kind: 'invalid-input'; field: string; problem: string };

export type SoftApSuccess = Extract<SoftApOutcome, { kind: 'ok' | 'probably-connected' }>;
export type SoftApProblem = Exclude<SoftApOutcome, SoftApSuccess>;

const DOING: Readonly<Record<SoftApCommand, string>> = {
  version: 'asking for its protocol version',
  'device-id': 'reading its device id',
  'scan-ap': 'scanning for Wi-Fi networks',
  'public-key': 'reading its public key',
  set: 'storing the claim code',
  'configure-ap': 'storing the Wi-Fi settings',
  'connect-ap': 'telling it to join Wi-Fi',
};

const DONE: Readonly<Record<SoftApCommand, string>> = {
  version: 'The Photon answered.',
  'device-id': 'The Photon sent its device id.',
  'scan-ap': 'The Photon listed the Wi-Fi networks it can see.',
  'public-key': 'The Photon sent its public key.',
  set: 'The Photon stored the claim code.',
  'configure-ap': 'The Photon stored the Wi-Fi settings.',
  'connect-ap': 'The Photon is joining Wi-Fi. Watch for blinking green, then cyan.',
};

const SCAN_UNREADABLE: Readonly<Record<ScanUnreadable, string>> = {
  'ssid-too-long':
    "A network name in the list is longer than 32 bytes, which no Photon sends, so this is not a Photon's answer. Check this computer is on the Photon's own Wi-Fi (Photon-…), not another network.",
  'not-a-scan':
    "The network list was not in the form a Photon writes it. Check this computer is on the Photon's own Wi-Fi (Photon-…), not another network.",
  'cut-short':
    "The Photon's network list arrived cut short. Scan again; if it keeps happening, enter the network by hand with its security and channel.",
};

function deviceErrorSentence(command: SoftApCommand, code: number): string {
  if (command === 'public-key' && code === 1)
    return 'The Photon reports it has no public key, so the Wi-Fi password cannot be encrypted. Set it up over USB and check its keys (particle keys doctor).';
  if (command === 'set')
    return `The Photon refused the claim code (code ${code}). Create a new claim code and try again.`;
  if (command === 'configure-ap' && code === 1)
    return 'The Photon refused the enterprise credentials (code 1). Check the EAP method, identities and certificates.';
  return `The Photon reported error ${code} while ${DOING[command]}. Try again; if it repeats, reset the Photon into listening mode (hold SETUP until it blinks blue).`;
}

/** The operator sentence for an outcome of a command. */
export function describeOutcome(command: SoftApCommand, outcome: SoftApOutcome): string {
  switch (outcome.kind) {
    case 'ok':
      return DONE[command];
    case 'probably-connected':
      return 'The Photon closed its setup network, which is what it does when it starts joining Wi-Fi. Watch for blinking green, then cyan.';
    case 'network-not-visible':
      return 'The Photon cannot see that Wi-Fi network (code -2). It may be hidden, 5 GHz only (the Photon has a 2.4 GHz radio), or out of range. Move closer, enable 2.4 GHz, or set the Photon up over USB.';
    case 'ssid-rejected':
      return 'The Photon refused the network name (code -3): it must be 1 to 32 bytes. Check the name and try again.';
    case 'password-length':
      return 'The Photon refused the password length (code -4): WPA passwords are 8 to 63 characters or 64 hex digits; WEP keys 5 or 13 characters.';
    case 'key-problem':
      return `The Photon could not decrypt the password (code ${outcome.code}). Photon Setup will fetch its key again and retry; if it repeats, reset the Photon (it may be low on memory).`;
    case 'device-error':
      return deviceErrorSentence(command, outcome.code);
    case 'rejected':
      return `The Photon rejected the request while ${DOING[command]} (it answered with nothing). Check its firmware is a Photon or P1 in listening mode, then try again.`;
    case 'timeout':
      return outcome.stage === 'connect'
        ? `The Photon did not accept a connection within ${seconds(outcome.afterMs)} while ${DOING[command]}. Check this computer is still joined to the Photon's Wi-Fi (Photon-…) and the LED blinks blue.`
        : `The Photon did not answer within ${seconds(outcome.afterMs)} while ${DOING[command]}. Check it still blinks blue and this computer is on its Wi-Fi, then try again.`;
    case 'scan-stuck':
      return `The Photon stopped answering in the middle of its Wi-Fi scan (nothing for ${seconds(outcome.afterMs)}). In a room with many networks its scan can get stuck, and it then answers nothing until it leaves listening mode, so asking again will not help. Press RESET, then hold SETUP until it blinks dark blue, and start again; a saved network with its channel skips the scan.`;
    case 'scan-unreadable':
      return SCAN_UNREADABLE[outcome.reason];
    case 'enterprise-unsupported':
      return 'The Photon answered the WPA Enterprise settings with nothing, which is what Device OS older than 0.7.0 does: WPA Enterprise needs Device OS 0.7.0 or later. Update the Photon over USB (particle update), or choose a WPA2 Personal network.';
    case 'enterprise-unanswered':
      return `The Photon did not answer the WPA Enterprise settings sent over HTTP within ${seconds(outcome.afterMs)}. Device OS older than 0.7.0 never answers them there, because WPA Enterprise needs Device OS 0.7.0 or later: update the Photon over USB (particle update). On newer firmware, send them over TCP instead (the default transport).`;
    case 'malformed':
      return `The Photon's answer while ${DOING[command]} was not what a Photon sends. Check this computer is on the Photon's own Wi-Fi, not another network.`;
    case 'http-error':
      return outcome.status === 503
        ? 'The Photon is busy with other connections (HTTP 503). Wait a moment and try again.'
        : `The Photon answered HTTP ${outcome.status} while ${DOING[command]}. Check this computer is on the Photon's Wi-Fi and not another network.`;
    case 'connection-failed':
      return outcome.reason === 'refused'
        ? `Nothing answered on the Photon's setup port while ${DOING[command]}. Check the LED blinks blue (listening mode) and this computer is on its Wi-Fi.`
        : outcome.reason === 'unreachable'
          ? `The Photon could not be reached while ${DOING[command]}. Join this computer to the Photon's Wi-Fi (Photon-…) and try again.`
          : `The connection to the Photon dropped while ${DOING[command]}. Check this computer is still on its Wi-Fi and try again.`;
    case 'invalid-key':
      return "The Photon's public key could not be read, so the password cannot be encrypted. Try again; if it repeats, set the Photon up over USB.";
    case 'invalid-input':
      return outcome.problem;
  }
}

const seconds = (ms: number): string =>
  ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;

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
