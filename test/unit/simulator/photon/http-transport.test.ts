import { request as httpRequestNode } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulatedPhoton, type SimulatedPhoton } from '../../../../electron/simulator/photon';
import { testKeyPem } from './support/key';
import {
  chunkedComplete,
  exchange,
  httpCommand,
  httpRequest,
  parseChunked,
  splitHttpReply,
} from './support/raw-clients';

let photon: SimulatedPhoton;
beforeEach(async () => {
  photon = await startSimulatedPhoton({
    privateKeyPem: testKeyPem(),
    deviceId: '3a0042000847353138383138',
  });
});
afterEach(() => photon.close());

const send = (raw: string, timeoutMs = 1000) =>
  exchange(photon.httpPort, raw, { timeoutMs, until: chunkedComplete });

describe('HTTP command replies', () => {
  it('always answers 200 with the WICED header set and chunked JSON', async () => {
    const reply = await send(httpRequest('GET', '/version'));
    const { statusLine, headerLines, body } = splitHttpReply(reply.data);
    expect(statusLine).toBe('HTTP/1.1 200 OK');
    expect(headerLines).toEqual([
      'Content-Type: application/json',
      'Cache-Control: no-store, no-cache, must-revalidate, post-check=0, pre-check=0',
      'Pragma: no-cache',
      'Connection: Keep-Alive',
      'Access-Control-Allow-Origin: *',
      'Transfer-Encoding: chunked',
    ]);
    expect(body.toString()).toBe('7\r\n{"v":2}\r\n0\r\n\r\n');
  });

  it('sends one chunk per firmware write', async () => {
    const result = await send(httpRequest('POST', '/set', { body: '{"k":"cc","v":"abc"}' }));
    const { chunks, terminated } = parseChunked(splitHttpReply(result.data).body);
    expect(chunks.map(String)).toEqual(['{', '"', 'r', '"', ':', '0', '}']);
    expect(terminated).toBe(true);
    const id = parseChunked(
      splitHttpReply((await send(httpRequest('GET', '/device-id'))).data).body,
    );
    expect(id.chunks.map(String)).toContain('3A0042000847353138383138');
    expect(
      splitHttpReply((await send(httpRequest('GET', '/device-id'))).data).body.toString(),
    ).toContain('\r\n18\r\n3A0042');
  });

  it('sees no body when Content-Length is not spelled exactly (headers + terminator only)', async () => {
    const body = '{"k":"cc","v":"abc"}';
    const reply = await send(
      httpRequest('POST', '/set', { body, headers: [`content-length: ${body.length}`] }),
    );
    const parsed = splitHttpReply(reply.data);
    expect(parsed.statusLine).toBe('HTTP/1.1 200 OK');
    expect(parsed.body.toString()).toBe('0\r\n\r\n');
    expect(photon.claimCode).toBeNull();
  });

  it('answers a bare 404 with no framing for a known non-octet-stream Content-Type', async () => {
    for (const type of ['application/json', 'text/plain;charset=UTF-8', 'text/html']) {
      const reply = await exchange(
        photon.httpPort,
        httpRequest('POST', '/set', {
          body: '{"k":"cc","v":"a"}',
          headers: [`Content-Type: ${type}`],
        }),
        { timeoutMs: 300 },
      );
      expect(reply.text).toBe('HTTP/1.1 404 Not Found\r\n\r\n');
      expect(reply.end).toBe('timeout');
    }
    expect(photon.claimCode).toBeNull();
  });

  it('serves commands with octet-stream, form-urlencoded or no Content-Type', async () => {
    for (const headers of [
      ['Content-Type: application/octet-stream'],
      ['Content-Type: application/x-www-form-urlencoded'],
      [],
    ]) {
      const reply = await send(
        httpRequest('POST', '/set', { body: '{"k":"cc","v":"ok"}', headers }),
      );
      expect(splitHttpReply(reply.data).body.toString()).toContain('0\r\n\r\n');
      expect(Buffer.concat(parseChunked(splitHttpReply(reply.data).body).chunks).toString()).toBe(
        '{"r":0}',
      );
    }
  });

  it('never answers OPTIONS, HEAD or HTTP/1.0', async () => {
    for (const raw of [
      httpRequest('OPTIONS', '/set'),
      httpRequest('HEAD', '/version'),
      httpRequest('GET', '/version', { version: 'HTTP/1.0' }),
    ]) {
      const reply = await exchange(photon.httpPort, raw, { timeoutMs: 200 });
      expect(reply).toMatchObject({ end: 'timeout', data: Buffer.alloc(0) });
    }
  });

  it('accepts GET, POST and PUT alike and ignores the query string', async () => {
    const put = await send(httpRequest('PUT', '/version?x=1'));
    expect(Buffer.concat(parseChunked(splitHttpReply(put.data).body).chunks).toString()).toBe(
      '{"v":2}',
    );
  });

  it('passes a chunked upload through undecoded (no JSON)', async () => {
    const raw = `POST /set HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n14\r\n{"k":"cc","v":"abc"}\r\n0\r\n\r\n`;
    const reply = await send(raw);
    expect(splitHttpReply(reply.data).body.toString()).toBe('0\r\n\r\n');
  });
});

describe('HTTP connection handling', () => {
  it('keeps the connection alive for a second request sent after the first reply', async () => {
    const reply = await exchange(photon.httpPort, httpRequest('GET', '/version'), {
      timeoutMs: 1000,
      later: [{ afterMs: 100, data: httpRequest('GET', '/version') }],
      until: (data) => data.toString().split('0\r\n\r\n').length === 3,
    });
    expect(reply.end).toBe('until');
    expect(reply.text.match(/HTTP\/1\.1 200 OK/g)).toHaveLength(2);
  });

  it('parses one request per packet: a second one in the same packet is never answered', async () => {
    const two = httpRequest('GET', '/version') + httpRequest('GET', '/version');
    const reply = await exchange(photon.httpPort, two, { timeoutMs: 300 });
    expect(reply.end).toBe('timeout');
    expect(reply.text.match(/HTTP\/1\.1 200 OK/g)).toHaveLength(1);
  });

  it('closes after the reply when the client sent Connection: close, still saying Keep-Alive', async () => {
    const reply = await exchange(
      photon.httpPort,
      httpRequest('GET', '/version', { headers: ['Connection: close'] }),
    );
    expect(reply.end).toBe('closed');
    // http_server.c:314–374 writes Keep-Alive whatever it is about to do.
    expect(reply.text).toContain('Connection: Keep-Alive\r\n');
    expect(reply.text).toContain('0\r\n\r\n');
  });

  it('works with Node http.request', async () => {
    const text = await new Promise<string>((resolve, reject) => {
      const body = '{"k":"cc","v":"node"}';
      const req = httpRequestNode(
        {
          host: '127.0.0.1',
          port: photon.httpPort,
          path: '/set',
          method: 'POST',
          headers: { 'Content-Length': body.length },
        },
        (res) => {
          let data = '';
          res.on('data', (chunk: Buffer) => (data += chunk.toString()));
          res.on('end', () => resolve(data));
        },
      );
      req.on('error', reject);
      req.setTimeout(2000, () => req.destroy(new Error('timeout')));
      req.end(body);
    });
    expect(text).toBe('{"r":0}');
    expect(photon.claimCode).toBe('node');
  });
});

describe('HTTP pages other than commands', () => {
  it('redirects / to /index with a raw 301', async () => {
    const reply = await exchange(photon.httpPort, httpRequest('GET', '/'), {
      until: (d) => d.includes('\r\n\r\n'),
    });
    expect(reply.text).toBe('HTTP/1.1 301\r\nLocation: /index\r\nContent-Length: 0\r\n\r\n');
  });

  it('redirects /index to /hello', async () => {
    const reply = await send(httpRequest('GET', '/index'));
    expect(splitHttpReply(reply.data).statusLine).toBe('HTTP/1.1 301 Moved Permanently');
    expect(splitHttpReply(reply.data).headerLines).toContain('Location: /hello');
  });

  it('serves /hello with a trailing NUL', async () => {
    const reply = await send(httpRequest('GET', '/hello'));
    expect(Buffer.concat(parseChunked(splitHttpReply(reply.data).body).chunks)).toEqual(
      Buffer.from('Soft AP Setup\0', 'latin1'),
    );
  });

  it('answers an empty chunked 404 for other paths', async () => {
    const reply = await send(httpRequest('GET', '/provision-keys'));
    const parsed = splitHttpReply(reply.data);
    expect(parsed.statusLine).toBe('HTTP/1.1 404 Not Found');
    expect(parsed.body.toString()).toBe('0\r\n\r\n');
  });

  it('returns null JSON for a helper on an empty body', async () => {
    expect(await httpCommand(photon.httpPort, 'set', '')).toBeNull();
  });
});

describe('HTTP requests are handled one device packet (MSS 1152) at a time', () => {
  const longSet = (headers: string[] = []) =>
    httpRequest('POST', '/set', { body: `{"k":"cc","v":"${'A'.repeat(2000)}"}`, headers });
  const jsonOf = (data: Buffer) =>
    Buffer.concat(parseChunked(splitHttpReply(data).body).chunks).toString();

  it('assembles a body that spans several packets and answers once it is whole', async () => {
    const reply = await send(longSet());
    expect(jsonOf(reply.data)).toBe('{"r":0}');
    expect(photon.claimCode).toBe('A'.repeat(63));
  });

  it('≥ 0.7: `Connection: close` with a multi-packet body disconnects after the first packet', async () => {
    const reply = await exchange(photon.httpPort, longSet(['Connection: close']), {
      timeoutMs: 1000,
    });
    expect(reply).toMatchObject({ end: 'closed', data: Buffer.alloc(0) });
    expect(photon.claimCode).toBeNull();
    // Only the exact spelling counts: Particle's own test client sends `Connection: Close`.
    const capital = await send(longSet(['Connection: Close']));
    expect(jsonOf(capital.data)).toBe('{"r":0}');
  });

  it('≥ 0.7: a body in a later packet is cut by `Connection: close` however small it is', async () => {
    const body = '{"k":"cc","v":"late"}';
    const head = httpRequest('POST', '/set', { body, headers: ['Connection: close'] }).slice(
      0,
      -body.length,
    );
    const reply = await exchange(photon.httpPort, head, {
      timeoutMs: 1000,
      later: [{ afterMs: 50, data: body }],
    });
    expect(reply).toMatchObject({ end: 'closed', data: Buffer.alloc(0) });
    expect(photon.claimCode).toBeNull();
  });

  it('drops a first packet that does not hold the whole header block', async () => {
    const raw = httpRequest('GET', '/version');
    const reply = await exchange(photon.httpPort, raw.slice(0, 20), {
      timeoutMs: 300,
      later: [{ afterMs: 50, data: raw.slice(20) }],
    });
    expect(reply).toMatchObject({ end: 'timeout', data: Buffer.alloc(0) });
  });

  it('never answers a Content-Length smaller than the body (the uint16 wraps)', async () => {
    const raw = httpRequest('POST', '/set', {
      body: '{"k":"cc","v":"abc"}',
      headers: ['Content-Length: 10'],
    });
    const reply = await exchange(photon.httpPort, raw, { timeoutMs: 300 });
    expect(reply).toMatchObject({ end: 'timeout', data: Buffer.alloc(0) });
  });

  it('≤ 0.6: the page handler reads the further packets itself, so `Connection: close` does not cut', async () => {
    await photon.close();
    photon = await startSimulatedPhoton({ privateKeyPem: testKeyPem(), firmware: '0.6' });
    const reply = await exchange(photon.httpPort, longSet(['Connection: close']), {
      timeoutMs: 1000,
    });
    expect(reply.end).toBe('closed');
    expect(jsonOf(reply.data)).toBe('{"r":0}');
  });
});
