// Request bytes for both transports (softap-protocol.md §2, §3.2). Lengths are UTF-8 byte counts:
// the official clients send UTF-16 lengths and cut non-ASCII bodies short.

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
export function encodeTcpRequest(command: SoftApCommand, body?: string): Buffer {
  const payload = body ?? '';
  return Buffer.from(`${command}\n${Buffer.byteLength(payload, 'utf8')}\n\n${payload}`, 'utf8');
}

const hostHeader = (host: string, port: number): string => {
  const name = host.includes(':') ? `[${host}]` : host;
  return port === 80 ? name : `${name}:${port}`;
};

/**
 * HTTP 80. The device matches header names case-sensitively, so `Content-Length` is spelled
 * exactly; no Content-Type, because known MIME types make it answer a bare 404 with no framing;
 * `Connection: close` so firmware ≤ 0.6 (unterminated chunked replies) still ends the reply.
 */
export function encodeHttpRequest(
  command: SoftApCommand,
  body: string | undefined,
  host: string,
  port: number,
): Buffer {
  const lines = [
    `${body === undefined ? 'GET' : 'POST'} /${command} HTTP/1.1`,
    `Host: ${hostHeader(host, port)}`,
  ];
  if (body !== undefined) lines.push(`Content-Length: ${Buffer.byteLength(body, 'utf8')}`);
  lines.push('Connection: close', '', body ?? '');
  return Buffer.from(lines.join('\r\n'), 'utf8');
}
