// Where the Photon is and how long to wait for it. Every timeout and retry is named here and can be
// overridden per client, so tests use milliseconds (softap-protocol.md §13.5).
import type { SoftApCommand } from './framing';

/** Real hardware only: the Photon's SoftAP address and ports. Tests always pass 127.0.0.1. */
export const DEFAULT_SOFTAP_HOST = '192.168.0.1';
const DEFAULT_TCP_PORT = 5609;
const DEFAULT_HTTP_PORT = 80;

export const CONNECT_TIMEOUT_MS = 4_000;

/**
 * configure-ap's worst case on firmware ≥ 0.7: wlan_set_credentials' dry run and save each scan
 * for a WPA network, and sniff_security waits up to 30 s for each scan to complete
 * (wlan_hal.cpp v2.3.1 l.1027–1046, l.1303–1312).
 */
const CONFIGURE_AP_DEVICE_WORST_MS = 2 * 30_000;
/** On top of that: the RSA decryption, the DCT writes and the reply's way back. */
const CONFIGURE_AP_MARGIN_MS = 15_000;

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
  'configure-ap': CONFIGURE_AP_DEVICE_WORST_MS + CONFIGURE_AP_MARGIN_MS,
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

/**
 * Whether a command is tried again after its reply timed out. A scan-ap that times out has most
 * likely wedged the device (device-os#1334, #1407): that server stays stuck until the device
 * leaves listening mode, so asking again only doubles the operator's wait. configure-ap's
 * timeout is already above the firmware's worst case, so no answer by then means none is coming.
 */
const RETRY_AFTER_REPLY_TIMEOUT: Readonly<Record<SoftApCommand, boolean>> = {
  version: true,
  'device-id': true,
  'public-key': true,
  set: true,
  'scan-ap': false,
  'configure-ap': false,
  'connect-ap': true,
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
  retryAfterReplyTimeout: Readonly<Record<SoftApCommand, boolean>>;
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
    retryAfterReplyTimeout: RETRY_AFTER_REPLY_TIMEOUT,
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
