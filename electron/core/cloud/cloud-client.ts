// The Particle cloud client: a thin typed layer over fetch. Each call takes the token to use, since
// one product setup juggles three (product, customer, developer). Everything is injectable so
// tests run against the fake cloud on 127.0.0.1 with short timeouts and a fake clock.
import { createCallContext } from './call-context';
import {
  CLOUD_REPLY_MAX_BYTES,
  DEFAULT_CLOUD_BASE_URL,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_RETRY_POLICY,
  type RetryPolicy,
} from './constants';
import { createDeviceCalls } from './device-calls';
import { openEventStream, type CloudEventStream, type EventStreamOptions } from './event-stream';
import { createOAuthCalls } from './oauth-calls';
import { createProductCalls } from './product-calls';
import { createRedactor, type Redactor } from './redact';
import { createTokenKeeper, type Renewal, type TokenKeeper } from './token-keeper';
import {
  realSleep,
  silentLog,
  type CloudLog,
  type CloudWait,
  type FetchLike,
  type Sleep,
  type TransportOptions,
} from './transport';
import type { TokenGrant } from './types';

export interface CloudClientOptions {
  baseUrl?: string | undefined;
  fetch?: FetchLike | undefined;
  /** Epoch ms; used for token expiry and Retry-After dates. */
  now?: (() => number) | undefined;
  sleep?: Sleep | undefined;
  requestTimeoutMs?: number | undefined;
  retry?: Partial<RetryPolicy> | undefined;
  log?: CloudLog | undefined;
  /** Shared with other modules that must also keep these secrets out of their output. */
  redactor?: Redactor | undefined;
  maxReplyBytes?: number | undefined;
  /** Told before every retry wait (a Retry-After the cloud asked for, a backoff). */
  onWait?: ((wait: CloudWait) => void) | undefined;
  /** Background work: wait for the network before each request (see TransportOptions.ready). */
  ready?: ((signal?: AbortSignal) => Promise<void>) | undefined;
}

export function createCloudClient(options: CloudClientOptions = {}) {
  const redactor = options.redactor ?? createRedactor();
  const transport: TransportOptions = {
    baseUrl: options.baseUrl ?? DEFAULT_CLOUD_BASE_URL,
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    now: options.now ?? Date.now,
    sleep: options.sleep ?? realSleep,
    timeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    log: options.log ?? silentLog,
    redactor,
    maxBodyBytes: options.maxReplyBytes ?? CLOUD_REPLY_MAX_BYTES,
    onWait: options.onWait,
    ready: options.ready,
  };
  const ctx = createCallContext(transport);
  const oauth = createOAuthCalls(ctx);
  return {
    baseUrl: transport.baseUrl,
    redactor,
    ...oauth,
    ...createDeviceCalls(ctx),
    ...createProductCalls(ctx),
    openEventStream: (streamOptions: EventStreamOptions): CloudEventStream =>
      openEventStream(transport, streamOptions),
    /** Wrap a grant so ensureFresh(minValidityMs) renews it before a run. */
    keepToken: (grant: TokenGrant, renewal: Renewal): TokenKeeper => {
      redactor.add(grant.accessToken);
      redactor.add(grant.refreshToken);
      if (renewal.kind !== 'none') redactor.add(renewal.client.clientSecret);
      return createTokenKeeper({ oauth, now: transport.now, grant, renewal });
    },
    /** A pasted token whose lifetime is unknown. */
    pastedToken: (accessToken: string): TokenGrant => {
      redactor.add(accessToken);
      return { accessToken: accessToken.trim(), refreshToken: null, expiresAt: null, scope: null };
    },
  };
}

export type CloudClient = ReturnType<typeof createCloudClient>;
