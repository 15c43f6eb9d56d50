// One request, one connection: connect, write everything in one call, read until the reader has
// a verdict, then drop the socket. Shared by both transports so timeouts, cancellation and error
// mapping behave the same. Every path ends through `settle`, so a silent peer ends in a timeout.
import net from 'node:net';
import type { ParsedReply } from './reply-parser';

type TransportFailure =
  'connect-timeout' | 'reply-timeout' | 'refused' | 'unreachable' | 'reset' | 'cancelled';

export type TransportOutcome =
  | ParsedReply
  | { kind: 'http-status'; status: number }
  | {
      kind: 'failed';
      reason: TransportFailure;
      /** Whether the request was written: a non-idempotent command may have reached the device. */
      sent: boolean;
      receivedBytes: number;
      timeoutMs?: number;
    };

export interface ExchangeReader {
  push(chunk: Buffer): TransportOutcome | null;
  /** The peer closed its side. */
  end(): TransportOutcome;
  readonly receivedBytes: number;
}

export interface ExchangeOptions {
  host: string;
  port: number;
  localAddress?: string | undefined;
  request: Buffer;
  connectTimeoutMs: number;
  replyTimeoutMs: number;
  signal?: AbortSignal | undefined;
}

const REFUSED = new Set(['ECONNREFUSED']);
const RESET = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);

function failureFor(error: NodeJS.ErrnoException, connected: boolean): TransportFailure {
  const code = error.code ?? '';
  if (REFUSED.has(code)) return 'refused';
  if (code === 'ETIMEDOUT') return connected ? 'reply-timeout' : 'connect-timeout';
  if (connected && RESET.has(code)) return 'reset';
  // EHOSTUNREACH, ENETUNREACH, EADDRNOTAVAIL, ENOTFOUND … : no route to the Photon.
  return connected ? 'reset' : 'unreachable';
}

export function exchange(
  options: ExchangeOptions,
  reader: ExchangeReader,
): Promise<TransportOutcome> {
  return new Promise((resolve) => {
    let connected = false;
    let sent = false;
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const socket = new net.Socket();

    const fail = (reason: TransportFailure, timeoutMs?: number): TransportOutcome => ({
      kind: 'failed',
      reason,
      sent,
      receivedBytes: reader.receivedBytes,
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    });
    const onAbort = (): void => settle(fail('cancelled'));
    function settle(outcome: TransportOutcome): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve(outcome);
    }

    if (options.signal?.aborted === true) {
      settle(fail('cancelled'));
      return;
    }
    options.signal?.addEventListener('abort', onAbort, { once: true });

    timer = setTimeout(
      () => settle(fail('connect-timeout', options.connectTimeoutMs)),
      options.connectTimeoutMs,
    );
    socket.setNoDelay(true);
    socket.on('connect', () => {
      connected = true;
      clearTimeout(timer);
      timer = setTimeout(
        () => settle(fail('reply-timeout', options.replyTimeoutMs)),
        options.replyTimeoutMs,
      );
      // One write: the device's HTTP server needs the whole header block in the first segment.
      socket.write(options.request);
      sent = true;
    });
    socket.on('data', (chunk: Buffer) => {
      const outcome = reader.push(chunk);
      if (outcome !== null) settle(outcome);
    });
    socket.on('end', () => settle(reader.end()));
    socket.on('error', (error: NodeJS.ErrnoException) =>
      settle(fail(failureFor(error, connected))),
    );
    socket.on('close', () => {
      if (!settled) settle(connected ? reader.end() : fail('unreachable'));
    });
    socket.connect({
      host: options.host,
      port: options.port,
      ...(options.localAddress === undefined ? {} : { localAddress: options.localAddress }),
    });
  });
}
