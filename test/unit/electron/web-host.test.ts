import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Core } from '../../../electron/core/api';
import { createSimulatedCore } from '../../../electron/simulated-core';
import { PortBusyError, startWebHost, type WebHost } from '../../../electron/web-host';

let host: WebHost;
let core: Core;
let cookie: string;
let token: string;
const rendererDir = mkdtempSync(join(tmpdir(), 'photon-renderer-'));
mkdirSync(join(rendererDir, 'assets'));
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(tmpdir(), 'outside-secret.txt'), 'secret');

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const get = (path: string, headers: Record<string, string> = {}): Promise<Reply> =>
  new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });

const protocols = (): string[] => ['photon-setup.v1', `photon-token.${token}`];

const openSocket = (): Promise<WebSocket> =>
  new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${host.port}/ws`, protocols(), {
      origin: `http://127.0.0.1:${host.port}`,
      headers: { cookie },
    });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });

/** The handshake's status: 101 when it opened, the refusal's status otherwise. */
const handshake = (offered: string[], headers: Record<string, string>): Promise<number> =>
  new Promise((resolve) => {
    const socket = new WebSocket(`ws://127.0.0.1:${host.port}/ws`, offered, {
      origin: `http://127.0.0.1:${host.port}`,
      headers,
    });
    socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.on('open', () => {
      socket.close();
      resolve(101);
    });
    socket.on('error', () => resolve(-1));
  });

/** How the host closed a socket after `act`: its close code. */
const closeCodeAfter = (act: (socket: WebSocket) => void): Promise<number> =>
  openSocket().then(
    (socket) =>
      new Promise<number>((resolve) => {
        socket.on('error', () => undefined); // the host may reset us mid-send
        socket.once('close', (code) => resolve(code));
        act(socket);
      }),
  );

/** The page is still served and a fresh socket still answers: the host survived. */
async function expectHostServing(): Promise<void> {
  expect((await get('/', { cookie })).status).toBe(200);
  const socket = await openSocket();
  const reply = nextMessage(socket);
  socket.send(JSON.stringify({ type: 'invoke', id: 99, channel: 'app.info' }));
  expect(await reply).toMatchObject({ type: 'result', id: 99, envelope: { ok: true } });
  socket.close();
}

const nextMessage = (socket: WebSocket): Promise<Record<string, unknown>> =>
  new Promise((resolve) => socket.once('message', (data) => resolve(JSON.parse(String(data)))));

beforeAll(async () => {
  core = await createSimulatedCore({ host: 'web' });
  host = await startWebHost({ core, rendererDir, log: { error: () => undefined } });
  token = new URL(host.url).searchParams.get('token') ?? '';
  const exchange = await get(`/?token=${token}`);
  expect(exchange.status).toBe(303);
  // The token moves to the fragment, which the browser keeps and never sends to a server.
  expect(exchange.headers.location).toBe(`/#session=${token}`);
  cookie = String(exchange.headers['set-cookie']).split(';')[0] ?? '';
});

afterAll(async () => {
  await host.close();
  await core.close();
});

describe('web host', () => {
  it('listens on 127.0.0.1 only and prints a tokened URL', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
  });

  it('keeps a supported ?lang= through the token trade, and nothing else', async () => {
    const german = await get(`/?token=${token}&lang=de`);
    expect(german.headers.location).toBe(`/?lang=de#session=${token}`);
    const pseudo = await get(`/?token=${token}&lang=en-XA`);
    expect(pseudo.headers.location).toBe(`/?lang=en-XA#session=${token}`);
    for (const odd of ['fr', '%2F%2Fevil.example', 'de%0D%0ASet-Cookie:x=1'])
      expect((await get(`/?token=${token}&lang=${odd}`)).headers.location).toBe(
        `/#session=${token}`,
      );
  });

  it('serves the page with a strict CSP to a browser holding the session cookie', async () => {
    const page = await get('/', { cookie });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect((await get('/assets/app.js', { cookie })).status).toBe(200);
  });

  it('refuses other Host headers (DNS rebinding) and paths outside the renderer', async () => {
    expect((await get('/', { cookie, host: 'evil.example' })).status).toBe(421);
    expect((await get('/../outside-secret.txt', { cookie })).status).toBe(404);
    expect((await get('/%2e%2e/outside-secret.txt', { cookie })).status).toBe(404);
    expect((await get('/missing.js', { cookie })).status).toBe(404);
    expect((await get('/%E0%A4%A', { cookie })).status).toBe(400);
    expect((await get('/', { cookie })).status).toBe(200);
  });

  it('carries requests and events over the WebSocket', async () => {
    const socket = await openSocket();
    const reply = nextMessage(socket);
    socket.send(JSON.stringify({ type: 'invoke', id: 1, channel: 'app.info' }));
    expect(await reply).toEqual({
      type: 'result',
      id: 1,
      envelope: { ok: true, value: expect.objectContaining({ host: 'web', simulated: true }) },
    });
    const event = nextMessage(socket);
    core.events.emit('system.checked', {
      os: { platform: 'linux', release: '1', arch: 'x64', name: 'Linux' },
      wifiTool: { name: 'nmcli', path: null, runs: false, version: null, simulated: true },
      items: [],
      ready: true,
      checkedAt: '2026-11-27T00:00:00.000Z',
    });
    expect(await event).toMatchObject({ type: 'event', event: 'system.checked' });
    socket.close();
  });

  it('answers malformed messages with a protocol error and unknown channels with an envelope', async () => {
    const socket = await openSocket();
    let reply = nextMessage(socket);
    socket.send('{not json');
    expect(await reply).toMatchObject({ type: 'protocol-error' });
    reply = nextMessage(socket);
    socket.send(JSON.stringify({ type: 'invoke', id: 2, channel: 'fs.read', arg: '/etc/passwd' }));
    expect(await reply).toMatchObject({
      type: 'result',
      id: 2,
      envelope: { ok: false, error: { code: 'unknown-channel' } },
    });
    socket.close();
  });

  it('sets a cookie that is not the token, so a cookie seen by another local server opens no socket', () => {
    expect(cookie).toMatch(/^photon_setup_\d+=[\w-]{32}$/);
    expect(cookie).not.toContain(token);
  });
});

describe('web host against hostile input', () => {
  it('answers unparsable and odd request targets with 4xx, with or without a cookie', async () => {
    for (const headers of [{}, { cookie }]) {
      for (const path of ['//', '///', '//evil.example/x', '/%', '/%%', '/%E0%A4%A', '/\\\\x']) {
        const reply = await get(path, headers);
        expect(reply.status, `${path} ${JSON.stringify(headers)}`).toBeGreaterThanOrEqual(400);
        expect(reply.status).toBeLessThan(500);
      }
    }
    await expectHostServing();
  });

  it('survives what a cross-site <img src="http://127.0.0.1:PORT//"> sends', async () => {
    const reply = await get('//', {
      referer: 'https://evil.example/',
      'sec-fetch-site': 'cross-site',
      'sec-fetch-mode': 'no-cors',
      'sec-fetch-dest': 'image',
      accept: 'image/avif,image/webp,*/*',
    });
    expect(reply.status).toBe(403);
    await expectHostServing();
  });

  it('survives the same targets on the WebSocket upgrade', async () => {
    for (const path of ['//', '/%', '//evil.example/ws']) {
      const status = await new Promise<number>((resolve) => {
        const req = request({
          host: '127.0.0.1',
          port: host.port,
          path,
          headers: { connection: 'Upgrade', upgrade: 'websocket', cookie },
        });
        req.on('response', (response) => resolve(response.statusCode ?? 0));
        req.on('upgrade', (response) => resolve(response.statusCode ?? 0));
        req.on('error', () => resolve(-1));
        req.end();
      });
      expect(status === 401 || status === -1, `${path}: ${status}`).toBe(true);
    }
    await expectHostServing();
  });

  it('refuses a socket without the token on it, with a wrong one, or without the cookie', async () => {
    expect(await handshake(['photon-setup.v1'], { cookie })).toBe(401);
    expect(await handshake(['photon-setup.v1', 'photon-token.not-the-token'], { cookie })).toBe(
      401,
    );
    expect(await handshake(protocols(), {})).toBe(401);
    expect(await handshake(protocols(), { cookie })).toBe(101);
  });

  it('closes only the socket that sends a message over the limit (300 KB pasted in a field)', async () => {
    const bystander = await openSocket();
    const code = await closeCodeAfter((socket) =>
      socket.send(
        JSON.stringify({
          type: 'invoke',
          id: 1,
          channel: 'account.connect',
          arg: { method: 'token', accessToken: 'x'.repeat(300 * 1024) },
        }),
      ),
    );
    expect(code).toBe(1009);
    const reply = nextMessage(bystander);
    bystander.send(JSON.stringify({ type: 'invoke', id: 5, channel: 'app.info' }));
    expect(await reply).toMatchObject({ id: 5, envelope: { ok: true } });
    bystander.close();
    await expectHostServing();
  });

  it('closes a socket that sends a 50 MB message, and keeps serving', async () => {
    const code = await closeCodeAfter((socket) =>
      socket.send(Buffer.alloc(50 * 1024 * 1024, 0x20)),
    );
    expect([1009, 1006]).toContain(code);
    await expectHostServing();
  });

  it('closes a socket that sends a text frame that is not UTF-8, and keeps serving', async () => {
    const code = await closeCodeAfter((socket) =>
      socket.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { binary: false }),
    );
    expect(code).toBe(1007);
    await expectHostServing();
  });

  it('survives a client that resets its connection in the middle of an upgrade', async () => {
    const { connect } = await import('node:net');
    await new Promise<void>((resolve) => {
      const raw = connect(host.port, '127.0.0.1', () => {
        raw.write(`GET /ws HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nUpgrade: websocket\r\n`);
        raw.resetAndDestroy();
        resolve();
      });
      raw.on('error', () => resolve());
    });
    await expectHostServing();
  });

  it('says in one sentence that a busy port is busy', async () => {
    const second = startWebHost({ core, rendererDir, port: host.port });
    await expect(second).rejects.toBeInstanceOf(PortBusyError);
    await expect(second).rejects.toThrow(
      `Port ${host.port} on 127.0.0.1 is already in use by another program.`,
    );
    await expectHostServing();
  });
});
