import { describe, expect, it, vi } from 'vitest';
import { CloudError, createCloudClient } from '../../../electron/core/cloud';
import { OfflineGate } from '../../../electron/core/provisioning';
import { m } from '../../../shared/i18n/catalogue';

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
    expect(() => gate.guard(m('cloud.op.create-claim-code'))).toThrow(CloudError);
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
    expect(() => gate.guard(m('cloud.op.read-user'))).not.toThrow();
    expect(gate.violations).toEqual([]);
  });
});

describe('OfflineGate for background work', () => {
  it('a background request waits while the host is away (no violation) and goes out once back', async () => {
    const gate = new OfflineGate();
    const fetch = vi.fn(async () => new Response('{"username":"a@b.co"}', { status: 200 }));
    const background = createCloudClient({
      baseUrl: 'http://127.0.0.1:9',
      fetch: gate.pausingFetch(gate.wrapFetch(fetch)),
      ready: (signal) => gate.whenOpen(signal),
      retry: { maxAttempts: 1 },
      // Far shorter than the time away: a pause must not count as a timeout.
      requestTimeoutMs: 50,
    });
    gate.leave(false);
    let answered = false;
    const user = background.currentUser('token-1234').then((value) => {
      answered = true;
      return value;
    });
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(answered).toBe(false);
    expect(fetch).not.toHaveBeenCalled();
    gate.back();
    await expect(user).resolves.toEqual({ username: 'a@b.co' });
    expect(gate.violations).toEqual([]);
  });

  it('cuts a background request in flight when the host leaves, as the network would', async () => {
    const gate = new OfflineGate();
    let seenSignal: AbortSignal | null = null;
    const hanging = gate.pausingFetch(
      (_input, init) =>
        new Promise<Response>((_resolve, reject) => {
          seenSignal = init.signal ?? null;
          init.signal?.addEventListener('abort', () => reject(new Error('aborted')), {
            once: true,
          });
        }),
    );
    const request = hanging('http://127.0.0.1:9/v1/user', {});
    await Promise.resolve();
    gate.leave(false);
    await expect(request).rejects.toThrow('aborted');
    expect(seenSignal!.aborted).toBe(true);
  });

  it('whenOpen resolves at once when open, on back() otherwise, and rejects when cancelled', async () => {
    const gate = new OfflineGate();
    await expect(gate.whenOpen()).resolves.toBeUndefined();
    gate.leave(true);
    await expect(gate.whenOpen()).resolves.toBeUndefined(); // dual-homed: open
    gate.setDualHomed(false);
    const waiting = gate.whenOpen();
    const controller = new AbortController();
    const cancelled = gate.whenOpen(controller.signal);
    controller.abort();
    await expect(cancelled).rejects.toThrow('Cancelled');
    gate.back();
    await expect(waiting).resolves.toBeUndefined();
  });
});
