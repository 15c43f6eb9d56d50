import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../electron/core/cloud/redact';
import { createFileLog, readLogTail } from '../../../electron/core/log/file-log';
import { redactDeep, registerSecretFields } from '../../../electron/core/log/secret-fields';

describe('the core log file', () => {
  it('is on disk as soon as a line is logged, masked, and readable by its user only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'photon-log-'));
    const redactor = createRedactor();
    redactor.add('tok-3f9a7c1e2b');
    const log = createFileLog(dir, redactor);
    log.warn('request with tok-3f9a7c1e2b failed; password=hunter22 sent');
    const text = readFileSync(log.file, 'utf8');
    expect(text).toContain('[warn]');
    expect(text).toContain('request with [redacted] failed; password=[redacted] sent');
    expect(text).not.toMatch(/tok-3f9a7c1e2b|hunter22/);
    if (process.platform !== 'win32') expect(statSync(log.file).mode & 0o077).toBe(0);
  });

  it('rotates past 1 MB into one archive, and the tail reads across both', () => {
    const dir = mkdtempSync(join(tmpdir(), 'photon-log-rotate-'));
    const log = createFileLog(dir, createRedactor());
    for (let line = 0; line < 6_000; line++) log.info(`${'x'.repeat(200)} line ${line}`);
    expect(readdirSync(dir).sort()).toEqual(['photon-setup.log', 'photon-setup.old.log']);
    expect(statSync(join(dir, 'photon-setup.log')).size).toBeLessThan(1_000_000);
    const tail = readLogTail(dir, 3, createRedactor());
    expect(tail.map((line) => line.slice(-9))).toEqual(['line 5997', 'line 5998', 'line 5999']);
  });
});

describe('secret fields', () => {
  it('registers every secret-named field of an argument, at any depth', () => {
    const redactor = createRedactor();
    registerSecretFields(
      {
        method: 'product',
        clientSecret: 'cs-91f2e',
        network: { password: 'wpa-77a1', ssid: 'Lab' },
      },
      redactor,
    );
    expect(redactor.redact('cs-91f2e wpa-77a1 Lab')).toBe('[redacted] [redacted] Lab');
  });

  it('masks secret-named fields in a copy and keeps dates like tokenExpiresAt', () => {
    const copy = redactDeep(
      { accessToken: 'abc', tokenExpiresAt: '2026-01-01', nested: [{ privateKey: 'k' }] },
      createRedactor(),
    );
    expect(copy).toEqual({
      accessToken: '[redacted]',
      tokenExpiresAt: '2026-01-01',
      nested: [{ privateKey: '[redacted]' }],
    });
  });
});
