import { describe, expect, it } from 'vitest';
import {
  atoi,
  parseRequestLikeFirmware,
  unescapeCertificate,
} from '../../../../electron/simulator/photon/jsmn-request';

const SET = { k: 'string', v: 'string' } as const;
const CONFIGURE = { idx: 'primitive', ssid: 'string', sec: 'primitive', ch: 'primitive' } as const;

const fields = (body: string, schema: Record<string, 'string' | 'primitive'> = SET) => {
  const parsed = parseRequestLikeFirmware(body, schema);
  return parsed.ok ? Object.fromEntries(parsed.fields) : null;
};

describe('jsmn-like request parsing', () => {
  it('reads strings and primitives as raw text', () => {
    expect(fields('{"k":"cc","v":"abc"}')).toEqual({ k: 'cc', v: 'abc' });
    expect(fields('{"idx":0,"ssid":"Home","sec":4194308,"ch":6}', CONFIGURE)).toEqual({
      idx: '0',
      ssid: 'Home',
      sec: '4194308',
      ch: '6',
    });
  });

  it('keeps escapes verbatim', () => {
    expect(fields('{"k":"cc","v":"a\\/b\\"c"}')).toEqual({ k: 'cc', v: 'a\\/b\\"c' });
  });

  it('rejects the whole request on an unknown key', () => {
    expect(fields('{"k":"cc","v":"x","extra":"y"}')).toBeNull();
  });

  it('rejects a value of the wrong type', () => {
    expect(fields('{"k":"cc","v":123}')).toBeNull();
    expect(fields('{"idx":"0","ssid":"Home"}', CONFIGURE)).toBeNull();
    expect(fields('{"ssid":"Home","ch":"6"}', CONFIGURE)).toBeNull();
  });

  it('accepts true, false and null as primitives', () => {
    expect(fields('{"idx":true,"ssid":"A","sec":null,"ch":false}', CONFIGURE)).toEqual({
      idx: 'true',
      ssid: 'A',
      sec: 'null',
      ch: 'false',
    });
  });

  it('lets the last duplicate win', () => {
    expect(fields('{"k":"xx","v":"1","k":"cc","v":"2"}')).toEqual({ k: 'cc', v: '2' });
  });

  it('parses {} and [] with no fields, a top-level primitive too', () => {
    expect(fields('{}')).toEqual({});
    expect(fields('[]')).toEqual({});
    expect(fields(' 5 ')).toEqual({});
  });

  it('rejects empty, truncated and malformed bodies', () => {
    expect(fields('')).toBeNull();
    expect(fields('   ')).toBeNull();
    expect(fields('{"k":"cc","v":"ab')).toBeNull();
    expect(fields('{"k":"cc",')).toBeNull();
    expect(fields('{"k":"c\\qc"}')).toBeNull();
    expect(fields('["k","cc"]')).toBeNull();
    expect(fields('{"k":{"a":"b"}}')).toBeNull();
  });

  it('accepts unquoted keys (non-strict jsmn)', () => {
    expect(fields('{k:"cc",v:"abc"}')).toEqual({ k: 'cc', v: 'abc' });
  });

  it('stops reading at a NUL byte, like a C string', () => {
    expect(fields('{"k":"cc","v":"a"}\0garbage{')).toEqual({ k: 'cc', v: 'a' });
    expect(fields('{"k":"cc",\0"v":"a"}')).toBeNull();
  });

  it('tolerates surrounding whitespace', () => {
    expect(fields('\n  {"k" : "cc" , "v":"a"}  \n')).toEqual({ k: 'cc', v: 'a' });
  });
});

describe('atoi and certificate unescaping', () => {
  it('behaves like the C library', () => {
    expect(atoi('42')).toBe(42);
    expect(atoi('-7x')).toBe(-7);
    expect(atoi('true')).toBe(0);
    expect(atoi('null')).toBe(0);
    expect(atoi('4194308.9')).toBe(4194308);
    expect(atoi('99999999999')).toBe(2147483647);
  });

  it('decodes the escapes the firmware decodes; \\u or a trailing backslash empties it', () => {
    expect(unescapeCertificate('a\\r\\nb\\/c\\"d\\\\e')).toBe('a\r\nb/c"d\\e');
    // json_unescape's \u case is commented out: it returns 0 and the certificate is stored empty.
    expect(unescapeCertificate('a\\u0041')).toBe('');
    expect(unescapeCertificate('abc\\')).toBe('');
  });
});
