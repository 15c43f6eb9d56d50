// Request bytes for both transports (softap-protocol.md §2, §3.2). Bodies are bytes and lengths
// count them: the official clients send UTF-16 lengths and cut non-ASCII bodies short.

export const SOFTAP_COMMANDS = [
  'version',
  'device-id',
  'scan-ap',
  'public-key',
  'set',
  'configure-ap',
  'connect-ap',
] as const;

export type SoftApCommand = (typeof SOFTAP_COMMANDS)[number];

/** connect-ap's body is ignored by the device; the official clients send this one. */
export const CONNECT_AP_BODY = '{"idx":0}';

/** TCP 5609: `name\nLEN\n\nBODY`, LF only; a command without a body still needs `0` and the blank line. */
export function encodeTcpRequest(command: SoftApCommand, body?: Buffer): Buffer {
  const payload = body ?? Buffer.alloc(0);
  return Buffer.concat([Buffer.from(`${command}\n${payload.length}\n\n`), payload]);
}

/**
 * TCP_MSS of the Photon's lwIP (lwipopts.h): the largest segment it receives. Its HTTP server
 * handles one segment per receive event, so this is what "fits one packet" means.
 */
export const DEVICE_MSS_BYTES = 1152;

const hostHeader = (host: string, port: number): string => {
  const name = host.includes(':') ? `[${host}]` : host;
  return port === 80 ? name : `${name}:${port}`;
};

const CONNECTION_CLOSE = 'Connection: close';

/**
 * HTTP 80. The device matches header names case-sensitively, so `Content-Length` is spelled
 * exactly; no Content-Type, because known MIME types make it answer a bare 404 with no framing.
 * `Connection: close` makes firmware ≤ 0.6 (unterminated chunked replies) end the reply, but on
 * ≥ 0.7 the server queues the disconnect as soon as the first packet reached the page handler,
 * body complete or not (Lib_HTTP_Server.a, http_server.c:666/778): so it is sent only when the
 * whole request fits one device packet. A longer request goes without it (≥ 0.7 terminates its
 * chunked reply, and the reply reader never needs the end anyway).
 */
export function encodeHttpRequest(
  command: SoftApCommand,
  body: Buffer | undefined,
  host: string,
  port: number,
): Buffer {
  const lines = [
    `${body === undefined ? 'GET' : 'POST'} /${command} HTTP/1.1`,
    `Host: ${hostHeader(host, port)}`,
  ];
  if (body !== undefined) lines.push(`Content-Length: ${body.length}`);
  const encode = (headers: string[]): Buffer =>
    Buffer.concat([Buffer.from([...headers, '', ''].join('\r\n')), body ?? Buffer.alloc(0)]);
  const closing = encode([...lines, CONNECTION_CLOSE]);
  return closing.length <= DEVICE_MSS_BYTES ? closing : encode(lines);
}

/**
 * Whether an HTTP request reaches the device in more than one packet: TCP 5609 reads bodies as a
 * stream, so such a request is better sent there (and the server's search for
 * `Connection: close` covers the first packet's body too, so no header choice makes HTTP safe
 * for a body that happens to hold that text).
 */
export const spansPackets = (request: Buffer): boolean => request.length > DEVICE_MSS_BYTES;
