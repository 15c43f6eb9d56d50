// macOS parsers against the corpus of real outputs (test/fixtures/wifi/macos, SOURCES.md and
// SOURCES-more.md there): every file of each kind, each with what it must give.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parseAirportNetwork,
  parsePreferredNetworks,
  parseSetAirportNetwork,
  parseSystemProfilerAirport,
  parseWifiDevices,
  profilerRedacted,
  REDACTED,
} from '../../../electron/core/wifi/mac-parsers';
import { parseBsdRouteGet } from '../../../electron/core/wifi/route-parsers';
import { realOutput } from './support/fixtures';

const MACOS = join(import.meta.dirname, '..', '..', 'fixtures', 'wifi', 'macos');
const filesIn = (folder: string, pattern: RegExp): string[] =>
  readdirSync(join(MACOS, folder)).filter((name) => pattern.test(name));

describe('networksetup -listallhardwareports', () => {
  const wifiDevice: Record<string, string> = {
    'listallhardwareports-10.14.6-imac-wifi-en1.txt': 'en1',
    'listallhardwareports-glpi-macosx-01-wifi-en1.txt': 'en1',
    'listallhardwareports-10.15-macbook-pro-intel.txt': 'en0',
    'listallhardwareports-14.4-macbook-pro-apple-silicon.txt': 'en0',
    'listallhardwareports-14.5-macbook-m1-pro.txt': 'en0',
  };
  it('covers every capture in the corpus', () => {
    expect(filesIn('networksetup', /^listallhardwareports-/).sort()).toEqual(
      Object.keys(wifiDevice).sort(),
    );
  });
  it.each(Object.entries(wifiDevice))('%s → the Wi-Fi device is %s', (file, device) => {
    expect(parseWifiDevices(realOutput(`macos/networksetup/${file}`))).toEqual([device]);
  });
});

describe('networksetup -getairportnetwork', () => {
  it('not associated, and Wi-Fi off (which prints "not associated" first)', () => {
    expect(
      parseAirportNetwork(realOutput('macos/networksetup/getairportnetwork-not-associated.txt')),
    ).toEqual({ kind: 'not-associated' });
    expect(
      parseAirportNetwork(realOutput('macos/networksetup/getairportnetwork-wifi-off.txt')),
    ).toEqual({ kind: 'power-off' });
    expect(
      parseAirportNetwork(realOutput('macos/networksetup/setairportpower-not-a-wifi-interface.txt'))
        .kind,
    ).toBe('not-wifi');
  });

  it('associated: the "Current Wi-Fi Network: <name>" line', () => {
    // No published capture was found (SOURCES-more.md); this is the line's documented shape.
    expect(parseAirportNetwork('Current Wi-Fi Network: Home Net\n')).toEqual({
      kind: 'network',
      ssid: 'Home Net',
    });
  });
});

describe('networksetup -setairportnetwork and -listpreferredwirelessnetworks', () => {
  // No published capture of these texts was found; what is known is that success prints nothing
  // and a failure prints a sentence, so any text is a failure.
  it('silence is success, any text is failure', () => {
    expect(parseSetAirportNetwork('')).toBeNull();
    expect(parseSetAirportNetwork('Could not find network Photon-7QK2XZ.\n')).toBe('not-found');
    expect(parseSetAirportNetwork('anything else\n')).toBe('failed');
    expect(parseSetAirportNetwork('', 'anything on stderr')).toBe('failed');
  });

  it('the preferred list: a header, then one tab-indented name per line', () => {
    expect(
      parsePreferredNetworks('Preferred networks on en0:\n\tHome Net\n\tPhoton-7QK2XZ\n'),
    ).toEqual(['Home Net', 'Photon-7QK2XZ']);
    expect(parsePreferredNetworks('Preferred networks on en1:\n')).toEqual([]);
    expect(parsePreferredNetworks('en9 is not a Wi-Fi interface.\n')).toBeNull();
  });
});

interface ProfilerExpectation {
  device: string;
  connected: boolean;
  off: boolean;
  current: string | undefined;
  sample?: { ssid: string; channel: number; open: boolean };
}

describe('system_profiler SPAirPortDataType -json', () => {
  const expected: Record<string, ProfilerExpectation> = {
    // 10.15: channel as a plain number.
    'associated-10.15.7.json': {
      device: 'en1',
      connected: true,
      off: false,
      current: 'SSID-6',
      sample: { ssid: 'SSID-3', channel: 1, open: true },
    },
    // 12: "1,+1" for a 40 MHz channel.
    'associated-12.7.2.json': {
      device: 'en0',
      connected: true,
      off: false,
      current: 'SSID-4',
      sample: { ssid: 'SSID-1', channel: 1, open: false },
    },
    'not-associated-12.7.2.json': {
      device: 'en0',
      connected: false,
      off: false,
      current: undefined,
    },
    // 15: "6 (2GHz, 20MHz)".
    'associated-15.5.json': {
      device: 'en0',
      connected: true,
      off: false,
      current: 'SSID-2',
      sample: { ssid: 'SSID-3', channel: 44, open: true },
    },
    'associated-15.5-wpa2.json': {
      device: 'en0',
      connected: true,
      off: false,
      current: 'SSID-7',
      sample: { ssid: 'SSID-2', channel: 44, open: false },
    },
    'associated-15.5-iphone-hotspot.json': {
      device: 'en0',
      connected: true,
      off: false,
      current: 'SSID-1',
      sample: { ssid: 'SSID-1', channel: 149, open: false },
    },
    // Wi-Fi on, joined to nothing: the scan is under spairport_airport_local_wireless_networks.
    'not-associated-15.5.json': {
      device: 'en0',
      connected: false,
      off: false,
      current: undefined,
      sample: { ssid: 'SSID-2', channel: 9, open: false },
    },
    'wifi-off-15.5.json': {
      device: 'en0',
      connected: false,
      off: true,
      current: undefined,
    },
  };

  it('covers every capture in the corpus', () => {
    expect(filesIn('system-profiler', /\.json$/).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s', (file, want) => {
    const parsed = parseSystemProfilerAirport(realOutput(`macos/system-profiler/${file}`));
    expect(parsed?.map((iface) => iface.device)).toEqual([want.device]);
    const iface = parsed![0]!;
    expect({ connected: iface.connected, off: iface.off, current: iface.current }).toEqual({
      connected: want.connected,
      off: want.off,
      current: want.current,
    });
    expect(profilerRedacted(iface)).toBe(false);
    for (const network of iface.networks) {
      expect(network.ssid.length).toBeGreaterThan(0);
      expect(Number.isInteger(network.channel)).toBe(true);
    }
    if (want.sample !== undefined)
      expect(iface.networks.find((n) => n.ssid === want.sample?.ssid)).toMatchObject(want.sample);
    else expect(iface.networks).toEqual([]);
    // The current network counts as in range even where only "current" lists it.
    if (want.current !== undefined)
      expect(iface.networks.some((n) => n.ssid === want.current)).toBe(true);
  });

  it('macOS 15.6+ without Location: the same document with every name "<redacted>"', () => {
    // Derived from the real 15.5 capture the way macOS redacts (wifi.md §1.4: dracula/tmux#358,
    // systeminformation#1008): each network's _name becomes the literal "<redacted>".
    const real = JSON.parse(realOutput('macos/system-profiler/associated-15.5.json')) as unknown;
    const redact = (value: unknown, key = ''): unknown => {
      if (Array.isArray(value)) return value.map((item) => redact(item, key));
      if (typeof value !== 'object' || value === null) return value;
      const isNetwork = key.includes('network');
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [
          k,
          k === '_name' && isNetwork ? REDACTED : redact(v, k === '_name' ? key : k),
        ]),
      );
    };
    const iface = parseSystemProfilerAirport(JSON.stringify(redact(real)))?.[0];
    expect(iface?.device).toBe('en0');
    expect(iface?.current).toBe(REDACTED);
    expect(iface && profilerRedacted(iface)).toBe(true);
    expect(parseSystemProfilerAirport('not json')).toBeNull();
  });
});

describe('route get (macOS)', () => {
  it('the default route, and a split-tunnel VPN whose /1 halves say "destination: default"', () => {
    expect(parseBsdRouteGet(realOutput('macos/route/route-get-0-default-en0.txt'))).toBe('en0');
    expect(parseBsdRouteGet(realOutput('macos/route/route-get-1-vpn-split-utun3.txt'))).toBe(
      'utun3',
    );
  });
});
