// Every netsh parser against every real output in the corpus (test/fixtures/wifi/netsh, sources in
// SOURCES.md), each also as netsh writes it into a pipe: re-encoded into the language's OEM code
// page and read back through the decoder the backend uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  netshNeedsLocation,
  parseNetshInterfaces,
  parseNetshNetworks,
  parseNetshNetworksInterface,
} from '../../../electron/core/wifi/netsh-parsers';
import { decoderFor } from '../../../electron/core/wifi/windows-code-page';

const dir = join(__dirname, '../../fixtures/wifi/netsh');

interface ExpectedInterface {
  name: string;
  connected: boolean;
  ssid?: string;
  profile?: string;
  signalPercent?: number;
}
interface ExpectedNetwork {
  ssid: string;
  authenticationIsOpen: boolean;
  bssids: Array<{ bssid: string; signalPercent: number; channel: number }>;
}
interface Entry {
  file: string;
  kind: 'show-interfaces' | 'show-networks-bssid' | 'location-denied';
  oemCodePage: number;
  fileEncoding: string;
  expected?: {
    interfaces?: ExpectedInterface[];
    interfaceName?: string;
    interfaceNameAsStored?: string;
    networks?: ExpectedNetwork[];
  };
}

const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
  files: Entry[];
};

/** The text as published, and as the backend would read it from netsh's pipe. */
function variants(entry: Entry): Array<[string, string]> {
  const bytes = readFileSync(join(dir, entry.file));
  if (entry.fileEncoding.startsWith('cp')) {
    const decode = decoderFor(Number(entry.fileEncoding.slice(2, 5)));
    return [[`${entry.fileEncoding.split(' ')[0]} bytes`, decode!(bytes)]];
  }
  const text = bytes.toString('utf8');
  const decode = decoderFor(entry.oemCodePage);
  expect(decode).not.toBeNull();
  // What netsh writes into a pipe on that display language, read back with the real code page.
  const piped = decode!(iconv.encode(text, `cp${entry.oemCodePage}`));
  return [
    ['as published', text],
    [`through cp${entry.oemCodePage}`, piped],
  ];
}

const expectedNetworks = (entry: Entry): ExpectedNetwork[] =>
  (entry.expected?.networks ?? []).filter((network) => network.ssid.length > 0);

describe.each(manifest.files.map((entry) => [entry.file, entry] as const))('%s', (_file, entry) => {
  it.each(variants(entry))('parses %s', (_how, text) => {
    if (entry.kind === 'location-denied') {
      expect(netshNeedsLocation(text)).toBe(true);
      expect(parseNetshInterfaces(text)).toEqual([]);
      return;
    }
    expect(netshNeedsLocation(text)).toBe(false);
    if (entry.kind === 'show-interfaces') {
      const parsed = parseNetshInterfaces(text);
      const expected = entry.expected?.interfaces ?? [];
      expect(parsed.map((i) => i.name)).toEqual(expected.map((i) => i.name));
      parsed.forEach((iface, n) => {
        const want = expected[n]!;
        expect(iface.connected).toBe(want.connected);
        if (want.connected) expect(iface.ssid).toBe(want.ssid);
        if (want.profile !== undefined) expect(iface.profile).toBe(want.profile);
      });
      return;
    }
    const parsed = parseNetshNetworks(text);
    const expected = expectedNetworks(entry);
    expect(parsed.map((n) => n.ssid)).toEqual(expected.map((n) => n.ssid));
    parsed.forEach((network, n) => {
      const want = expected[n]!;
      expect(network.open).toBe(want.authenticationIsOpen);
      // Strongest BSSID first; it gives the network its signal and channel.
      const strongest = [...want.bssids].sort((a, b) => b.signalPercent - a.signalPercent);
      expect(network.bssids).toEqual(strongest.map((b) => b.bssid.toLowerCase()));
      expect(network.signal).toBe(strongest[0]?.signalPercent);
      expect(network.channel).toBe(strongest[0]?.channel);
    });
    const name = entry.expected?.interfaceNameAsStored ?? entry.expected?.interfaceName;
    if (name !== undefined && entry.fileEncoding === 'utf-8' && _how === 'as published')
      expect(parseNetshNetworksInterface(text)).toBe(name);
  });
});

describe('the OEM code page', () => {
  it('decodes a Spanish pipe capture with cp850, where UTF-8 would lose the letters', () => {
    const bytes = readFileSync(join(dir, 'es-ES/show-networks-bssid.wifiscan-2018.cp850.bin'));
    expect(bytes.toString('utf8')).toContain('\ufffd');
    const text = decoderFor(850)!(bytes);
    expect(parseNetshNetworksInterface(text)).toBe('Conexión de red inalámbrica');
  });
});
