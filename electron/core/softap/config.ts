// Where the Photon is and how long to wait for it. Every timeout and retry is named here and can be
// overridden per client, so tests use milliseconds (softap-protocol.md §13.5).
import type { SoftApCommand } from './framing';

/** Real hardware only: the Photon's SoftAP address and ports. Tests always pass 127.0.0.1. */
export const DEFAULT_SOFTAP_HOST = '192.168.0.1';
const DEFAULT_TCP_PORT = 5609;
const DEFAULT_HTTP_PORT = 80;

export const CONNECT_TIMEOUT_MS = 4_000;

/**
 * Total time from sending a command to a complete reply. scan-ap sweeps the whole 2.4 GHz band;
 * configure-ap may run two 30 s scans of its own on firmware ≥ 0.7 before it answers.
 */
export const COMMAND_TIMEOUT_MS: Readonly<Record<SoftApCommand, number>> = {
  version: 5_000,
  'device-id': 5_000,
  'public-key': 5_000,
  set: 5_000,
  'scan-ap': 20_000,
  'configure-ap': 60_000,
  'connect-ap': 5_000,
};

/**
 * Tries per command. configure-ap is safe to repeat (same SSID replaces the entry) but slow, so it
 * gets fewer. connect-ap is retried only when nothing reached the device (the AP goes away after it).
 */
export const COMMAND_ATTEMPTS: Readonly<Record<SoftApCommand, number>> = {
  version: 3,
  'device-id': 3,
  'public-key': 3,
  set: 3,
  'scan-ap': 3,
  'configure-ap': 2,
  'connect-ap': 2,
};

export const RETRY_BACKOFF_MS = 1_000;

/** After a -1000-style decrypt error the key is fetched again and configure-ap re-sent this often. */
const KEY_REFETCH_RETRIES = 1;

/** A public-key reply over HTTP is ~6 KB of chunk framing; anything near this is not a Photon. */
const MAX_REPLY_BYTES = 256 * 1024;

const MAX_ATTEMPTS = 10;

export type TransportName = 'tcp' | 'http';
export type TransportChoice = TransportName | 'auto';

export interface SoftApOptions {
  host?: string;
  tcpPort?: number;
  httpPort?: number;
  /** 'auto' starts with TCP and falls back to HTTP when TCP cannot connect. */
  transport?: TransportChoice;
  connectTimeoutMs?: number;
  timeoutsMs?: Partial<Record<SoftApCommand, number>>;
  attempts?: Partial<Record<SoftApCommand, number>>;
  retryBackoffMs?: number;
  keyRefetchRetries?: number;
  /** Bind to this local address, for hosts with another route into 192.168.0.0/24 (§13.12). */
  localAddress?: string;
  maxReplyBytes?: number;
}

export interface ResolvedSoftApOptions {
  host: string;
  tcpPort: number;
  httpPort: number;
  transport: TransportChoice;
  connectTimeoutMs: number;
  timeoutsMs: Record<SoftApCommand, number>;
  attempts: Record<SoftApCommand, number>;
  retryBackoffMs: number;
  keyRefetchRetries: number;
  localAddress: string | undefined;
  maxReplyBytes: number;
}

// Options come from our own code, so a bad one is a programming error: fail loudly, not quietly.
function check(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`SoftAP option ${name} must be an integer from ${min} to ${max}.`);
  }
  return value;
}

const DAY_MS = 86_400_000;

export function resolveSoftApOptions(options: SoftApOptions = {}): ResolvedSoftApOptions {
  const timeoutsMs = { ...COMMAND_TIMEOUT_MS, ...options.timeoutsMs };
  const attempts = { ...COMMAND_ATTEMPTS, ...options.attempts };
  for (const [command, value] of Object.entries(timeoutsMs))
    check(`timeoutsMs.${command}`, value, 1, DAY_MS);
  for (const [command, value] of Object.entries(attempts))
    check(`attempts.${command}`, value, 1, MAX_ATTEMPTS);
  const transport = options.transport ?? 'tcp';
  if (transport !== 'tcp' && transport !== 'http' && transport !== 'auto') {
    throw new RangeError('SoftAP option transport must be tcp, http or auto.');
  }
  const host = options.host ?? DEFAULT_SOFTAP_HOST;
  if (host.length === 0) throw new RangeError('SoftAP option host must not be empty.');
  return {
    host,
    tcpPort: check('tcpPort', options.tcpPort ?? DEFAULT_TCP_PORT, 1, 65_535),
    httpPort: check('httpPort', options.httpPort ?? DEFAULT_HTTP_PORT, 1, 65_535),
    transport,
    connectTimeoutMs: check(
      'connectTimeoutMs',
      options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS,
      1,
      DAY_MS,
    ),
    timeoutsMs,
    attempts,
    retryBackoffMs: check('retryBackoffMs', options.retryBackoffMs ?? RETRY_BACKOFF_MS, 0, DAY_MS),
    keyRefetchRetries: check(
      'keyRefetchRetries',
      options.keyRefetchRetries ?? KEY_REFETCH_RETRIES,
      0,
      MAX_ATTEMPTS,
    ),
    localAddress: options.localAddress,
    maxReplyBytes: check(
      'maxReplyBytes',
      options.maxReplyBytes ?? MAX_REPLY_BYTES,
      16,
      64 * 1024 * 1024,
    ),
  };
}
