import { afterEach, describe, expect, it } from 'vitest';
import type { TransportRequest } from '../../../electron/core/softap/transport-tcp';
import { sendOverTcp } from '../../../electron/core/softap/transport-tcp';
import { sendOverHttp } from '../../../electron/core/softap/transport-http';
import {
  chunkPerChar,
  closedPort,
  HTTP_HEAD,
  readHttpRequest,
  readTcpRequest,
  startServer,
  wait,
  type Loopback,
} from './support/loopback';

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const request = (port: number, overrides: Partial<TransportRequest> = {}): TransportRequest => ({
  command: 'device-id',
  host: '127.0.0.1',
  port,
  connectTimeoutMs: 1_000,
  replyTimeoutMs: 1_000,
  maxReplyBytes: 64 * 1024,
  ...overrides,
});

describe('TCP transport', () => {
  it('sends the whole request and parses a reply split across writes', async () => {
    server = await startServer((socket) => {
      void readTcpRequest(socket).then(async () => {
        for (const part of ['\n', '\n{"id":"3A00420008', '47353138383138",', '"c":"0"}']) {
          socket.write(part);
          await wait(10);
        }
        socket.end();
      });
    });
    const outcome = await sendOverTcp(request(server.port));
    expect(outcome).toEqual({ kind: 'json', value: { id: '3A0042000847353138383138', c: '0' } });
    expect(server.requests[0]?.toString()).toBe('device-id\n0\n\n');
  });

  it('answers without waiting for the device to close (firmware ≤ 0.6 first socket)', async () => {
    server = await startServer((socket) => {
      void readTcpRequest(socket).then(() => socket.write('\n\n{"v":2}'));
    });
    const started = Date.now();
    const outcome = await sendOverTcp(
      request(server.port, { command: 'version', replyTimeoutMs: 5_000 }),
    );
    expect(outcome).toEqual({ kind: 'json', value: { v: 2 } });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('times out on a device that never answers, within the short timeout', async () => {
    server = await startServer(() => undefined);
    const started = Date.now();
    const outcome = await sendOverTcp(request(server.port, { replyTimeoutMs: 150 }));
    expect(outcome).toMatchObject({
      kind: 'failed',
      reason: 'reply-timeout',
      sent: true,
      timeoutMs: 150,
    });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('reports a close with no JSON as empty (the device rejected the request)', async () => {
    server = await startServer((socket) => {
      void readTcpRequest(socket).then(() => socket.end('\n\n'));
    });
    expect(await sendOverTcp(request(server.port))).toEqual({ kind: 'empty' });
    await server.close();
    server = await startServer((socket) => socket.end());
    expect(await sendOverTcp(request(server.port))).toEqual({ kind: 'empty' });
  });

  it('reports a reset and a refused port', async () => {
    server = await startServer((socket) => {
      void readTcpRequest(socket).then(() => socket.resetAndDestroy());
    });
    expect(
      await sendOverTcp(
        request(server.port, { command: 'connect-ap', body: Buffer.from('{"idx":0}') }),
      ),
    ).toMatchObject({
      kind: 'failed',
      reason: 'reset',
      sent: true,
    });
    expect(await sendOverTcp(request(await closedPort()))).toMatchObject({
      kind: 'failed',
      reason: 'refused',
      sent: false,
    });
  });

  it('stops when cancelled', async () => {
    server = await startServer(() => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const outcome = await sendOverTcp(
      request(server.port, { replyTimeoutMs: 10_000, signal: controller.signal }),
    );
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'cancelled' });
    const already = new AbortController();
    already.abort();
    expect(await sendOverTcp(request(server.port, { signal: already.signal }))).toMatchObject({
      reason: 'cancelled',
      sent: false,
    });
  });
});

describe('HTTP transport', () => {
  it('sends exact-case headers with a byte length and reads one-byte chunks', async () => {
    let head = '';
    server = await startServer((socket) => {
      void readHttpRequest(socket).then((received) => {
        head = received.head;
        socket.end(`${HTTP_HEAD}${chunkPerChar('{"r":0}')}0\r\n\r\n`);
      });
    });
    const body = '{"k":"cc","v":"é"}';
    const outcome = await sendOverHttp(
      request(server.port, { command: 'set', body: Buffer.from(body) }),
    );
    expect(outcome).toEqual({ kind: 'json', value: { r: 0 } });
    expect(head.split('\r\n')).toEqual([
      'POST /set HTTP/1.1',
      `Host: 127.0.0.1:${server.port}`,
      'Content-Length: 19',
      'Connection: close',
    ]);
    expect(server.requests[0]?.toString('utf8').endsWith(body)).toBe(true);
  });

  it('answers a never-terminated, never-closed chunked reply (firmware ≤ 0.6)', async () => {
    server = await startServer((socket) => {
      void readHttpRequest(socket).then(async () => {
        socket.write(HTTP_HEAD);
        for (const piece of chunkPerChar('{"v":2}').match(/1\r\n.\r\n/gs) ?? []) {
          socket.write(piece);
          await wait(2);
        }
      });
    });
    const outcome = await sendOverHttp(
      request(server.port, { command: 'version', replyTimeoutMs: 5_000 }),
    );
    expect(outcome).toEqual({ kind: 'json', value: { v: 2 } });
  });

  it('treats an empty chunked body as rejected and other statuses as http-status', async () => {
    server = await startServer((socket) => {
      void readHttpRequest(socket).then(() => socket.end(`${HTTP_HEAD}0\r\n\r\n`));
    });
    expect(await sendOverHttp(request(server.port))).toEqual({ kind: 'empty' });
    await server.close();
    server = await startServer((socket) => {
      void readHttpRequest(socket).then(() => socket.write('HTTP/1.1 404 Not Found\r\n\r\n'));
    });
    expect(await sendOverHttp(request(server.port))).toEqual({ kind: 'http-status', status: 404 });
  });

  it('times out on a server that sends headers and then nothing', async () => {
    server = await startServer((socket) => {
      void readHttpRequest(socket).then(() => socket.write(HTTP_HEAD));
    });
    expect(await sendOverHttp(request(server.port, { replyTimeoutMs: 100 }))).toMatchObject({
      kind: 'failed',
      reason: 'reply-timeout',
    });
  });
});
