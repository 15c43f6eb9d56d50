// The account service against the fake cloud: each way to sign in, remember vs. memory only,
// and that no secret reaches the renderer's view or the disk in clear.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { systemClock, type Clock } from '../../../electron/core/runtime';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/api';
import {
  EncryptedFileSecretStore,
  keyFileEncryptor,
} from '../../../electron/core/store/secret-store';
import { worldBackends } from '../../../electron/simulated-core';
import { startSimulatedWorld, type SimulatedWorld } from '../../../electron/simulator/world';
import { CLIENT_ID, CLIENT_SECRET, DEMO_TOKEN, WIFI_PASSWORD, workshop } from './support/harness';

let world: SimulatedWorld | undefined;
const cores: Core[] = [];
afterEach(async () => {
  offsetMs = 0;
  for (const core of cores.splice(0)) await core.close();
  await world?.close();
  world = undefined;
});

/** The core's clock runs this far ahead of the real one (a test moves it to expire tokens). */
let offsetMs = 0;
const shiftedClock: Clock = {
  now: () => Date.now() + offsetMs,
  sleep: (ms, signal) => systemClock.sleep(ms, signal),
};

async function core(dataDir: string, keyed = false): Promise<Core> {
  world ??= await startSimulatedWorld();
  const made = await createCore({
    ...worldBackends(world),
    host: 'web',
    simulated: true,
    dataDir,
    clock: shiftedClock,
    log: { warn: () => undefined },
    ...(keyed
      ? {
          secretStore: new EncryptedFileSecretStore(
            join(dataDir, 'secrets.json'),
            keyFileEncryptor(join(dataDir, 'key')),
            'key-file',
          ),
        }
      : {}),
  });
  cores.push(made);
  return made;
}

/** Every file the core wrote under dir, the log folder included. */
const everyFile = (dir: string): string =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');

describe('account service', () => {
  it('connects a pasted token after checking it, and forgets it on sign-out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'photon-account-'));
    const c = await core(dir);
    const result = await c.handlers['account.connect']({
      method: 'token',
      accessToken: DEMO_TOKEN,
      remember: false,
    });
    expect(result).toEqual({
      status: 'connected',
      account: {
        mode: 'developer',
        owner: 'demo@example.com',
        signedInAs: 'demo@example.com',
        product: null,
        tokenExpiresAt: null,
        remembered: false,
      },
    });
    expect(JSON.stringify(result)).not.toContain(DEMO_TOKEN);
    expect(everyFile(dir)).not.toContain(DEMO_TOKEN);
    await c.handlers['account.signOut'](undefined);
    expect(await c.handlers['account.current'](undefined)).toBeNull();
    await expect(
      c.handlers['account.connect']({
        method: 'token',
        accessToken: 'not-a-real-token-000',
        remember: false,
      }),
    ).rejects.toMatchObject({ kind: 'bad-token' });
  });

  it('signs in with email, password and the MFA code', async () => {
    const c = await core(mkdtempSync(join(tmpdir(), 'photon-account-')));
    const first = await c.handlers['account.connect']({
      method: 'login',
      username: 'mfa@example.com',
      password: 'mfa-password',
      remember: false,
    });
    expect(first).toEqual({ status: 'mfa-required' });
    const second = await c.handlers['account.completeMfa']({ otp: '123456' });
    expect(second).toMatchObject({
      status: 'connected',
      account: { owner: 'mfa@example.com', mode: 'developer' },
    });
    await expect(c.handlers['account.completeMfa']({ otp: '123456' })).rejects.toThrow(
      /no sign-in waiting/i,
    );
  });

  it('a wrong one-time code is the code, not the password; three refused codes end the sign-in', async () => {
    const c = await core(mkdtempSync(join(tmpdir(), 'photon-account-')));
    const login = () =>
      c.handlers['account.connect']({
        method: 'login',
        username: 'mfa@example.com',
        password: 'mfa-password',
        remember: false,
      });
    expect(await login()).toEqual({ status: 'mfa-required' });
    for (let attempt = 1; attempt <= 2; attempt++) {
      const error = (await c.handlers['account.completeMfa']({ otp: '000000' }).catch(
        (e: unknown) => e,
      )) as Error;
      expect(error.message).toMatch(/did not accept that code/);
      expect(error.message).not.toMatch(/email or password/);
    }
    const third = (await c.handlers['account.completeMfa']({ otp: '000000' }).catch(
      (e: unknown) => e,
    )) as Error;
    expect(third.message).toMatch(/Sign in again with your email and password/);
    await expect(c.handlers['account.completeMfa']({ otp: '123456' })).rejects.toThrow(
      /no sign-in waiting/i,
    );
    // A fresh sign-in works, and a right code after a wrong one still completes it.
    expect(await login()).toEqual({ status: 'mfa-required' });
    await expect(c.handlers['account.completeMfa']({ otp: '000000' })).rejects.toThrow();
    expect(await c.handlers['account.completeMfa']({ otp: '123456' })).toMatchObject({
      status: 'connected',
    });
  });

  it('a developer sign-in about to expire is not refreshed: the run asks to sign in again', async () => {
    const c = await core(mkdtempSync(join(tmpdir(), 'photon-account-')));
    await c.handlers['account.connect']({
      method: 'login',
      username: 'demo@example.com',
      password: 'demo-password',
      remember: false,
    });
    // 90 days on, the token has 5 minutes left.
    offsetMs = 90 * 24 * 3600 * 1000 - 5 * 60_000;
    const refreshes = () => world!.cloud.requests.filter((r) => r.path === '/oauth/token').length;
    const before = refreshes();
    await expect(
      c.handlers['provision.start']({ device: { ssid: 'Photon-K7QD' }, profileId: null }),
    ).rejects.toThrow(/sign-in ends in 5 min, too soon for a setup\. Sign in again/);
    expect(refreshes()).toBe(before);
  });

  it('connects a product by slug, and remembers it encrypted across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'photon-account-'));
    const c = await core(dir, true);
    const result = await c.handlers['account.connect']({
      method: 'product',
      product: 'tempmon-v100',
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      customerEmail: 'Someone@Example.com',
      remember: true,
    });
    expect(result).toMatchObject({
      status: 'connected',
      account: {
        mode: 'product',
        owner: 'someone@example.com',
        signedInAs: CLIENT_ID,
        product: { id: 1319, slug: 'tempmon-v100', name: 'Temperature Monitor' },
        remembered: true,
      },
    });
    await c.handlers['profiles.save'](workshop());
    expect(everyFile(dir)).not.toContain(CLIENT_SECRET);
    expect(everyFile(dir)).not.toContain(WIFI_PASSWORD);
    await c.close();
    const again = await core(dir, true);
    expect(await again.handlers['account.current'](undefined)).toMatchObject({
      mode: 'product',
      remembered: true,
    });
    expect(again.services.account.runAccount().secrets()).toContain(CLIENT_SECRET);
    expect(await again.handlers['profiles.list'](undefined)).toMatchObject([
      { ssid: 'Workshop', hasSecret: true },
    ]);
  });

  it('hands the next devices to another customer without asking for the secret again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'photon-account-'));
    const c = await core(dir, true);
    const developer = await c.handlers['account.connect']({
      method: 'token',
      accessToken: DEMO_TOKEN,
      remember: false,
    });
    expect(developer.status).toBe('connected');
    await expect(
      c.handlers['account.setCustomer']({ customerEmail: 'next@example.com' }),
    ).rejects.toThrow(/Only a product connection has customers/);

    await c.handlers['account.connect']({
      method: 'product',
      product: 'tempmon-v100',
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      customerEmail: 'old@example.com',
      remember: true,
    });
    const next = await c.handlers['account.setCustomer']({ customerEmail: 'Next@Example.com' });
    expect(next).toMatchObject({ mode: 'product', owner: 'next@example.com', remembered: true });
    expect(c.services.account.runAccount()).toMatchObject({ customerEmail: 'next@example.com' });
    // Remembered: the next start claims to the new customer too.
    await c.close();
    const again = await core(dir, true);
    expect(await again.handlers['account.current'](undefined)).toMatchObject({
      owner: 'next@example.com',
    });
  });

  it('says where "Remember" keeps secrets on this host', async () => {
    const memory = await core(mkdtempSync(join(tmpdir(), 'photon-account-')));
    expect((await memory.handlers['app.info'](undefined)).secretStorage).toBe('memory');
    const keyed = await core(mkdtempSync(join(tmpdir(), 'photon-account-')), true);
    expect((await keyed.handlers['app.info'](undefined)).secretStorage).toBe('key-file');
  });

  it('keeps a not-remembered sign-in and saved passwords in memory only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'photon-account-'));
    const c = await core(dir);
    await c.handlers['account.connect']({
      method: 'token',
      accessToken: DEMO_TOKEN,
      remember: true,
    });
    await c.handlers['profiles.save'](workshop());
    await c.close();
    const again = await core(dir);
    // The web host's memory store: the token and password are gone, the facts say nothing usable.
    expect(await again.handlers['account.current'](undefined)).toBeNull();
    expect(await again.handlers['profiles.list'](undefined)).toMatchObject([
      { ssid: 'Workshop', hasSecret: false },
    ]);
    const [profile] = await again.handlers['profiles.list'](undefined);
    await again.handlers['account.connect']({
      method: 'token',
      accessToken: DEMO_TOKEN,
      remember: false,
    });
    await expect(
      again.handlers['provision.start']({
        device: { ssid: 'Photon-K7QD' },
        profileId: profile!.id,
      }),
    ).rejects.toThrow(/not available in this session/);
    expect(await again.handlers['profiles.delete']({ id: profile!.id })).toEqual([]);
  });

  it('refuses to start a run while signed out, and finds the Photons by name', async () => {
    const c = await core(mkdtempSync(join(tmpdir(), 'photon-account-')));
    await expect(
      c.handlers['provision.start']({ device: { ssid: 'Photon-K7QD' }, profileId: null }),
    ).rejects.toThrow(/Sign in/);
    const found = await c.handlers['device.find']({});
    expect(found).toMatchObject({ ssidsReadable: true, hint: null });
    expect(found.devices.map((d) => d.ssid).sort()).toEqual(['Photon-K7QD', 'Photon-M2RX']);
  });
});
