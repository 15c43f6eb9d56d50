// The five error-body families (docs/cloud-api.md §1.3) read and classified.
import { describe, expect, it } from 'vitest';
import {
  classifyErrorResponse,
  errorBodyText,
  parseRetryAfter,
} from '../../../electron/core/cloud/error-body';

const kind = (status: number, body: unknown) =>
  classifyErrorResponse({ status, body, retryAfterMs: null }).kind;

describe('errorBodyText', () => {
  it('reads every family', () => {
    expect(
      errorBodyText({ error: 'invalid_grant', error_description: 'User credentials are invalid' }),
    ).toBe('User credentials are invalid');
    expect(
      errorBodyText({ error: 'Permission Denied', info: "I didn't recognize that device" }),
    ).toBe("Permission Denied — I didn't recognize that device");
    expect(errorBodyText({ ok: false, error: 'Variable not found' })).toBe('Variable not found');
    expect(errorBodyText({ ok: false, errors: ['device does not exist'] })).toBe(
      'device does not exist',
    );
    expect(errorBodyText({ ok: false, errors: [["Core isn't online", 404]] })).toBe(
      "Core isn't online",
    );
    expect(
      errorBodyText({ ok: false, code: 500, errors: [{ error: 'Timed out, didn’t hear back' }] }),
    ).toBe('Timed out, didn’t hear back');
    expect(errorBodyText({ errors: [{ error: { status: 'nested' } }] })).toBe('nested');
    expect(errorBodyText({ error: 'Timed out.' })).toBe('Timed out.');
    expect(errorBodyText(null)).toBeNull();
    expect(errorBodyText(['x'])).toBeNull();
  });
});

describe('classifyErrorResponse', () => {
  it('classifies tokens and credentials', () => {
    expect(
      kind(400, { error: 'invalid_request', error_description: 'The access token was not found' }),
    ).toBe('bad-token');
    expect(
      kind(401, {
        error: 'invalid_token',
        error_description: 'The access token provided is invalid.',
      }),
    ).toBe('bad-token');
    expect(
      kind(401, {
        error: 'invalid_token',
        error_description: 'The access token provided has expired.',
      }),
    ).toBe('expired-token');
    expect(
      kind(400, { error: 'invalid_grant', error_description: 'User credentials are invalid' }),
    ).toBe('bad-credentials');
    expect(
      kind(400, { error: 'invalid_grant', error_description: 'Refresh token has expired' }),
    ).toBe('expired-token');
    expect(
      kind(400, { error: 'invalid_client', error_description: 'Client credentials are invalid' }),
    ).toBe('bad-client');
    expect(kind(403, { error: 'mfa_required', mfa_token: 'x' })).toBe('mfa-required');
  });

  it('classifies device and product failures', () => {
    expect(kind(403, { error: 'Permission Denied', info: 'I didn’t recognize…' })).toBe(
      'permission-denied',
    );
    expect(kind(403, { errors: ['That belongs to someone else.'] })).toBe('owned-by-someone-else');
    expect(kind(404, { ok: false, errors: [["Core isn't online", 404]] })).toBe('device-offline');
    expect(kind(408, { error: 'Timed out.' })).toBe('device-offline');
    expect(kind(404, { ok: false, error: 'Product not found.' })).toBe('not-found');
    expect(kind(400, { ok: false, errors: ['Customer already exists'] })).toBe('bad-request');
  });

  it('classifies infrastructure failures, whatever the body', () => {
    expect(classifyErrorResponse({ status: 429, body: null, retryAfterMs: 5000 })).toEqual({
      kind: 'rate-limited',
      retryAfterMs: 5000,
    });
    expect(classifyErrorResponse({ status: 502, body: null, retryAfterMs: null })).toEqual({
      kind: 'server-error',
      status: 502,
    });
    expect(kind(500, { ok: false, code: 500, errors: [{ error: 'Timed out' }] })).toBe(
      'server-error',
    );
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and dates, ignores junk', () => {
    expect(parseRetryAfter('30', 0)).toBe(30_000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(parseRetryAfter(new Date(1_000).toUTCString(), 4_000)).toBe(0);
    expect(parseRetryAfter('soon', 0)).toBeNull();
    expect(parseRetryAfter(null, 0)).toBeNull();
  });
});
