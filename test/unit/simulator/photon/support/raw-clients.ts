// Raw TCP/HTTP clients for simulator tests: every exchange is bounded by a timeout and reports
// how the connection ended, so a test can assert "no reply" without hanging.
import { connect, type Socket } from 'node:net';
import forge from 'node-forge';

type ConnectionEnd = 'closed' | 'reset' | 'timeout' | 'until';

export interface Exchange {
  data: Buffer;
  text: string;
  end: ConnectionEnd;
  /** Number of 'data' events (a hint of how the reply was split). */
  reads: number;
}

export interface ExchangeOptions {
  timeoutMs?: number;
  /** Stop (and destroy the socket) as soon as this returns true for the bytes so far. */
  until?: (data: Buffer) => boolean;
  /** Further writes, each after the given delay. */
  later?: Array<{ afterMs: number; data: string | Buffer }>;
  /** Called with the socket once connected (for tests that need to close it themselves). */
  onSocket?: (socket: Socket) => void;
}

export function exchange(
  port: number,
  request: string | Buffer,
  options: ExchangeOptions = {},
): Promise<Exchange> {
  const { timeoutMs = 1000, until, later = [] } = options;
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    options.onSocket?.(socket);
    const chunks: Buffer[] = [];
    let reads = 0;
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const finish = (end: ConnectionEnd): void => {
      if (settled) return;
      settled = true;
      timers.forEach(clearTimeout);
      socket.destroy();
      const data = Buffer.concat(chunks);
      resolve({ data, text: data.toString('latin1'), end, reads });
    };
    timers.push(setTimeout(() => finish('timeout'), timeoutMs));
    socket.on('connect', () => {
      socket.write(request);
      for (const step of later)
        timers.push(setTimeout(() => socket.write(step.data), step.afterMs));
    });
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      reads++;
      if (until?.(Buffer.concat(chunks))) finish('until');
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNRESET') finish('reset');
      else if (!settled) {
        settled = true;
        timers.forEach(clearTimeout);
        reject(error);
      }
    });
    socket.on('close', () => finish('closed'));
  });
}

/** The 5609 framing: `name LF length LF LF body`, length in bytes. */
export const tcpRequest = (name: string, body?: string): string =>
  body === undefined ? `${name}\n0\n\n` : `${name}\n${Buffer.byteLength(body)}\n\n${body}`;

/** Sends one TCP command and parses the JSON after the leading blank line (null = no JSON). */
export async function tcpCommand(
  port: number,
  name: string,
  body?: string,
  timeoutMs = 2000,
): Promise<unknown> {
  const reply = await exchange(port, tcpRequest(name, body), { timeoutMs });
  if (reply.end !== 'closed') throw new Error(`${name}: connection ended with ${reply.end}`);
  if (!reply.text.startsWith('\n\n'))
    throw new Error(`${name}: reply does not start with \\n\\n: ${JSON.stringify(reply.text)}`);
  const json = reply.data.subarray(2).toString('utf8');
  return json.length === 0 ? null : (JSON.parse(json) as unknown);
}

export interface HttpReply {
  statusLine: string;
  headerLines: string[];
  body: Buffer;
}

export function splitHttpReply(data: Buffer): HttpReply {
  const end = data.indexOf('\r\n\r\n');
  if (end < 0) throw new Error(`no header end in ${JSON.stringify(data.toString('latin1'))}`);
  const lines = data.subarray(0, end).toString('latin1').split('\r\n');
  return { statusLine: lines[0] ?? '', headerLines: lines.slice(1), body: data.subarray(end + 4) };
}

export interface Chunked {
  chunks: Buffer[];
  terminated: boolean;
}

export function parseChunked(body: Buffer): Chunked {
  const chunks: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd < 0) return { chunks, terminated: false };
    const size = parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
    if (Number.isNaN(size)) throw new Error('bad chunk size');
    if (size === 0)
      return { chunks, terminated: body.subarray(lineEnd, lineEnd + 4).toString() === '\r\n\r\n' };
    chunks.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}

/** True once a complete chunked reply (with terminator) is in `data`. */
export const chunkedComplete = (data: Buffer): boolean => {
  const head = data.indexOf('\r\n\r\n');
  return head >= 0 && parseChunked(data.subarray(head + 4)).terminated;
};

export function httpRequest(
  method: string,
  path: string,
  options: { body?: string | undefined; headers?: string[]; version?: string } = {},
): string {
  const headers = [`Host: 127.0.0.1`, ...(options.headers ?? [])];
  if (
    options.body !== undefined &&
    !headers.some((h) => h.toLowerCase().startsWith('content-length'))
  )
    headers.push(`Content-Length: ${Buffer.byteLength(options.body)}`);
  return `${method} ${path} ${options.version ?? 'HTTP/1.1'}\r\n${headers.join('\r\n')}\r\n\r\n${options.body ?? ''}`;
}

/** One HTTP command with `Connection: close`; returns the JSON of the chunked body (null = none). */
export async function httpCommand(port: number, name: string, body?: string): Promise<unknown> {
  const reply = await exchange(
    port,
    httpRequest(body === undefined ? 'GET' : 'POST', `/${name}`, {
      body,
      headers: ['Connection: close'],
    }),
    {
      timeoutMs: 2000,
    },
  );
  const { body: raw } = splitHttpReply(reply.data);
  const json = Buffer.concat(parseChunked(raw).chunks).toString('utf8');
  return json.length === 0 ? null : (JSON.parse(json) as unknown);
}

/** What every client does with the `b` field: DER from the front, RSAES-PKCS1-v1_5, lowercase hex. */
export function encryptForDevice(publicKeyField: string, plaintext: string | Buffer): string {
  const der = Buffer.from(publicKeyField, 'hex').subarray(0, 162);
  const asn1 = forge.asn1.fromDer(forge.util.createBuffer(der.toString('binary')));
  const key = forge.pki.publicKeyFromAsn1(asn1) as forge.pki.rsa.PublicKey;
  const data = Buffer.isBuffer(plaintext)
    ? plaintext.toString('binary')
    : forge.util.encodeUtf8(plaintext);
  return forge.util.bytesToHex(key.encrypt(data, 'RSAES-PKCS1-V1_5'));
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));
