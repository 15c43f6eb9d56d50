// Scenarios on real netsh outputs (test/fixtures/wifi/netsh, see SOURCES.md) with only the values
// a scenario needs put in. Every output as published is also parsed by netsh-corpus.test.ts.
import { describe, expect, it } from 'vitest';
import {
  netshNeedsLocation,
  parseNetshInterfaces,
  parseNetshNetworks,
  parseNetshNetworksInterface,
  parseNetshProfiles,
} from '../../../electron/core/wifi/netsh-parsers';
import { openProfileXml, ssidHex } from '../../../electron/core/wifi/netsh-profile-xml';
import { realOutput, substituted } from './support/fixtures';

describe('netsh show interfaces', () => {
  it('keeps a colon, an ampersand and inner spaces in the SSID and the profile', () => {
    const text = substituted('netsh/en-US/show-interfaces.txt', [
      [/(SSID +): my-wifi-ssid-here/, '$1: Home:Net & Co 5G'],
      [/(Profile +): my-wifi-ssid-here/, '$1: Home:Net & Co 5G 2'],
    ]);
    expect(parseNetshInterfaces(text)).toEqual([
      { name: 'WiFi', connected: true, ssid: 'Home:Net & Co 5G', profile: 'Home:Net & Co 5G 2' },
    ]);
  });

  it('an SSID that reads like a signal ("100%") does not shift the profile', () => {
    const text = substituted('netsh/en-US/show-interfaces.txt', [
      [/(SSID +): my-wifi-ssid-here/, '$1: 100%'],
      [/(Profile +): my-wifi-ssid-here/, '$1: 100%'],
    ]);
    expect(parseNetshInterfaces(text)[0]).toMatchObject({ ssid: '100%', profile: '100%' });
  });

  it("Windows 11's Rssi line is skipped by its label, and a profile that reads like dBm is kept", () => {
    const win11 = substituted('netsh/en-US/show-interfaces.win11-rssi.txt', [
      [/(Profile +): MCU_ProgrammingFBML/, '$1: -39'],
    ]);
    expect(parseNetshInterfaces(win11)[0]).toMatchObject({ profile: '-39' });
    const win10 = substituted('netsh/en-US/show-interfaces.txt', [
      [/(Profile +): my-wifi-ssid-here/, '$1: -39'],
    ]);
    expect(parseNetshInterfaces(win10)[0]).toMatchObject({ profile: '-39' });
  });

  it('a disconnected adapter has no SSID line', () => {
    // Windows drops SSID … Profile when the adapter is not associated; only the state remains.
    const text = realOutput('netsh/en-US/show-interfaces.txt')
      .split('\n')
      .filter(
        (line) =>
          !/^\s+(SSID|BSSID|Network type|Radio type|Authentication|Cipher|Connection mode|Band|Channel|Receive|Transmit|Signal|Profile)\b/.test(
            line,
          ),
      )
      .join('\n')
      .replace(/(State +): connected/, '$1: disconnected');
    expect(parseNetshInterfaces(text)).toEqual([
      { name: 'WiFi', connected: false, ssid: undefined, profile: undefined },
    ]);
  });

  it('German, French, Spanish, Italian names', () => {
    const names = ['de-DE', 'fr-FR', 'es-ES', 'it-IT'].map(
      (lang) => parseNetshInterfaces(realOutput(`netsh/${lang}/show-interfaces.txt`))[0]?.name,
    );
    expect(names.every((name) => typeof name === 'string' && name.length > 0)).toBe(true);
  });

  it('recognises the 24H2 location-permission text, and no ordinary output as it', () => {
    expect(netshNeedsLocation(realOutput('netsh/location-denied/en-US.txt'))).toBe(true);
    expect(parseNetshInterfaces(realOutput('netsh/location-denied/en-US.txt'))).toEqual([]);
    expect(netshNeedsLocation(realOutput('netsh/en-US/show-interfaces.win10.txt'))).toBe(false);
  });
});

describe('netsh show networks mode=bssid', () => {
  it('an open Photon among secured networks', () => {
    const text = substituted('netsh/en-US/show-networks-bssid.txt', [
      ['SSID 6 : tecnico-guest', 'SSID 6 : Photon-7QK2XZ'],
    ]);
    const networks = parseNetshNetworks(text);
    expect(networks.find((n) => n.ssid === 'Photon-7QK2XZ')).toEqual({
      ssid: 'Photon-7QK2XZ',
      open: true,
      signal: 100,
      channel: 1,
      bssids: ['f4:cf:e2:67:58:e0', 'f4:cf:e2:67:58:ef', 'a0:3d:6f:66:d8:1f'],
    });
    expect(networks.filter((n) => n.open).map((n) => n.ssid)).toEqual(['Photon-7QK2XZ']);
  });

  it('WEP is never open, whatever the authentication line says', () => {
    const text = substituted('netsh/en-US/show-networks-bssid.txt', [
      [
        /(SSID 6 : tecnico-guest\n.*\n\s+Authentication\s+: Open\n\s+Encryption\s+): None/,
        '$1: WEP',
      ],
    ]);
    expect(parseNetshNetworks(text).find((n) => n.ssid === 'tecnico-guest')?.open).toBe(false);
  });

  it('German Offen is open, WPA2 is not; the strongest BSSID gives signal and channel', () => {
    const networks = parseNetshNetworks(realOutput('netsh/de-DE/show-networks-bssid.txt'));
    expect(networks.find((n) => n.ssid === 'SSID-2')).toMatchObject({
      open: true,
      signal: 87,
      channel: 44,
    });
    expect(networks.find((n) => n.ssid === 'SSID-1')).toMatchObject({ open: false, channel: 6 });
  });

  it('the interface name comes from the first line even after a pasted prompt', () => {
    expect(parseNetshNetworksInterface(realOutput('netsh/de-DE/show-networks-bssid.txt'))).toBe(
      'Wi-Fi',
    );
    expect(parseNetshNetworksInterface(realOutput('netsh/en-US/show-networks-bssid.txt'))).toBe(
      'Wi-Fi',
    );
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

describe('layouts seen in other languages', () => {
  it('a colon right after the label with the padding after it (Russian, lswifi#62)', () => {
    // The real English output rearranged into that layout: `Label:    value`.
    const text = realOutput('netsh/en-US/show-networks-bssid.txt').replace(
      /^(\s*)(\S[^:\n]*?)(\s+): /gm,
      (_all, lead: string, label: string, pad: string) => `${lead}${label}:${pad} `,
    );
    expect(text).toContain('SSID 6:  tecnico-guest');
    const networks = parseNetshNetworks(text);
    expect(networks.find((n) => n.ssid === 'tecnico-guest')).toMatchObject({
      open: true,
      signal: 100,
      channel: 1,
    });
    expect(networks.find((n) => n.ssid === 'eduroam')?.open).toBe(false);
  });
});

describe('netsh show profiles', () => {
  const heatmapper = ['Profile1 2', 'Profile2', 'Profile3', 'Profile4', 'Profile5', 'Profile6'];
  it.each(['en-US', 'de-DE', 'es-ES', 'fr-FR', 'it-IT'])('%s (wifi-heatmapper)', (lang) => {
    expect(
      parseNetshProfiles(realOutput(`netsh-profiles/${lang}/show-profiles.heatmapper.txt`)),
    ).toEqual(heatmapper);
  });
  it('two adapters, a PowerShell capture, and Chinese', () => {
    expect(
      parseNetshProfiles(realOutput('netsh-profiles/en-US/show-profiles.two-interfaces.txt')),
    ).toEqual(['network1', 'network2', 'network1', 'network2']);
    expect(
      parseNetshProfiles(realOutput('netsh-profiles/en-US/show-profiles.powershell-wifitools.txt')),
    ).toEqual(['MyWifi']);
    // The publisher appended a "## …" note to the line (SOURCES.md); the name comes first.
    const chinese = parseNetshProfiles(realOutput('netsh-profiles/zh-CN/show-profiles.txt'));
    expect(chinese).toHaveLength(1);
    expect(chinese[0]).toMatch(/^myphone\s+## /);
  });
  it('nothing that is not a profile: interface output, location text', () => {
    expect(parseNetshProfiles(realOutput('netsh/location-denied/en-US.txt'))).toEqual([]);
    expect(
      parseNetshProfiles(realOutput('netsh-profiles/zh-CN/delete-profile.deleted.txt')),
    ).toEqual([]);
  });
});
