// One REST round trip with a timeout, bounded retries for 429/5xx/network, and errors turned into
// CloudError. Secrets travel only in headers and bodies, never in URLs, and nothing here logs a body.
import type { Message } from '../../../shared/i18n';
import { Cancelled, systemClock } from '../runtime';
import type { RetryPolicy } from './constants';
import { CloudError, isRetryable, type CloudProblem } from './errors';
import { classifyErrorResponse, errorBodyText, parseRetryAfter, refusalOf } from './error-body';
import type { Redactor } from './redact';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface CloudLog {
  debug(message: string): void;
  warn(message: string): void;
}

export const silentLog: CloudLog = { debug: () => {}, warn: () => {} };

/** Rejects with Cancelled on abort, like every wait in the core. */
export const realSleep: Sleep = (ms, signal) => systemClock.sleep(ms, signal);

/** A retry the transport is about to wait for, so a window or a terminal can count it down. */
export interface CloudWait {
  operation: Message;
  /** Why: the cloud asked to slow down, or it had a problem. */
  reason: 'rate-limited' | 'retrying';
  delayMs: number;
}

export interface TransportOptions {
  baseUrl: string;
  fetch: FetchLike;
  now: () => number;
  sleep: Sleep;
  timeoutMs: number;
  retry: RetryPolicy;
  log: CloudLog;
  redactor: Redactor;
  /** The most bytes one reply may have; a longer one is not an answer this app understands. */
  maxBodyBytes: number;
  onWait?: ((wait: CloudWait) => void) | undefined;
  /**
   * Waits until the network may be used (background work pauses while the host is on a device's
   * network). Awaited before each attempt's timer starts, so a pause never counts as a timeout.
   */
  ready?: ((signal?: AbortSignal) => Promise<void>) | undefined;
}

type Auth =
  { kind: 'bearer'; token: string } | { kind: 'basic'; username: string; password: string };

type RequestBody =
  | { kind: 'json'; value: unknown }
  | { kind: 'form'; value: Record<string, string> }
  | { kind: 'multipart'; value: FormData };

export interface CloudRequest {
  /** Operator words for what is being done ("create a claim code"); ends up in errors. */
  operation: Message;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Already URL-encoded path, starting with '/'. */
  path: string;
  query?: Record<string, string | number | undefined>;
  auth?: Auth | undefined;
  body?: RequestBody | undefined;
  /** Set for calls that must not repeat after the server may have acted (only 429 is retried). */
  notIdempotent?: boolean | undefined;
  /** Error statuses the caller reads itself (e.g. 403 mfa_required carries a token it needs). */
  passStatuses?: readonly number[] | undefined;
  /**
   * What a refusal means for this operation (a 401 on the one-time-code step is a rejected code,
   * not a rejected token); the generic classification otherwise.
   */
  refine?: ((problem: CloudProblem, refusal: Refusal) => CloudProblem) | undefined;
  signal?: AbortSignal | undefined;
}

export interface CloudResponse {
  status: number;
  body: unknown;
  /** The cloud's clock (its Date header), epoch ms; null when it sent none. */
  serverDate: number | null;
  /** This computer's clock when the reply arrived. */
  receivedAt: number;
}

/** A refused request as the per-operation refinement sees it. */
export interface Refusal {
  status: number;
  /** The OAuth error code or legacy error text, lowercase ('' when none). */
  code: string;
  /** The cloud's words, lowercase ('' when none). */
  text: string;
}

const DETAIL_LIMIT = 200;

function buildUrl(baseUrl: string, path: string, query: CloudRequest['query']): string {
  const url = new URL(baseUrl.replace(/\/+$/, '') + path);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

function buildInit(request: CloudRequest, signal: AbortSignal): RequestInit {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (request.auth?.kind === 'bearer') headers.Authorization = `Bearer ${request.auth.token}`;
  if (request.auth?.kind === 'basic') {
    const pair = `${request.auth.username}:${request.auth.password}`;
    headers.Authorization = `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
  }
  let body: NonNullable<RequestInit['body']> | null = null;
  if (request.body?.kind === 'json') {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(request.body.value);
  } else if (request.body?.kind === 'form') {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(request.body.value).toString();
  } else if (request.body?.kind === 'multipart') {
    body = request.body.value; // fetch writes the multipart boundary header itself
  }
  return { method: request.method, headers, body, signal };
}

function safeDetail(options: TransportOptions, body: unknown): string | null {
  const raw = errorBodyText(body);
  return raw === null ? null : options.redactor.redact(raw).slice(0, DETAIL_LIMIT);
}

/** For a status the caller passed through and then found it cannot use. */
export function errorFromResponse(
  options: TransportOptions,
  response: CloudResponse,
  operation: Message,
): CloudError {
  const problem = classifyErrorResponse({
    status: response.status,
    body: response.body,
    retryAfterMs: null,
  });
  return new CloudError(problem, operation, response.status, safeDetail(options, response.body));
}

/** Reads a body up to max bytes; null when it is longer (the rest is not read). */
async function readCapped(response: Response, max: number): Promise<string | null> {
  const reader = response.body?.getReader();
  if (reader === undefined) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

type Attempt =
  | { ok: true; response: CloudResponse }
  | { ok: false; problem: CloudProblem; status: number | null; detail: string | null };

async function attempt(options: TransportOptions, request: CloudRequest): Promise<Attempt> {
  if (options.ready !== undefined) {
    try {
      await options.ready(request.signal);
    } catch {
      throw new Cancelled();
    }
  }
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const onCallerAbort = () => controller.abort();
  request.signal?.addEventListener('abort', onCallerAbort, { once: true });
  try {
    const url = buildUrl(options.baseUrl, request.path, request.query);
    const response = await options.fetch(url, buildInit(request, controller.signal));
    const text = await readCapped(response, options.maxBodyBytes);
    // Too long to be an answer: not "offline", and not worth a retry.
    if (text === null)
      return {
        ok: false,
        problem: { kind: 'malformed-response' },
        status: response.status,
        detail: null,
      };
    const parsed = parseJson(text);
    if (response.ok || request.passStatuses?.includes(response.status)) {
      if (!parsed.ok)
        return {
          ok: false,
          problem: { kind: 'malformed-response' },
          status: response.status,
          detail: null,
        };
      const date = Date.parse(response.headers.get('date') ?? '');
      return {
        ok: true,
        response: {
          status: response.status,
          body: parsed.value,
          serverDate: Number.isNaN(date) ? null : date,
          receivedAt: options.now(),
        },
      };
    }
    const body = parsed.ok ? parsed.value : null;
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), options.now());
    const generic = classifyErrorResponse({ status: response.status, body, retryAfterMs });
    const problem =
      request.refine === undefined || generic.kind === 'rate-limited' || response.status >= 500
        ? generic
        : request.refine(generic, refusalOf(response.status, body));
    return { ok: false, problem, status: response.status, detail: safeDetail(options, body) };
  } catch {
    // The thrown error is dropped on purpose: fetch errors can quote the request.
    if (request.signal?.aborted) throw new Cancelled();
    if (timedOut) return { ok: false, problem: { kind: 'timeout' }, status: null, detail: null };
    return { ok: false, problem: { kind: 'offline' }, status: null, detail: null };
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', onCallerAbort);
  }
}

/** How long to wait before the next try, or null to give up now. */
export function retryDelay(
  problem: CloudProblem,
  attemptNumber: number,
  policy: RetryPolicy,
  notIdempotent: boolean,
): number | null {
  if (!isRetryable(problem) || attemptNumber >= policy.maxAttempts) return null;
  const exponent = attemptNumber - 1;
  if (problem.kind === 'rate-limited') {
    if (problem.retryAfterMs !== null) {
      return problem.retryAfterMs > policy.maxRetryAfterMs ? null : problem.retryAfterMs;
    }
    return Math.min(policy.rateLimitDelayMs * 2 ** exponent, policy.maxDelayMs);
  }
  if (notIdempotent) return null;
  return Math.min(policy.baseDelayMs * 2 ** exponent, policy.maxDelayMs);
}

export async function send(
  options: TransportOptions,
  request: CloudRequest,
): Promise<CloudResponse> {
  const redact = options.redactor.redact;
  for (let attemptNumber = 1; ; attemptNumber++) {
    const result = await attempt(options, request);
    if (result.ok) {
      options.log.debug(redact(`${request.method} ${request.path} -> ${result.response.status}`));
      return result.response;
    }
    const { problem, status, detail } = result;
    const delay = retryDelay(problem, attemptNumber, options.retry, request.notIdempotent === true);
    options.log.warn(
      redact(
        `${request.method} ${request.path} failed (${problem.kind}${status === null ? '' : ` ${status}`}), attempt ${attemptNumber}` +
          (delay === null ? '' : `, retrying in ${delay} ms`),
      ),
    );
    if (delay === null) throw new CloudError(problem, request.operation, status, detail);
    options.onWait?.({
      operation: request.operation,
      reason: problem.kind === 'rate-limited' ? 'rate-limited' : 'retrying',
      delayMs: delay,
    });
    try {
      await options.sleep(delay, request.signal);
    } catch {
      throw new Cancelled();
    }
  }
}
