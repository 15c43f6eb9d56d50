// nmcli's terse format over the corpus of real outputs (test/fixtures/wifi/nmcli, SOURCES.md):
// NetworkManager's own test expectations (real nmcli against its mock daemon), node-wifi's log
// and a user capture. Each is split with our splitter, then its fields are put in the order the
// backend asks for (-f ACTIVE,SSID,BSSID,SIGNAL,SECURITY,CHAN) and read by the backend's parser.
// The real-nmcli integration suite runs the same parser against nmcli itself.
import { describe, expect, it } from 'vitest';
import {
  parseNmcliDevices,
  parseNmcliScan,
  splitTerseLine,
} from '../../../electron/core/wifi/nmcli-terse';
import { realOutput } from './support/fixtures';

const escape = (value: string): string => value.replace(/\\/g, '\\\\').replace(/:/g, '\\:');
const dataLines = (text: string): string[] =>
  text
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith('//') && !line.startsWith('$'));

/** Field names of each capture's command, in its order (from the command in SOURCES.md). */
const CAPTURES = {
  'nmcli/node-wifi-scan-01.txt': [
    'ACTIVE',
    'SSID',
    'BSSID',
    'MODE',
    'CHAN',
    'FREQ',
    'SIGNAL',
    'SECURITY',
    'WPA-FLAGS',
    'RSN-FLAGS',
  ],
  // `nmcli -t dev wifi list`: the default fields.
  'nmcli/heatmapper-t-dev-wifi-list.txt': [
    'IN-USE',
    'BSSID',
    'SSID',
    'MODE',
    'CHAN',
    'RATE',
    'SIGNAL',
    'BARS',
    'SECURITY',
  ],
  // `-f ALL` (nmc_fields_dev_wifi_list in src/nmcli/devices.c; BAND since 1.28).
  'nmcli/nm-test_004-terse-all-device-wifi-list.C.txt': [
    'NAME',
    'SSID',
    'SSID-HEX',
    'BSSID',
    'MODE',
    'CHAN',
    'BAND',
    'FREQ',
    'RATE',
    'BANDWIDTH',
    'SIGNAL',
    'BARS',
    'SECURITY',
    'WPA-FLAGS',
    'RSN-FLAGS',
    'DEVICE',
    'ACTIVE',
    'IN-USE',
    'DBUS-PATH',
  ],
  'nmcli/nm-test_004-terse-all-device-wifi-list.pl_PL.txt': [
    'NAME',
    'SSID',
    'SSID-HEX',
    'BSSID',
    'MODE',
    'CHAN',
    'BAND',
    'FREQ',
    'RATE',
    'BANDWIDTH',
    'SIGNAL',
    'BARS',
    'SECURITY',
    'WPA-FLAGS',
    'RSN-FLAGS',
    'DEVICE',
    'ACTIVE',
    'IN-USE',
    'DBUS-PATH',
  ],
  'nmcli/nm-test_004-terse-common-device-wifi-list.C.txt': [
    'IN-USE',
    'BSSID',
    'SSID',
    'MODE',
    'FREQ',
    'CHAN',
    'RATE',
    'SIGNAL',
    'BARS',
    'SECURITY',
  ],
} as const;

const MAC = /^[0-9A-F]{2}(:[0-9A-F]{2}){5}$/i;

/** The capture's rows rewritten into the backend's field order, as nmcli would print them. */
function inBackendOrder(path: keyof typeof CAPTURES): string {
  const names: readonly string[] = CAPTURES[path];
  return dataLines(realOutput(path))
    .map((line) => {
      const values = splitTerseLine(line);
      const get = (name: string): string => values[names.indexOf(name)] ?? '';
      const active = names.includes('ACTIVE')
        ? get('ACTIVE')
        : get('IN-USE') === '*'
          ? 'yes'
          : 'no';
      return [active, get('SSID'), get('BSSID'), get('SIGNAL'), get('SECURITY'), get('CHAN')]
        .map(escape)
        .join(':');
    })
    .join('\n');
}

describe.each(Object.keys(CAPTURES) as Array<keyof typeof CAPTURES>)('%s', (path) => {
  it('splits into the command’s fields, with escaped colons inside BSSIDs undone', () => {
    for (const line of dataLines(realOutput(path))) {
      const values = splitTerseLine(line);
      expect(values).toHaveLength(CAPTURES[path].length);
      expect(values[CAPTURES[path].indexOf('BSSID' as never)]).toMatch(MAC);
    }
  });

  it('reads through the backend’s scan parser', () => {
    const rows = parseNmcliScan(inBackendOrder(path));
    expect(rows.length).toBe(dataLines(realOutput(path)).length);
    for (const row of rows) {
      expect(row.bssid).toMatch(MAC);
      expect(row.signal).toBeGreaterThanOrEqual(0);
      expect(row.signal).toBeLessThanOrEqual(100);
      expect(Number.isInteger(row.channel)).toBe(true);
    }
  });
});

describe('what the captures prove', () => {
  it('a "\\" and a ":" inside an SSID survive (wifi-heatmapper: "really only one \\")', () => {
    const rows = parseNmcliScan(inBackendOrder('nmcli/heatmapper-t-dev-wifi-list.txt'));
    expect(rows.find((row) => row.bssid === 'FE:DC:BA:09:87:02')?.ssid).toBe('SSID-2-\\foo:bar');
    expect(rows.find((row) => row.active)?.ssid).toBe('SSID-3');
    // An empty SECURITY column is an open network.
    expect(rows.find((row) => row.ssid === 'SSID-5')?.open).toBe(true);
    expect(rows.find((row) => row.ssid === 'SSID-1')?.open).toBe(false);
  });

  it('a non-ASCII SSID (node-wifi’s log: "Linksys01777-invité") and the active row', () => {
    const rows = parseNmcliScan(inBackendOrder('nmcli/node-wifi-scan-01.txt'));
    expect(rows.find((row) => row.ssid === 'Linksys01777-invité')).toMatchObject({
      open: true,
      channel: 11,
      signal: 100,
    });
    expect(rows.filter((row) => row.active).map((row) => row.ssid)).toEqual(['Linksys01777_5GHz']);
  });

  it('a translated nmcli (pl_PL) gives the same scan: the parser never reads words', () => {
    const c = parseNmcliScan(inBackendOrder('nmcli/nm-test_004-terse-all-device-wifi-list.C.txt'));
    const pl = parseNmcliScan(
      inBackendOrder('nmcli/nm-test_004-terse-all-device-wifi-list.pl_PL.txt'),
    );
    expect(pl).toEqual(c);
  });

  it('devices: `nmcli -t dev s` from NetworkManager’s own tests (two devices named wlan1)', () => {
    const devices = parseNmcliDevices(realOutput('nmcli/nm-test_004-terse-dev-status.C.txt'));
    expect(devices.filter((d) => d.type === 'wifi').map((d) => d.device)).toEqual([
      'wlan0',
      'wlan1',
      'wlan1',
    ]);
    expect(devices[0]).toMatchObject({ device: 'wlan0', state: 'connected' });
  });
});
