import { describe, expect, it } from 'vitest';
import { MacBackend } from '../../../electron/core/wifi/mac-backend';
import { NetshBackend } from '../../../electron/core/wifi/netsh-backend';
import { NmcliBackend } from '../../../electron/core/wifi/nmcli-backend';
import {
  assertPhotonSsid,
  isPhotonSsid,
  photonSsidProblem,
  pickPhotonNetworks,
} from '../../../electron/core/wifi/ssid';
import { FakeNmWorld } from './support/fake-nm-world';
import { harness } from './support/session-harness';
import { recordingRun } from './support/recording-run';
import { en } from '../../support/english';

const HOSTILE = [
  'Photon-x"&calc&"',
  '$(reboot)',
  'Photon-$(reboot)',
  'Photon-AB\nCD',
  'Photon-ABCD\r',
  'Photon-AB`id`',
  'Photon-<x/>',
  'Photon-AB;rm',
  'Photon-AB|CD',
  "Photon-AB'CD",
  'Photon-\u0000ABC',
  'Photon-ABCDEFGHJKLMNPQRSTUVWXYZ234',
  '-Photon-ABCD',
  'Photon-AB CD',
];

describe('SSID validation', () => {
  it('accepts real Photon names and a configured prefix', () => {
    expect(isPhotonSsid('Photon-7QK2XZ')).toBe(true);
    expect(isPhotonSsid('Photon-H4M9')).toBe(true);
    expect(isPhotonSsid('Acme-7QK2XZ', { prefix: 'Acme' })).toBe(true);
    expect(isPhotonSsid('Photon-7qk2xz')).toBe(false);
    expect(isPhotonSsid('Photon-my_ap', { loose: true })).toBe(true);
    expect(isPhotonSsid('Photon-I0O1')).toBe(false);
  });

  it.each(HOSTILE)('refuses %j', (ssid) => {
    expect(photonSsidProblem(ssid)).not.toBeNull();
    expect(photonSsidProblem(ssid, { loose: true })).not.toBeNull();
    expect(() => assertPhotonSsid(ssid)).toThrow(expect.objectContaining({ kind: 'invalid-ssid' }));
  });

  it('a 25-character prefix still fits 32 bytes; non-ASCII prefixes and longer names do not pass', () => {
    const long = 'P'.repeat(25);
    expect(photonSsidProblem(`${long}-ABCDEF`, { prefix: long })).toBeNull();
    expect(en(photonSsidProblem(`${long}X-ABCDEF`, { prefix: `${long}X` }))).toMatch(
      /at most 25 characters/,
    );
    expect(en(photonSsidProblem('Ünï-ABCD', { prefix: 'Ünï' }))).toMatch(/only letters, digits/);
    expect(en(photonSsidProblem('Photon-ABCD'.padEnd(33, 'Z'), { loose: true }))).toMatch(
      /at most 32 bytes/,
    );
  });

  it('discovery keeps only safe Photon names, deduplicated, strongest first', () => {
    const found = pickPhotonNetworks([
      { ssid: 'Photon-x"&calc&"', signal: 99 },
      { ssid: 'Home', signal: 90 },
      { ssid: 'Photon-7QK2XZ', signal: 40 },
      { ssid: 'Photon-7QK2XZ', signal: 70 },
      { ssid: 'Photon-H4M9', signal: 50 },
    ]);
    expect(found).toEqual([
      { ssid: 'Photon-7QK2XZ', signal: 70 },
      { ssid: 'Photon-H4M9', signal: 50 },
    ]);
  });
});

describe('a hostile SSID never reaches a command', () => {
  it.each(HOSTILE)('session refuses %j before running anything', async (ssid) => {
    const world = new FakeNmWorld();
    const { session } = harness(world);
    await expect(session.run({ ssid }, async () => 'x')).rejects.toMatchObject({
      kind: 'invalid-ssid',
    });
    expect(world.calls).toEqual([]);
  });

  it.each(HOSTILE)('every backend refuses %j in joinOpen and forget', async (ssid) => {
    const { calls, run } = recordingRun();
    const backends = [
      new NmcliBackend({ runCommand: run }),
      new NetshBackend({
        runCommand: run,
        withTempFile: async (_n, _c, use) => use('C:\\t\\p.xml'),
      }),
      new MacBackend({ runCommand: run }),
    ];
    for (const backend of backends) {
      await expect(backend.joinOpen('wlan0', ssid, { timeoutMs: 100 })).rejects.toMatchObject({
        kind: 'invalid-ssid',
      });
    }
    await expect(
      new MacBackend({ runCommand: run }).forget({ iface: 'en0', ssid }),
    ).rejects.toMatchObject({ kind: 'invalid-ssid' });
    await expect(
      new NetshBackend({ runCommand: run }).forget({ iface: 'Wi-Fi', ssid }),
    ).rejects.toMatchObject({ kind: 'invalid-ssid' });
    expect(calls).toEqual([]);
  });
});
