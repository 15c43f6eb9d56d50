// A self-healing reader of the cloud's server-sent events. The cloud writes a newline every
// 9-13 s; silence longer than the idle timeout means the connection is dead even if TCP hasn't
// noticed, so we drop it and reconnect with a growing, bounded delay. Auth failures end it.
import { m } from '../../../shared/i18n';
import { normalizeDeviceId } from '../../../shared/validate';
import { toCloudEvent, type CloudEvent } from './cloud-event';
import {
  DEFAULT_RECONNECT_POLICY,
  DEFAULT_STREAM_CONNECT_TIMEOUT_MS,
  DEFAULT_STREAM_IDLE_TIMEOUT_MS,
  type ReconnectPolicy,
} from './constants';
import { classifyErrorResponse, parseRetryAfter } from './error-body';
import { Cancelled } from '../runtime';
import { CloudError, type CloudProblem } from './errors';
import { createSseParser } from './sse-parser';
import type { TransportOptions } from './transport';
import type { ProductRef } from './types';

export type StreamScope =
  | { kind: 'user' }
  | { kind: 'device'; deviceId: string }
  | { kind: 'product'; product: ProductRef }
  | { kind: 'product-device'; product: ProductRef; deviceId: string };

export type StreamState =
  | { kind: 'connecting'; attempt: number }
  | { kind: 'open' }
  | { kind: 'reconnecting'; delayMs: number; reason: 'idle' | 'ended' | 'failed' }
  | { kind: 'failed'; error: CloudError }
  | { kind: 'closed' };

export interface EventStreamOptions {
  /** Called before every (re)connect, so a renewed token is picked up. */
  token: string | (() => Promise<string>);
  scope: StreamScope;
  /** Event-name prefix filter, e.g. "spark/status". */
  prefix?: string;
  idleTimeoutMs?: number;
  connectTimeoutMs?: number;
  reconnect?: Partial<ReconnectPolicy>;
}

export interface CloudEventStream {
  /** Resolves when the first connection is open; rejects if the stream fails before that. */
  readonly opened: Promise<void>;
  subscribe(listener: (event: CloudEvent) => void): () => void;
  onState(listener: (state: StreamState) => void): () => void;
  readonly state: StreamState;
  close(): void;
}

const OPERATION = m('cloud.op.watch-events');
const FATAL: ReadonlySet<CloudProblem['kind']> = new Set([
  'bad-token',
  'expired-token',
  'permission-denied',
  'not-found',
  'bad-request',
]);

const segment = (value: string | number) => encodeURIComponent(String(value));

function streamPath(scope: StreamScope, prefix?: string): string {
  let path: string;
  switch (scope.kind) {
    case 'user':
      path = '/v1/devices/events';
      break;
    case 'device':
      path = `/v1/devices/${segment(normalizeDeviceId(scope.deviceId))}/events`;
      break;
    case 'product':
      path = `/v1/products/${segment(scope.product)}/events`;
      break;
    case 'product-device':
      path = `/v1/products/${segment(scope.product)}/devices/${segment(normalizeDeviceId(scope.deviceId))}/events`;
      break;
  }
  if (prefix) path += '/' + prefix.split('/').map(segment).join('/');
  return path;
}

type ConnectionEnd =
  | { kind: 'idle' }
  | { kind: 'ended'; lastedMs: number }
  | { kind: 'failed'; problem: CloudProblem; status: number | null };

export function openEventStream(
  transport: TransportOptions,
  options: EventStreamOptions,
): CloudEventStream {
  const idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_STREAM_IDLE_TIMEOUT_MS;
  const connectTimeoutMs = options.connectTimeoutMs ?? DEFAULT_STREAM_CONNECT_TIMEOUT_MS;
  const policy: ReconnectPolicy = { ...DEFAULT_RECONNECT_POLICY, ...options.reconnect };
  const url = transport.baseUrl.replace(/\/+$/, '') + streamPath(options.scope, options.prefix);
  const pathForLog = streamPath(options.scope, options.prefix);

  const listeners = new Set<(event: CloudEvent) => void>();
  const stateListeners = new Set<(state: StreamState) => void>();
  const life = new AbortController();
  let state: StreamState = { kind: 'connecting', attempt: 1 };
  let resolveOpened!: () => void;
  let rejectOpened!: (error: Error) => void;
  const opened = new Promise<void>((resolve, reject) => {
    resolveOpened = resolve;
    rejectOpened = reject;
  });
  // Nobody may be awaiting `opened`; a failure must not become an unhandled rejection.
  opened.catch(() => {});

  function setState(next: StreamState): void {
    state = next;
    for (const listener of stateListeners) {
      try {
        listener(next);
      } catch {
        // A broken listener must not stop the stream.
      }
    }
  }

  function emit(event: CloudEvent): void {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch {
        // As above.
      }
    }
  }

  async function connectOnce(): Promise<ConnectionEnd> {
    // Paused work waits for the network before its connect timer starts (see transport.ready).
    if (transport.ready !== undefined) {
      try {
        await transport.ready(life.signal);
      } catch {
        return { kind: 'ended', lastedMs: 0 };
      }
    }
    const controller = new AbortController();
    const onLife = () => controller.abort();
    life.signal.addEventListener('abort', onLife, { once: true });
    let idle = false;
    let openedAt: number | null = null;
    const lasted = () => (openedAt === null ? 0 : Date.now() - openedAt);
    let timer = setTimeout(() => controller.abort(), connectTimeoutMs);
    let token: string;
    try {
      token = typeof options.token === 'string' ? options.token : await options.token();
    } catch (error) {
      // The token provider (usually ensureFresh) already explains itself: keep its problem.
      clearTimeout(timer);
      life.signal.removeEventListener('abort', onLife);
      const problem: CloudProblem =
        error instanceof CloudError ? error.problem : { kind: 'expired-token' };
      return { kind: 'failed', problem, status: null };
    }
    transport.redactor.add(token);
    try {
      const response = await transport.fetch(url, {
        headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
        signal: controller.signal,
      });
      if (!response.ok || !response.body) {
        const text = await response.text().catch(() => '');
        let body: unknown = null;
        try {
          body = JSON.parse(text);
        } catch {
          body = null;
        }
        const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), transport.now());
        return {
          kind: 'failed',
          problem: classifyErrorResponse({ status: response.status, body, retryAfterMs }),
          status: response.status,
        };
      }
      openedAt = Date.now();
      setState({ kind: 'open' });
      resolveOpened();
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          idle = true;
          controller.abort();
        }, idleTimeoutMs);
      };
      arm();
      const parser = createSseParser();
      const decoder = new TextDecoder();
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return { kind: 'ended', lastedMs: lasted() };
        arm();
        for (const message of parser.feed(decoder.decode(value, { stream: true }))) {
          const event = toCloudEvent(message);
          if (event) emit(event);
        }
      }
    } catch {
      if (idle) return { kind: 'idle' };
      // A connection cut mid-stream is a drop, not a failed connect: reconnect without penalty.
      if (life.signal.aborted || openedAt !== null) return { kind: 'ended', lastedMs: lasted() };
      return {
        kind: 'failed',
        problem: controller.signal.aborted ? { kind: 'timeout' } : { kind: 'offline' },
        status: null,
      };
    } finally {
      clearTimeout(timer);
      life.signal.removeEventListener('abort', onLife);
      controller.abort();
    }
  }

  function fail(error: CloudError): void {
    setState({ kind: 'failed', error });
    rejectOpened(error);
  }

  async function run(): Promise<void> {
    let failures = 0;
    for (let attempt = 1; !life.signal.aborted; attempt++) {
      setState({ kind: 'connecting', attempt });
      const end = await connectOnce();
      if (life.signal.aborted) break;
      let delayMs: number;
      // A stream cut as soon as it opens (a proxy, an overloaded cloud) counts as a failure, so
      // the delay still grows and the reconnects stay bounded.
      const flapped = end.kind === 'ended' && end.lastedMs < idleTimeoutMs;
      if (flapped) {
        failures += 1;
        if (failures >= policy.maxConsecutiveFailures)
          return fail(new CloudError({ kind: 'offline' }, OPERATION));
        delayMs = Math.min(policy.initialDelayMs * 2 ** (failures - 1), policy.maxDelayMs);
      } else if (end.kind === 'failed') {
        transport.log.warn(
          transport.redactor.redact(`event stream ${pathForLog} failed (${end.problem.kind})`),
        );
        if (FATAL.has(end.problem.kind))
          return fail(new CloudError(end.problem, OPERATION, end.status));
        failures += 1;
        if (failures >= policy.maxConsecutiveFailures)
          return fail(new CloudError(end.problem, OPERATION, end.status));
        const backoff = Math.min(policy.initialDelayMs * 2 ** (failures - 1), policy.maxDelayMs);
        const asked = end.problem.kind === 'rate-limited' ? end.problem.retryAfterMs : null;
        delayMs = asked === null ? backoff : Math.min(Math.max(asked, backoff), policy.maxDelayMs);
      } else {
        transport.log.debug(
          `event stream ${pathForLog} ${end.kind === 'idle' ? 'went silent' : 'ended'}; reconnecting`,
        );
        failures = 0;
        delayMs = policy.initialDelayMs;
      }
      setState({ kind: 'reconnecting', delayMs, reason: end.kind });
      try {
        await transport.sleep(delayMs, life.signal);
      } catch {
        break;
      }
    }
  }

  void run().finally(() => {
    if (state.kind !== 'failed') {
      setState({ kind: 'closed' });
      rejectOpened(new Cancelled());
    }
    listeners.clear();
    stateListeners.clear();
  });

  return {
    opened,
    get state() {
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onState(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    close() {
      life.abort();
    },
  };
}
