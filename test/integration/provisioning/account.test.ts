// The account service against the fake cloud: each way to sign in, remember vs. memory only,
// and that no secret reaches the renderer's view or the disk in clear.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
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
  for (const core of cores.splice(0)) await core.close();
  await world?.close();
  world = undefined;
});

async function core(dataDir: string, keyed = false): Promise<Core> {
  world ??= await startSimulatedWorld();
  const made = await createCore({
    ...worldBackends(world),
    host: 'web',
    simulated: true,
    dataDir,
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

const everyFile = (dir: string): string =>
  readdirSync(dir)
    .map((name) => readFileSync(join(dir, name), 'utf8'))
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
