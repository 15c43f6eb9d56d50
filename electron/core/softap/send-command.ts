// One command with bounded retries and the TCP → HTTP fallback. Retries cover transport failures
// only; a device result code is an answer and is returned as is. A command that may have reached
// the device is repeated only when repeating is harmless (softap-protocol.md §13.5).
import type { ResolvedSoftApOptions, TransportName } from './config';
import type { SoftApCommand } from './framing';
import type { TransportOutcome } from './socket-exchange';
import { sendOverHttp } from './transport-http';
import { sendOverTcp, type TransportRequest } from './transport-tcp';

/** Commands the device can receive twice without harm (configure-ap replaces the entry by SSID). */
const IDEMPOTENT_COMMANDS: ReadonlySet<SoftApCommand> = new Set([
  'version',
  'device-id',
  'scan-ap',
  'public-key',
  'set',
  'configure-ap',
]);

export type Send = (request: TransportRequest) => Promise<TransportOutcome>;
export const TRANSPORTS: Readonly<Record<TransportName, Send>> = {
  tcp: sendOverTcp,
  http: sendOverHttp,
};

export interface SendResult {
  outcome: TransportOutcome;
  /** The transport that produced the outcome; in 'auto' mode the client keeps using one that worked. */
  transport: TransportName;
  attempts: number;
}

export interface SendOptions {
  command: SoftApCommand;
  body?: Buffer | undefined;
  settings: ResolvedSoftApOptions;
  /** Transports to try in order within one attempt (one entry unless 'auto'). */
  order: readonly TransportName[];
  signal?: AbortSignal | undefined;
  transports?: Readonly<Record<TransportName, Send>> | undefined;
}

const isTransportFailure = (outcome: TransportOutcome): boolean =>
  (outcome.kind === 'failed' && outcome.reason !== 'cancelled') ||
  (outcome.kind === 'http-status' && outcome.status === 503);

/** Another transport is worth trying only when this one never got the request through. */
const couldNotConnect = (outcome: TransportOutcome): boolean =>
  outcome.kind === 'failed' &&
  !outcome.sent &&
  (outcome.reason === 'refused' ||
    outcome.reason === 'unreachable' ||
    outcome.reason === 'connect-timeout');

function mayRetry(
  command: SoftApCommand,
  outcome: TransportOutcome,
  settings: ResolvedSoftApOptions,
): boolean {
  if (!isTransportFailure(outcome)) return false;
  if (
    outcome.kind === 'failed' &&
    outcome.reason === 'reply-timeout' &&
    !settings.retryAfterReplyTimeout[command]
  )
    return false;
  if (IDEMPOTENT_COMMANDS.has(command)) return true;
  return outcome.kind === 'failed' && !outcome.sent;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted === true || ms <= 0) {
      resolve();
      return;
    }
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

export async function sendCommand(options: SendOptions): Promise<SendResult> {
  const { command, settings, order, signal } = options;
  const transports = options.transports ?? TRANSPORTS;
  const maxAttempts = settings.attempts[command];
  let last: SendResult | undefined;
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    for (const name of order) {
      const outcome = await transports[name]({
        command,
        body: options.body,
        host: settings.host,
        port: name === 'tcp' ? settings.tcpPort : settings.httpPort,
        localAddress: settings.localAddress,
        connectTimeoutMs: settings.connectTimeoutMs,
        replyTimeoutMs: settings.timeoutsMs[command],
        maxReplyBytes: settings.maxReplyBytes,
        signal,
      });
      last = { outcome, transport: name, attempts: attempt };
      if (!couldNotConnect(outcome)) break;
    }
    if (last === undefined || !mayRetry(command, last.outcome, settings) || attempt === maxAttempts)
      break;
    await sleep(settings.retryBackoffMs, signal);
    if (signal?.aborted === true) {
      return {
        outcome: { kind: 'failed', reason: 'cancelled', sent: false, receivedBytes: 0 },
        transport: last.transport,
        attempts: attempt,
      };
    }
  }
  // The loop runs at least once (attempts ≥ 1, order non-empty), so `last` is set.
  if (last === undefined) throw new Error('sendCommand needs at least one transport');
  return last;
}
