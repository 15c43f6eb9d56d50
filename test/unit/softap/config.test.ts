import { describe, expect, it } from 'vitest';
import {
  COMMAND_ATTEMPTS,
  COMMAND_TIMEOUT_MS,
  CONNECT_TIMEOUT_MS,
  DEFAULT_SOFTAP_HOST,
  resolveSoftApOptions,
} from '../../../electron/core/softap/config';

describe('SoftAP options', () => {
  it('defaults to the real device and the documented bounds', () => {
    const settings = resolveSoftApOptions();
    expect(settings).toMatchObject({
      // The real device's address is only ever a default; no test contacts it.
      host: DEFAULT_SOFTAP_HOST,
      tcpPort: 5609,
      httpPort: 80,
      transport: 'tcp',
    });
    expect(CONNECT_TIMEOUT_MS).toBeGreaterThanOrEqual(3_000);
    expect(COMMAND_TIMEOUT_MS['scan-ap']).toBeGreaterThanOrEqual(15_000);
    // Two pre-scans of up to 30 s each on firmware ≥ 0.7, and a margin on top of them.
    expect(COMMAND_TIMEOUT_MS['configure-ap']).toBeGreaterThan(2 * 30_000);
    expect(COMMAND_TIMEOUT_MS['connect-ap']).toBeLessThanOrEqual(10_000);
    for (const attempts of Object.values(COMMAND_ATTEMPTS))
      expect(attempts).toBeGreaterThanOrEqual(1);
    // A scan that timed out has probably wedged the device: asking again cannot help.
    expect(settings.retryAfterReplyTimeout['scan-ap']).toBe(false);
    expect(settings.retryAfterReplyTimeout['device-id']).toBe(true);
  });

  it('merges per-command overrides and refuses unbounded values', () => {
    const settings = resolveSoftApOptions({
      host: '127.0.0.1',
      timeoutsMs: { 'scan-ap': 50 },
      attempts: { set: 1 },
    });
    expect(settings.timeoutsMs['scan-ap']).toBe(50);
    expect(settings.timeoutsMs.version).toBe(COMMAND_TIMEOUT_MS.version);
    expect(settings.attempts.set).toBe(1);
    expect(() => resolveSoftApOptions({ timeoutsMs: { version: 0 } })).toThrow(RangeError);
    expect(() =>
      resolveSoftApOptions({ timeoutsMs: { version: Number.POSITIVE_INFINITY } }),
    ).toThrow(RangeError);
    expect(() => resolveSoftApOptions({ attempts: { set: 100 } })).toThrow(RangeError);
    expect(() => resolveSoftApOptions({ tcpPort: 70_000 })).toThrow(RangeError);
    expect(() => resolveSoftApOptions({ transport: 'udp' as 'tcp' })).toThrow(RangeError);
  });
});
