// Injected failures: a test names a route pattern and what should go wrong there, N times.
import { E, type Reply } from './fake-bodies';

export interface FaultSpec {
  /** Exact path ("/oauth/token"), or a RegExp tested against the raw path. */
  path: string | RegExp;
  method?: string | undefined;
  /** Reply with this status instead of handling the request (401, 429, 500, 502, 503, …). */
  status?: number | undefined;
  /** For 429: the Retry-After header value (seconds or HTTP date); absent = no header. */
  retryAfter?: number | string | undefined;
  /** For 5xx: an HTML page (what a load balancer sends) instead of JSON. */
  html?: boolean | undefined;
  /** Wait this long first (slow responses, to exercise client timeouts). */
  delayMs?: number | undefined;
  /** How many matching requests it hits; default 1. */
  times?: number | undefined;
}

interface ActiveFault extends FaultSpec {
  remaining: number;
}

export interface FaultHit {
  delayMs: number;
  reply: Reply | null;
}

function replyFor(spec: FaultSpec): Reply | null {
  if (spec.status === undefined) return null;
  if (spec.status === 401) return E.tokenInvalid();
  if (spec.status === 429)
    return E.rateLimited(spec.retryAfter === undefined ? undefined : String(spec.retryAfter));
  if (spec.status >= 500) return spec.html ? E.htmlError(spec.status) : E.serverError(spec.status);
  return { status: spec.status, body: { ok: false, error: `Injected ${spec.status}` } };
}

export class FaultTable {
  private faults: ActiveFault[] = [];

  add(spec: FaultSpec): void {
    this.faults.push({ ...spec, remaining: spec.times ?? 1 });
  }

  clear(): void {
    this.faults = [];
  }

  /** The first live fault for this request, consumed by one. */
  take(method: string, path: string): FaultHit | null {
    const fault = this.faults.find(
      (f) =>
        f.remaining > 0 &&
        (f.method === undefined || f.method.toUpperCase() === method) &&
        (typeof f.path === 'string' ? f.path === path : f.path.test(path)),
    );
    if (!fault) return null;
    fault.remaining -= 1;
    this.faults = this.faults.filter((f) => f.remaining > 0);
    return { delayMs: fault.delayMs ?? 0, reply: replyFor(fault) };
  }
}
