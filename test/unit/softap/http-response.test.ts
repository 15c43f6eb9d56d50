import { describe, expect, it } from 'vitest';
import { HttpResponseReader } from '../../../electron/core/softap/http-response';
import { ReplyAccumulator } from '../../../electron/core/softap/reply-parser';
import { chunkPerChar, HTTP_HEAD } from './support/loopback';

function run(raw: string, size: number) {
  const http = new HttpResponseReader();
  const reply = new ReplyAccumulator(64 * 1024);
  const bytes = Buffer.from(raw, 'latin1');
  for (let i = 0; i < bytes.length; i += size) {
    const parsed = reply.push(http.push(bytes.subarray(i, i + size)));
    if (parsed !== null) return { parsed, http, at: Math.min(i + size, bytes.length) };
    if (http.complete) return { parsed: reply.finish(), http, at: i + size };
  }
  return { parsed: null, http, at: bytes.length };
}

describe('HttpResponseReader', () => {
  it('decodes one-byte chunks split at every position', () => {
    const raw = `${HTTP_HEAD}${chunkPerChar('{"r":0}')}0\r\n\r\n`;
    for (const size of [1, 2, 3, 7, 1000]) {
      expect(run(raw, size).parsed).toEqual({ kind: 'json', value: { r: 0 } });
    }
  });

  it('answers before the terminator, and without one (firmware ≤ 0.6)', () => {
    const raw = `${HTTP_HEAD}${chunkPerChar('{"v":2}')}`;
    const { parsed, http, at } = run(raw, 1);
    expect(parsed).toEqual({ kind: 'json', value: { v: 2 } });
    // Done at the closing brace's data byte, before even that chunk's CRLF.
    expect(at).toBe(raw.length - 2);
    expect(http.complete).toBe(false);
  });

  it('handles multi-byte chunks and UTF-8 split across chunks', () => {
    const json = Buffer.from('{"ssid":"Café"}', 'utf8');
    const first = json.subarray(0, 13); // ends inside é
    const rest = json.subarray(13);
    const raw = `${HTTP_HEAD}${first.length.toString(16)}\r\n${first.toString('latin1')}\r\n${rest.length.toString(16)}\r\n${rest.toString('latin1')}\r\n0\r\n\r\n`;
    expect(run(raw, 1).parsed).toEqual({ kind: 'json', value: { ssid: 'Café' } });
  });

  it('treats an empty chunked body as the device rejecting the request', () => {
    expect(run(`${HTTP_HEAD}0\r\n\r\n`, 1).parsed).toEqual({ kind: 'empty' });
  });

  it('reads Content-Length bodies and reports the status', () => {
    const raw = 'HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\n{"r":-2}';
    // Content-Length is 7, so only `{"r":-2` is body: incomplete JSON, malformed.
    expect(run(raw, 4).parsed).toMatchObject({ kind: 'malformed' });
    const ok = 'HTTP/1.1 200 OK\r\nContent-Length: 8\r\n\r\n{"r":-2}';
    expect(run(ok, 4).parsed).toEqual({ kind: 'json', value: { r: -2 } });
    const notFound = new HttpResponseReader();
    notFound.push(Buffer.from('HTTP/1.1 404 Not Found\r\n\r\n'));
    expect(notFound.head?.status).toBe(404);
  });

  it('flags bytes that are not HTTP', () => {
    const reader = new HttpResponseReader();
    reader.push(Buffer.from('\n\n{"r":0}'));
    expect(reader.malformed).toBe('not an HTTP response');
    const badChunk = new HttpResponseReader();
    badChunk.push(Buffer.from(`${HTTP_HEAD}zz\r\n`));
    expect(badChunk.malformed).toBe('bad chunk size line');
  });
});
