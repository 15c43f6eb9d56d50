import { describe, expect, it } from 'vitest';
import {
  DEVICE_MSS_BYTES,
  encodeHttpRequest,
  encodeTcpRequest,
  spansPackets,
} from '../../../electron/core/softap/framing';

describe('TCP framing', () => {
  it('sends a bodyless command with length 0 and the blank line', () => {
    expect(encodeTcpRequest('device-id').toString('utf8')).toBe('device-id\n0\n\n');
  });

  it('matches the documented set example', () => {
    expect(
      encodeTcpRequest('set', Buffer.from('{"k":"cc","v":"ABCDEFGHIJK"}')).toString('utf8'),
    ).toBe('set\n28\n\n{"k":"cc","v":"ABCDEFGHIJK"}');
  });

  it('counts bytes, not UTF-16 units, and uses LF only', () => {
    const body = '{"ssid":"Café😀"}';
    const request = encodeTcpRequest('configure-ap', Buffer.from(body));
    expect(body.length).toBe(17);
    expect(request.toString('utf8')).toBe(`configure-ap\n20\n\n${body}`);
    expect(request.includes('\r')).toBe(false);
  });
});

describe('HTTP framing', () => {
  it('GETs bodyless commands with exact-case headers and no Content-Type', () => {
    expect(encodeHttpRequest('version', undefined, '127.0.0.1', 80).toString('latin1')).toBe(
      'GET /version HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
    );
  });

  it('POSTs bodies with a byte-counted Content-Length', () => {
    const request = encodeHttpRequest('set', Buffer.from('{"v":"é"}'), '127.0.0.1', 8080).toString(
      'utf8',
    );
    expect(request).toBe(
      'POST /set HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nContent-Length: 10\r\nConnection: close\r\n\r\n{"v":"é"}',
    );
    expect(request).not.toMatch(/content-type/i);
    expect(request).not.toMatch(/content-length/);
  });
});

describe('HTTP requests and the device packet', () => {
  it('asks for Connection: close only when the whole request fits one 1152-byte packet', () => {
    const request = (n: number) => encodeHttpRequest('set', Buffer.alloc(n, 0x41), '127.0.0.1', 80);
    const closes = (n: number) => request(n).toString('latin1').includes('Connection: close');
    expect(closes(100)).toBe(true);
    expect(spansPackets(request(100))).toBe(false);
    // The largest body that still fits with the header makes a request of exactly one packet.
    let largest = 100;
    while (closes(largest + 1)) largest += 1;
    expect(request(largest).length).toBe(DEVICE_MSS_BYTES);
    expect(request(largest + 1).toString('latin1')).not.toContain('Connection');
    expect(spansPackets(request(largest + 1))).toBe(false);
    expect(spansPackets(request(DEVICE_MSS_BYTES))).toBe(true);
  });

  it('carries body bytes as they are, whatever their encoding', () => {
    const raw = Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]);
    expect(encodeTcpRequest('set', raw).subarray(-5)).toEqual(raw);
    expect(encodeHttpRequest('set', raw, '127.0.0.1', 80).subarray(-5)).toEqual(raw);
    expect(encodeHttpRequest('set', raw, '127.0.0.1', 80).toString('latin1')).toContain(
      'Content-Length: 5\r\n',
    );
  });
});
