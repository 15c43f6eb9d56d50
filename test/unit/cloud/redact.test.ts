import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../electron/core/cloud';

describe('createRedactor', () => {
  it('masks registered secrets (also URL-encoded) and credential-shaped text', () => {
    const redactor = createRedactor();
    redactor.add('p@ss word+1');
    redactor.add('abc'); // too short to mask safely
    expect(redactor.redact('x p@ss word+1 y p%40ss%20word%2B1 abc')).toBe(
      'x [redacted] y [redacted] abc',
    );
    expect(redactor.redact('GET /v1/x?access_token=deadbeef&b=1')).toBe(
      'GET /v1/x?access_token=[redacted]&b=1',
    );
    expect(redactor.redact('{"refresh_token":"zzz","other":"ok"}')).toBe(
      '{"refresh_token":"[redacted]","other":"ok"}',
    );
    expect(redactor.redact('Authorization: Bearer abc.def-123 and Basic dXNlcjpwYXNz')).toBe(
      'Authorization: Bearer [redacted] and Basic [redacted]',
    );
    expect(redactor.redact('client_secret=s3cr3t&password=pw')).toBe(
      'client_secret=[redacted]&password=[redacted]',
    );
  });
});
