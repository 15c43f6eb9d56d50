import { describe, expect, it } from 'vitest';
import { ReplyAccumulator } from '../../../electron/core/softap/reply-parser';

const feed = (parser: ReplyAccumulator, bytes: Buffer, size = 1) => {
  for (let i = 0; i < bytes.length; i += size) {
    const result = parser.push(bytes.subarray(i, i + size));
    if (result !== null) return { result, at: i + size };
  }
  return { result: null, at: bytes.length };
};

describe('ReplyAccumulator', () => {
  it('parses byte by byte after the leading blank lines, as soon as the JSON is whole', () => {
    const reply = Buffer.from('\n\n{"id":"3A0042000847353138383138","c":"0"}');
    const parser = new ReplyAccumulator(1024);
    const { result, at } = feed(parser, reply);
    expect(at).toBe(reply.length);
    expect(result).toEqual({ kind: 'json', value: { id: '3A0042000847353138383138', c: '0' } });
  });

  it('does not wait for EOF and ignores whatever would follow', () => {
    const parser = new ReplyAccumulator(1024);
    expect(parser.push(Buffer.from('\r\n\r\n  {"r":'))).toBeNull();
    expect(parser.push(Buffer.from('0}'))).toEqual({ kind: 'json', value: { r: 0 } });
  });

  it('keeps a multibyte character split across chunks intact', () => {
    const reply = Buffer.from(
      '\n\n{"scans":[{"ssid":"Café 😀 ’","rssi":-40,"sec":0,"ch":1,"mdr":1}]}',
    );
    for (const size of [1, 2, 3, 5]) {
      const { result } = feed(new ReplyAccumulator(4096), reply, size);
      expect(result).toMatchObject({ kind: 'json', value: { scans: [{ ssid: 'Café 😀 ’' }] } });
    }
  });

  it('waits when a closing brace is not the end of the object', () => {
    const parser = new ReplyAccumulator(1024);
    expect(parser.push(Buffer.from('{"scans":[{"ssid":"a","rssi":-1}'))).toBeNull();
    expect(parser.push(Buffer.from(']}'))).toMatchObject({ kind: 'json' });
  });

  it('turns invalid UTF-8 into replacement characters instead of failing', () => {
    const parser = new ReplyAccumulator(1024);
    const bytes = Buffer.concat([
      Buffer.from('{"ssid":"a'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('b"}'),
    ]);
    expect(parser.push(bytes)).toEqual({ kind: 'json', value: { ssid: 'a\ufffd\ufffdb' } });
  });

  it('reports an all-whitespace reply as empty (rejected) and garbage as malformed', () => {
    const empty = new ReplyAccumulator(1024);
    expect(empty.push(Buffer.from('\n\n'))).toBeNull();
    expect(empty.finish()).toEqual({ kind: 'empty' });
    expect(new ReplyAccumulator(1024).finish()).toEqual({ kind: 'empty' });
    const broken = new ReplyAccumulator(1024);
    expect(broken.push(Buffer.from('\n\n{"scans":[{"ssid":"Bob"s"}]}'))).toBeNull();
    expect(broken.finish()).toMatchObject({ kind: 'malformed' });
  });

  it('gives up on replies larger than the cap', () => {
    const parser = new ReplyAccumulator(16);
    expect(parser.push(Buffer.from('{"b":"0123456789abcdef'))).toMatchObject({ kind: 'malformed' });
  });
});
