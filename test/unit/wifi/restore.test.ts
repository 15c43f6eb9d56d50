// Restore's cleanup of what the OS learned during a trip: a Photon joined from the system menu
// stays in the saved list (macOS preferred networks, a Windows profile) and would be joined again.
import { describe, expect, it } from 'vitest';
import { restoreNetwork } from '../../../electron/core/wifi/restore';
import type { TempJoin, WifiBackend } from '../../../electron/core/wifi/types';

function savedListBackend(saved: TempJoin[]) {
  const forgotten: string[] = [];
  const backend: WifiBackend = {
    name: 'macos',
    caps: async () => ({
      scanSsids: 'yes',
      readCurrent: 'yes',
      freshScan: true,
      deleteProfile: true,
    }),
    interfaces: async () => [{ name: 'en0', connected: true }],
    scan: async () => [],
    current: async () => null,
    joinOpen: async (iface, ssid) => ({ iface, ssid }),
    isAssociated: async () => 'yes',
    rejoin: async () => undefined,
    forget: async (temp) => {
      forgotten.push(temp.profileName ?? temp.ssid);
      saved.splice(0, saved.length, ...saved.filter((entry) => entry.ssid !== temp.ssid));
    },
    letOsReconnect: async () => undefined,
    savedNetworks: async () => [...saved],
  };
  return { backend, forgotten };
}

describe('restore removes the Photons the OS learned during the trip', () => {
  it('only Photon networks that were not saved before; never a home network, never an old one', async () => {
    const before: TempJoin[] = [
      { iface: 'en0', ssid: 'Home Net' },
      { iface: 'en0', ssid: 'Photon-OLD1' },
    ];
    const saved = [
      ...before,
      { iface: 'en0', ssid: 'Photon-7QK2XZ' },
      { iface: 'en0', ssid: 'Cafe Wi-Fi' },
    ];
    const { backend, forgotten } = savedListBackend(saved);
    const report = await restoreNetwork(backend, {
      iface: 'en0',
      previous: { iface: 'en0', ssid: 'Home Net' },
      temp: null,
      savedBefore: before,
      photonRules: { prefix: 'Photon-' },
    });
    expect(report).toMatchObject({ ok: true, removed: ['Photon-7QK2XZ'] });
    expect(forgotten).toEqual(['Photon-7QK2XZ']);
  });

  it('nothing is removed when the list could not be read before the trip', async () => {
    const { backend, forgotten } = savedListBackend([{ iface: 'en0', ssid: 'Photon-7QK2XZ' }]);
    const report = await restoreNetwork(backend, {
      iface: 'en0',
      previous: { iface: 'en0', ssid: 'Home Net' },
      temp: null,
      savedBefore: null,
    });
    expect(report).toMatchObject({ ok: true, removed: [] });
    expect(forgotten).toEqual([]);
  });

  it('a custom prefix is honoured', async () => {
    const { backend } = savedListBackend([{ iface: 'en0', ssid: 'Factory-7QK2' }]);
    const report = await restoreNetwork(backend, {
      iface: 'en0',
      previous: null,
      temp: null,
      savedBefore: [],
      photonRules: { prefix: 'Factory-' },
    });
    expect(report).toMatchObject({ ok: true, removed: ['Factory-7QK2'] });
  });
});
