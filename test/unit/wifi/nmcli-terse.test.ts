import { describe, expect, it } from 'vitest';
import {
  parseNmcliActive,
  parseNmcliAddedUuid,
  parseNmcliDevices,
  parseNmcliScan,
  splitTerseLine,
} from '../../../electron/core/wifi/nmcli-terse';
import { fixture } from './support/fixtures';

describe('nmcli terse parser', () => {
  it('splits on unescaped colons and unescapes \\: and \\\\', () => {
    expect(splitTerseLine('yes:Home\\:Net:60\\:E3:x')).toEqual(['yes', 'Home:Net', '60:E3', 'x']);
    expect(splitTerseLine('no:Back\\\\slash:')).toEqual(['no', 'Back\\slash', '']);
  });

  it('parses a recorded scan: escaped colons, empty security, hidden rows', () => {
    const rows = parseNmcliScan(fixture('nmcli-scan.txt'));
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual({
      active: false,
      ssid: 'Photon-7QK2XZ',
      bssid: '6C:0B:84:11:22:33',
      signal: 55,
      open: true,
      channel: 11,
    });
    expect(rows[1]).toMatchObject({
      active: true,
      ssid: 'Home:Net',
      open: false,
      channel: 6,
      signal: 88,
    });
    expect(rows[2]?.ssid).toBe('Back\\slash');
    expect(rows[3]?.ssid).toBe('');
    expect(rows[5]).toMatchObject({ ssid: 'Cafe Open', open: true });
  });

  it('parses active connections and devices', () => {
    expect(parseNmcliActive(fixture('nmcli-active.txt'))[0]).toEqual({
      uuid: '3f2a2c1e-8d1b-4c55-9d7e-0c1f4b2e9a10',
      type: '802-11-wireless',
      device: 'wlan0',
      name: 'Home:Net',
    });
    const devices = parseNmcliDevices(fixture('nmcli-devices.txt'));
    expect(devices.filter((d) => d.type === 'wifi').map((d) => d.device)).toEqual(['wlan0']);
    expect(devices[3]?.state).toBe('connected (externally)');
  });

  it('reads the UUID nmcli prints after connection add', () => {
    expect(
      parseNmcliAddedUuid(
        "Connection 'photon-setup-Photon-7QK2XZ' (2B1C7A1E-0F0E-4D3C-8B2A-19283746AB01) successfully added.\n",
      ),
    ).toBe('2b1c7a1e-0f0e-4d3c-8b2a-19283746ab01');
    expect(parseNmcliAddedUuid('Error: failed to modify connection.permissions')).toBeNull();
  });
});
