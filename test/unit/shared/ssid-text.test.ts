import { describe, expect, it } from 'vitest';
import { bytesToHex, displaySsid, hexToBytes, ssidText } from '../../../shared/ssid-text';

describe('SSID bytes and their text forms', () => {
  it('round-trips bytes through hex', () => {
    const bytes = Uint8Array.from([0x00, 0x7f, 0xe9, 0xff]);
    expect(bytesToHex(bytes)).toBe('007fe9ff');
    expect(hexToBytes('007fE9ff')).toEqual(bytes);
    expect(hexToBytes('abc')).toBeNull();
    expect(hexToBytes('zz')).toBeNull();
  });

  it('reads valid UTF-8 as UTF-8 and anything else as Latin-1, never U+FFFD', () => {
    expect(ssidText(Buffer.from('Café 😀'))).toBe('Café 😀');
    expect(ssidText(Buffer.from('Café-Net', 'latin1'))).toBe('Café-Net');
    expect(ssidText(Uint8Array.from([0x41, 0xff, 0x42]))).toBe('A\u00ffB');
    expect(ssidText(Uint8Array.from([0x41, 0xff]))).not.toContain('\ufffd');
  });

  it('escapes control and bidi characters, and nothing else', () => {
    expect(displaySsid('Clear\u001b[2J\u0007')).toBe('Clear\\x1B[2J\\x07');
    expect(displaySsid('evil\u202etxt.exe')).toBe('evil\\u202Etxt.exe');
    expect(displaySsid('line\nfeed\u0085')).toBe('line\\x0Afeed\\x85');
    expect(displaySsid('zero\u200bwidth\u2066iso\ufeff')).toBe('zero\\u200Bwidth\\u2066iso\\uFEFF');
    // A literal backslash is not an escape: Lab\net stays as the operator's router shows it.
    expect(displaySsid('Lab\\net')).toBe('Lab\\net');
    expect(displaySsid('Café 😀 ’ 日本')).toBe('Café 😀 ’ 日本');
  });
});
