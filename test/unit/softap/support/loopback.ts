// Throwaway servers on 127.0.0.1 port 0 that play a Photon badly or well, one behaviour per test.
import net from 'node:net';
import { constants, generateKeyPairSync, privateDecrypt } from 'node:crypto';

export interface Loopback {
  port: number;
  /** Every request as received, one Buffer per connection. */
  requests: Buffer[];
  connections: number;
  close(): Promise<void>;
}

export type Handler = (socket: net.Socket, index: number) => void;

export async function startServer(handler: Handler): Promise<Loopback> {
  const sockets = new Set<net.Socket>();
  const state = { requests: [] as Buffer[], connections: 0 };
  const server = net.createServer((socket) => {
    const index = state.connections;
    state.connections += 1;
    sockets.add(socket);
    state.requests[index] = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      state.requests[index] = Buffer.concat([state.requests[index] ?? Buffer.alloc(0), chunk]);
    });
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    handler(socket, index);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  return {
    port: address.port,
    get requests() {
      return state.requests;
    },
    get connections() {
      return state.connections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port with nothing listening: bind, read the port, close. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface TcpRequest {
  name: string;
  body: string;
}

/** Resolves once a whole `name\nLEN\n\nBODY` request has arrived (LEN counted in bytes). */
export function readTcpRequest(socket: net.Socket): Promise<TcpRequest> {
  return new Promise((resolve) => {
    let buffer = Buffer.alloc(0);
    const onData = (chunk: Buffer): void => {
      buffer = Buffer.concat([buffer, chunk]);
      const headEnd = buffer.indexOf('\n\n');
      if (headEnd < 0) return;
      const [name = '', length = '0'] = buffer.subarray(0, headEnd).toString('utf8').split('\n');
      const body = buffer.subarray(headEnd + 2);
      if (body.length < Number(length)) return;
      socket.off('data', onData);
      resolve({ name, body: body.subarray(0, Number(length)).toString('utf8') });
    };
    socket.on('data', onData);
  });
}

export interface HttpRequest {
  method: string;
  path: string;
  head: string;
  body: string;
}

export function readHttpRequest(socket: net.Socket): Promise<HttpRequest> {
  return new Promise((resolve) => {
    let buffer = Buffer.alloc(0);
    const onData = (chunk: Buffer): void => {
      buffer = Buffer.concat([buffer, chunk]);
      const headEnd = buffer.indexOf('\r\n\r\n');
      if (headEnd < 0) return;
      const head = buffer.subarray(0, headEnd).toString('latin1');
      // Case-sensitive on purpose: that is how the device finds it.
      const length = Number(/\r\nContent-Length: (\d+)/.exec(head)?.[1] ?? '0');
      const body = buffer.subarray(headEnd + 4);
      if (body.length < length) return;
      socket.off('data', onData);
      const [method = '', path = ''] = head.split(' ');
      resolve({ method, path, head, body: body.subarray(0, length).toString('utf8') });
    };
    socket.on('data', onData);
  });
}

export const HTTP_HEAD =
  'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: Keep-Alive\r\nAccess-Control-Allow-Origin: *\r\nTransfer-Encoding: chunked\r\n\r\n';

/** The device's framing: every write its own chunk, here one chunk per character. */
export const chunkPerChar = (json: string): string =>
  [...Buffer.from(json, 'utf8')].map((byte) => `1\r\n${String.fromCharCode(byte)}\r\n`).join('');

export const wait = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

export interface TestKey {
  /** The `b` value a Photon would send: uppercase hex of SPKI DER + 132 zero bytes. */
  paddedHex: string;
  derHex: string;
  privatePem: string;
  /** RSA without padding, then PKCS#1 v1.5 type 2 unpadding by hand (Node ≥ 20 refuses v1.5 decrypt). */
  decrypt(cipherHex: string): Buffer;
}

export function makeTestKey(): TestKey {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const privatePem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  return {
    derHex: der.toString('hex').toUpperCase(),
    paddedHex: Buffer.concat([der, Buffer.alloc(294 - der.length)])
      .toString('hex')
      .toUpperCase(),
    privatePem,
    decrypt(cipherHex) {
      const raw = privateDecrypt(
        { key: privateKey, padding: constants.RSA_NO_PADDING },
        Buffer.from(cipherHex, 'hex'),
      );
      if (raw[0] !== 0 || raw[1] !== 2) throw new Error('not PKCS#1 v1.5 type 2');
      const separator = raw.indexOf(0, 2);
      if (separator < 10) throw new Error('padding shorter than 8 bytes');
      return raw.subarray(separator + 1);
    },
  };
}
