import { describe, expect, it } from 'vitest';
import {
  netshNeedsLocation,
  parseNetshInterfaces,
  parseNetshNetworks,
} from '../../../electron/core/wifi/netsh-parsers';
import { openProfileXml, ssidHex } from '../../../electron/core/wifi/netsh-profile-xml';
import { fixture } from './support/fixtures';

describe('netsh show interfaces', () => {
  it('Windows 10', () => {
    expect(parseNetshInterfaces(fixture('netsh-interfaces-win10.txt'))).toEqual([
      { name: 'Wi-Fi', connected: true, ssid: 'Home Net', profile: 'Home Net' },
    ]);
  });

  it('Windows 11: extra Interface type / AP BSSID / Band lines, a colon in the SSID, two adapters', () => {
    const parsed = parseNetshInterfaces(fixture('netsh-interfaces-win11.txt'));
    expect(parsed).toEqual([
      { name: 'Wi-Fi', connected: true, ssid: 'Home:Net & Co', profile: 'Home:Net & Co' },
      { name: 'Wi-Fi 2', connected: false },
    ]);
  });

  it('German locale', () => {
    expect(parseNetshInterfaces(fixture('netsh-interfaces-de.txt'))).toEqual([
      { name: 'WLAN', connected: true, ssid: 'FRITZ!Box 7590 XY', profile: 'FRITZ!Box 7590 XY' },
    ]);
  });

  it('recognises the 24H2 location-permission text', () => {
    const text = fixture('netsh-location-24h2.txt');
    expect(netshNeedsLocation(text)).toBe(true);
    expect(parseNetshInterfaces(text)).toEqual([]);
    expect(netshNeedsLocation(fixture('netsh-interfaces-win10.txt'))).toBe(false);
  });
});

describe('netsh show networks mode=bssid', () => {
  it('Windows 10: open Photon, hidden network dropped', () => {
    const networks = parseNetshNetworks(fixture('netsh-networks-win10.txt'));
    expect(networks.map((n) => n.ssid)).toEqual(['Home Net', 'Photon-7QK2XZ']);
    expect(networks[1]).toEqual({
      ssid: 'Photon-7QK2XZ',
      open: true,
      signal: 80,
      channel: 11,
      bssids: ['6c:0b:84:11:22:33'],
    });
    expect(networks[0]?.open).toBe(false);
  });

  it('Windows 11: Band lines, every BSSID kept, strongest signal wins', () => {
    const [photon, home] = parseNetshNetworks(fixture('netsh-networks-win11.txt'));
    expect(photon).toEqual({
      ssid: 'Photon-7QK2XZ',
      open: true,
      signal: 81,
      channel: 11,
      bssids: ['6c:0b:84:11:22:33', '6c:0b:84:11:22:34'],
    });
    expect(home).toMatchObject({ ssid: 'Home:Net & Co', open: false, channel: 36 });
  });

  it('German locale: Offen / Kanal', () => {
    const networks = parseNetshNetworks(fixture('netsh-networks-de.txt'));
    expect(networks[1]).toEqual({
      ssid: 'Photon-H4M9',
      open: true,
      signal: 70,
      channel: 11,
      bssids: ['6c:0b:84:55:66:77'],
    });
    expect(networks[0]).toMatchObject({ open: false, channel: 44 });
  });
});

describe('open profile XML', () => {
  it('escapes names and writes the hex of the UTF-8 bytes', () => {
    const xml = openProfileXml('photon-setup-A&B', 'Photon-<7QK2>');
    expect(xml).toContain('<name>photon-setup-A&amp;B</name>');
    expect(xml).toContain('<name>Photon-&lt;7QK2&gt;</name>');
    expect(xml).not.toMatch(/<name>[^<]*[<>][^<]*<\/name>/);
    expect(xml).toContain('<connectionMode>manual</connectionMode>');
    expect(xml).toContain('<authentication>open</authentication>');
    const hex = /<hex>([0-9A-F]+)<\/hex>/.exec(xml)?.[1] ?? '';
    expect(Buffer.from(hex, 'hex').toString('utf8')).toBe('Photon-<7QK2>');
    expect(ssidHex('Ü')).toBe('C39C');
  });
});
