import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Core } from '../../../electron/core/api';
import { createSimulatedCore } from '../../../electron/simulated-core';
import { startWebHost, type WebHost } from '../../../electron/web-host';

let host: WebHost;
let core: Core;
let cookie: string;
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

const openSocket = (): Promise<WebSocket> =>
  new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${host.port}/ws`, {
      origin: `http://127.0.0.1:${host.port}`,
      headers: { cookie },
    });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });

const nextMessage = (socket: WebSocket): Promise<Record<string, unknown>> =>
  new Promise((resolve) => socket.once('message', (data) => resolve(JSON.parse(String(data)))));

beforeAll(async () => {
  core = await createSimulatedCore({ host: 'web' });
  host = await startWebHost({ core, rendererDir, log: { error: () => undefined } });
  const token = new URL(host.url).searchParams.get('token') ?? '';
  const exchange = await get(`/?token=${token}`);
  expect(exchange.status).toBe(303);
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
});
