import { describe, expect, it } from 'vitest';
import {
  parseAirportNetwork,
  parseSetAirportNetwork,
  parseSystemProfilerAirport,
  parseWifiDevices,
  profilerRedacted,
} from '../../../electron/core/wifi/mac-parsers';
import { fixture } from './support/fixtures';

describe('macOS parsers', () => {
  it('finds the Wi-Fi device even when it is not en0', () => {
    expect(parseWifiDevices(fixture('networksetup-hardwareports.txt'))).toEqual(['en1']);
  });

  it('networksetup -setairportnetwork: silence is success, any text is failure', () => {
    expect(parseSetAirportNetwork('')).toBeNull();
    expect(parseSetAirportNetwork('Could not find network Photon-7QK2XZ.\n')).toBe('not-found');
    expect(
      parseSetAirportNetwork(
        'Failed to join network Photon-7QK2XZ.\nError: -3900  The operation couldn’t be completed. (com.apple.wifi.apple80211API.error error -3900.)\n',
      ),
    ).toBe('failed');
    expect(parseSetAirportNetwork('', 'Error: -3905')).toBe('failed');
  });

  it('networksetup -getairportnetwork', () => {
    expect(parseAirportNetwork('Current Wi-Fi Network: Home Net\n')).toEqual({
      kind: 'network',
      ssid: 'Home Net',
    });
    expect(parseAirportNetwork('You are not associated with an AirPort network.\n')).toEqual({
      kind: 'not-associated',
    });
    expect(parseAirportNetwork('Wi-Fi power is currently off.\n').kind).toBe('power-off');
    expect(
      parseAirportNetwork(
        'en0 is not a Wi-Fi interface.\n** Error: Error obtaining wireless information.',
      ).kind,
    ).toBe('not-wifi');
  });

  it('system_profiler JSON: networks, current network, awdl0 skipped', () => {
    const parsed = parseSystemProfilerAirport(fixture('system-profiler.json'));
    expect(parsed).toHaveLength(1);
    const en1 = parsed?.[0];
    expect(en1).toMatchObject({ device: 'en1', connected: true, current: 'Home Net' });
    expect(en1?.networks[0]).toEqual({
      ssid: 'Photon-7QK2XZ',
      open: true,
      channel: 11,
      signal: 100,
    });
    expect(en1?.networks[1]).toMatchObject({
      ssid: 'Neighbour 5G',
      open: false,
      channel: 149,
      signal: 40,
    });
    expect(en1 && profilerRedacted(en1)).toBe(false);
  });

  it('system_profiler on 15.6 without location permission', () => {
    const en1 = parseSystemProfilerAirport(fixture('system-profiler-redacted.json'))?.[0];
    expect(en1 && profilerRedacted(en1)).toBe(true);
    expect(parseSystemProfilerAirport('not json')).toBeNull();
  });
});
