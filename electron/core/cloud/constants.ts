// Every bound the cloud client uses, named so callers and tests can override them.

export { DEFAULT_CLOUD_BASE_URL } from '../../../shared/settings';

/**
 * A token must stay valid this long before work that needs it starts: a run may spend minutes
 * on the device's network with no way to renew it (the engine, returned units and verify all use it).
 */
export const TOKEN_MIN_VALIDITY_MS = 15 * 60_000;

/** One REST request, from sending to the last byte of the body. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;
/**
 * The longest reply read: the largest real one (a 25-device product page) is a few tens of KB.
 * A longer body is read no further and is "an answer this app does not understand".
 */
export const CLOUD_REPLY_MAX_BYTES = 4 * 1024 * 1024;

export interface RetryPolicy {
  /** Total tries of one request, the first included. */
  maxAttempts: number;
  /** First wait after a 5xx or a network failure; doubles per attempt. */
  baseDelayMs: number;
  /** No computed wait (5xx/network/429 without Retry-After) exceeds this. */
  maxDelayMs: number;
  /** First wait after a 429 that names no Retry-After (Particle advises waiting at least 30 s). */
  rateLimitDelayMs: number;
  /** A Retry-After longer than this is not waited out: the call fails with rate-limited at once. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  rateLimitDelayMs: 30_000,
  maxRetryAfterMs: 60_000,
};

/** The cloud writes a newline every 9-13 s; no byte for this long means the stream is dead. */
export const DEFAULT_STREAM_IDLE_TIMEOUT_MS = 15_000;
/** Until the response headers of an event stream arrive. */
export const DEFAULT_STREAM_CONNECT_TIMEOUT_MS = 15_000;

export interface ReconnectPolicy {
  initialDelayMs: number;
  maxDelayMs: number;
  /** Consecutive failed connects before the stream gives up for good. */
  maxConsecutiveFailures: number;
}

/** Particle limits stream opens to 100 per 5 min per IP: start at 2 s and grow. */
export const DEFAULT_RECONNECT_POLICY: ReconnectPolicy = {
  initialDelayMs: 2_000,
  maxDelayMs: 30_000,
  maxConsecutiveFailures: 20,
};

/** The developer login client Particle's docs suggest. Not a secret. */
export const PARTICLE_LOGIN_CLIENT = { clientId: 'particle', clientSecret: 'particle' } as const;

/** Product device lists are paged; never follow more pages than this. */
export const MAX_DEVICE_LIST_PAGES = 200;
export const DEFAULT_DEVICE_PAGE_SIZE = 25;
