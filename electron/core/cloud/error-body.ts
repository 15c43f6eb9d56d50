// The cloud answers errors in five body shapes (docs/cloud-api.md §1.3). This reads any of them
// into one message and classifies the failure, so nothing above this file looks at raw bodies.
import type { CloudProblem } from './errors';

function itemText(item: unknown): string | null {
  if (typeof item === 'string') return item;
  if (Array.isArray(item)) return typeof item[0] === 'string' ? item[0] : null;
  if (item && typeof item === 'object') {
    const error = (item as Record<string, unknown>).error;
    if (typeof error === 'string') return error;
    if (error && typeof error === 'object') {
      const status = (error as Record<string, unknown>).status;
      if (typeof status === 'string') return status;
    }
  }
  return null;
}

/** In the order Particle's CLI tries them: error_description, error, errors[], info. */
export function errorBodyText(body: unknown): string | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const record = body as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof record.error_description === 'string') parts.push(record.error_description);
  else if (typeof record.error === 'string') parts.push(record.error);
  if (Array.isArray(record.errors)) {
    const texts = record.errors.map(itemText).filter((t): t is string => t !== null);
    if (texts.length > 0) parts.push(texts.join('; '));
  }
  if (typeof record.info === 'string') parts.push(record.info);
  return parts.length > 0 ? parts.join(' — ') : null;
}

const oauthCode = (body: unknown): string | null => {
  if (!body || typeof body !== 'object') return null;
  const error = (body as Record<string, unknown>).error;
  return typeof error === 'string' ? error : null;
};

/** The parts of a refusal an operation reads to say what it meant. */
export function refusalOf(
  status: number,
  body: unknown,
): { status: number; code: string; text: string } {
  return {
    status,
    code: (oauthCode(body) ?? '').toLowerCase(),
    text: (errorBodyText(body) ?? '').toLowerCase(),
  };
}

export interface ErrorResponse {
  status: number;
  body: unknown;
  retryAfterMs: number | null;
}

export function classifyErrorResponse({ status, body, retryAfterMs }: ErrorResponse): CloudProblem {
  const code = oauthCode(body);
  const text = (errorBodyText(body) ?? '').toLowerCase();
  if (status === 429) return { kind: 'rate-limited', retryAfterMs };
  if (status >= 500) return { kind: 'server-error', status };
  if (code === 'mfa_required') return { kind: 'mfa-required' };
  if (code === 'invalid_client') return { kind: 'bad-client' };
  if (code === 'invalid_grant') {
    // A failed refresh means the sign-in is over; a failed password grant means wrong credentials.
    if (text.includes('refresh')) return { kind: 'expired-token' };
    return { kind: 'bad-credentials' };
  }
  if (status === 401 || code === 'invalid_token') {
    return text.includes('expired') ? { kind: 'expired-token' } : { kind: 'bad-token' };
  }
  if (code === 'invalid_request' && text.includes('access token')) return { kind: 'bad-token' };
  if (text.includes('belongs to someone else')) return { kind: 'owned-by-someone-else' };
  if (status === 408 || text.includes("isn't online") || text.includes('timed out'))
    return { kind: 'device-offline' };
  if (status === 403) return { kind: 'permission-denied' };
  if (status === 404) return { kind: 'not-found' };
  return { kind: 'bad-request' };
}

/** Retry-After is seconds or an HTTP date; anything else counts as absent. */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - nowMs);
}
