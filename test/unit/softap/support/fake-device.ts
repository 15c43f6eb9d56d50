// A just-enough Photon for client tests: both transports, scripted replies per command. The full
// simulator lives in electron/simulator/photon and is deliberately not used here.
import type net from 'node:net';
import {
  chunkPerChar,
  HTTP_HEAD,
  makeTestKey,
  readHttpRequest,
  readTcpRequest,
  startServer,
  type Loopback,
  type TestKey,
} from './loopback';

export type Reply =
  | { json: string }
  /** Close after reading the request, sending nothing (TCP: the `\n\n` prefix only). */
  | { close: true }
  | { reset: true }
  | { silent: true };

interface Received {
  name: string;
  body: string;
  transport: 'tcp' | 'http';
  head?: string;
}

export interface FakeDevice {
  tcp: Loopback;
  http: Loopback;
  key: TestKey;
  received: Received[];
  /** Replies queued per command; when empty, `defaults` answers. */
  script: Map<string, Reply[]>;
  close(): Promise<void>;
}

export async function startFakeDevice(
  overrides: Record<string, (body: string) => Reply> = {},
): Promise<FakeDevice> {
  const key = makeTestKey();
  const received: Received[] = [];
  const script = new Map<string, Reply[]>();
  const defaults: Record<string, (body: string) => Reply> = {
    version: () => ({ json: '{"v":2}' }),
    'device-id': () => ({ json: '{"id":"3A0042000847353138383138","c":"1"}' }),
    'public-key': () => ({ json: `{"b":"${key.paddedHex}","r":0}` }),
    set: () => ({ json: '{"r":0}' }),
    'scan-ap': () => ({
      json: '{"scans":[{"ssid":"Home","rssi":-48,"sec":4194310,"ch":6,"mdr":72200},{"ssid":"Photon-XY12","rssi":-30,"sec":0,"ch":11,"mdr":54000}]}',
    }),
    'configure-ap': () => ({ json: '{"r":0}' }),
    'connect-ap': () => ({ json: '{"r":0}' }),
    ...overrides,
  };
  const replyFor = (name: string, body: string): Reply => {
    const queued = script.get(name)?.shift();
    if (queued !== undefined) return queued;
    const handler = defaults[name];
    return handler === undefined ? { close: true } : handler(body);
  };
  const act = (
    socket: net.Socket,
    reply: Reply,
    framed: (json: string) => string,
    prefix: string,
  ): void => {
    if ('silent' in reply) return;
    if ('reset' in reply) {
      socket.resetAndDestroy();
      return;
    }
    if ('close' in reply) {
      socket.end(prefix);
      return;
    }
    socket.end(framed(reply.json));
  };
  const tcp = await startServer((socket) => {
    void readTcpRequest(socket).then(({ name, body }) => {
      received.push({ name, body, transport: 'tcp' });
      // Split across writes, as the device's stream does.
      const reply = replyFor(name, body);
      if ('json' in reply) {
        const text = `\n\n${reply.json}`;
        const middle = Math.floor(text.length / 2);
        socket.write(text.slice(0, middle));
        setTimeout(() => socket.end(text.slice(middle)), 5);
        return;
      }
      act(socket, reply, (json) => `\n\n${json}`, '\n\n');
    });
  });
  const http = await startServer((socket) => {
    void readHttpRequest(socket).then(({ path, body, head }) => {
      const name = path.slice(1);
      received.push({ name, body, transport: 'http', head });
      act(
        socket,
        replyFor(name, body),
        (json) => `${HTTP_HEAD}${chunkPerChar(json)}0\r\n\r\n`,
        `${HTTP_HEAD}0\r\n\r\n`,
      );
    });
  });
  return {
    tcp,
    http,
    key,
    received,
    script,
    close: async () => {
      await Promise.all([tcp.close(), http.close()]);
    },
  };
}
