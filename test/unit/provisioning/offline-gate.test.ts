import { describe, expect, it, vi } from 'vitest';
import { CloudError, createCloudClient } from '../../../electron/core/cloud';
import { OfflineGate } from '../../../electron/core/provisioning';

describe('OfflineGate', () => {
  it('refuses and records any cloud request while the host is offline', async () => {
    const gate = new OfflineGate();
    const fetch = vi.fn(async () => new Response('{"username":"a@b.co"}', { status: 200 }));
    const cloud = createCloudClient({
      baseUrl: 'http://127.0.0.1:9',
      fetch: gate.wrapFetch(fetch),
      retry: { maxAttempts: 1 },
    });
    await expect(cloud.currentUser('token-1234')).resolves.toEqual({ username: 'a@b.co' });
    gate.leave(false);
    await expect(cloud.currentUser('token-1234')).rejects.toMatchObject({ kind: 'offline' });
    expect(() => gate.guard('create a claim code')).toThrow(CloudError);
    expect(gate.violations).toEqual(['GET /v1/user', 'create a claim code']);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('lets traffic through when a second link keeps the cloud reachable, and after coming back', () => {
    const gate = new OfflineGate();
    gate.leave(true);
    expect(gate.open).toBe(true);
    gate.setDualHomed(false);
    expect(gate.open).toBe(false);
    gate.back();
    expect(gate.open).toBe(true);
    expect(() => gate.guard('anything')).not.toThrow();
    expect(gate.violations).toEqual([]);
  });
});
