import { describe, expect, it } from 'vitest';
import { encodeHttpRequest, encodeTcpRequest } from '../../../electron/core/softap/framing';

describe('TCP framing', () => {
  it('sends a bodyless command with length 0 and the blank line', () => {
    expect(encodeTcpRequest('device-id').toString('utf8')).toBe('device-id\n0\n\n');
  });

  it('matches the documented set example', () => {
    expect(encodeTcpRequest('set', '{"k":"cc","v":"ABCDEFGHIJK"}').toString('utf8')).toBe(
      'set\n28\n\n{"k":"cc","v":"ABCDEFGHIJK"}',
    );
  });

  it('counts bytes, not UTF-16 units, and uses LF only', () => {
    const body = '{"ssid":"Café😀"}';
    const request = encodeTcpRequest('configure-ap', body);
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
    const request = encodeHttpRequest('set', '{"v":"é"}', '127.0.0.1', 8080).toString('utf8');
    expect(request).toBe(
      'POST /set HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nContent-Length: 10\r\nConnection: close\r\n\r\n{"v":"é"}',
    );
    expect(request).not.toMatch(/content-type/i);
    expect(request).not.toMatch(/content-length/);
  });
});
