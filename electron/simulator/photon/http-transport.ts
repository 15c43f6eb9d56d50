// Port 80 as Particle's modified WICED HTTP server behaves: one packet at a time, case-sensitive
// header search, MIME-based page matching, a 200 + chunked reply for every command URL,
// keep-alive unless `Connection: close` (softap-protocol.md §3; softap-firmware.md §4, read from
// Lib_HTTP_Server.a v0.7.0/v2.3.1, whose event loop is identical in both).
import type { Socket } from 'node:net';
import type { CommandOutcome } from './command-dispatch';
import { atoi } from './jsmn-request';
import { abortOnClose, flushed, Listener } from './listener';
import type { PhotonCommandName } from './options';
import { SerialWorker } from './serial-worker';

export interface HttpHost {
  readonly splitReplyWrites: boolean;
  /** 10 sockets since 0.7.0, 1 before. */
  readonly maxSockets: number;
  /** ≥ 0.7.0 ends chunked replies with `0\r\n\r\n`; ≤ 0.6 never does. */
  readonly terminateChunks: boolean;
  /**
   * ≤ 0.6 waits this long for each further body packet inside the page handler; null (≥ 0.7) =
   * the server accumulates packets until Content-Length is reached.
   */
  readonly bodyPacketWaitMs: number | null;
  isCommand(name: string): name is PhotonCommandName;
  execute(
    name: PhotonCommandName,
    body: Buffer | null,
    write: (piece: Buffer) => void,
    signal: AbortSignal,
  ): Promise<CommandOutcome>;
  afterReply(outcome: CommandOutcome): void;
  noteRequest(method: string, path: string, response: number | 'no-response' | 'bare-404'): void;
}

/** The MIME table in Lib_HTTP_Server.a; matched by prefix, first hit wins. */
const KNOWN_MIME_TYPES = [
  'application/x-tlv8',
  'application/x-apple-binary-plist',
  'application/x-ns-proxy-autoconfig',
  'application/octet-stream',
  'application/javascript',
  'application/json',
  'application/hap+json',
  'application/pairing+tlv8',
  'application/hap+verify',
  'text/html',
  'text/plain',
  'text/event-stream',
  'text/css',
  'image/png',
  'image/gif',
  'image/vnd.microsoft.icon',
] as const;

const OCTET_STREAM = 'application/octet-stream';

const NO_CACHE =
  'Cache-Control: no-store, no-cache, must-revalidate, post-check=0, pre-check=0\r\nPragma: no-cache\r\n';

type Page =
  | { kind: 'redirect-root' }
  | { kind: 'hello' }
  | { kind: 'command'; name: PhotonCommandName }
  | { kind: 'application' };

interface Request {
  method: string;
  path: string;
  headers: string;
  /** Content-Length as sent, or null when the header is missing (exact spelling only). */
  contentLength: number | null;
  contentType: string | null;
  /** `Connection: close`, exact case, anywhere in the first packet, body included. */
  close: boolean;
}

/**
 * TCP_MSS of the device's lwIP (lwipopts.h): no segment it receives is longer, so a request
 * sent in one write reaches the HTTP server as packets of at most this many bytes.
 */
const DEVICE_MSS = 1152;
/** A first packet of this length or less is dropped (http_server.c:705, `request_length <= 17`). */
const MIN_FIRST_PACKET = 18;
/** total_message_data_remaining is a uint16 (`uxth`, http_server.c:764). */
const UINT16_MAX = 0xffff;
const HEADER_END = '\r\n\r\n';

/** strnstr + atoi, exactly as case-sensitive as the firmware. */
function headerValue(headers: string, name: string): string | null {
  const at = headers.indexOf(name);
  if (at < 0) return null;
  const end = headers.indexOf('\r\n', at);
  return headers.slice(at + name.length, end < 0 ? undefined : end);
}

/**
 * The first packet of a request (http_server.c:666–756): method, ` HTTP/1.1` and the whole
 * header block must be in it, or the packet is dropped without an answer.
 */
function parseFirstPacket(packet: Buffer): { request: Request; bodyPart: Buffer } | null {
  if (packet.length < MIN_FIRST_PACKET) return null;
  const text = packet.toString('latin1');
  const headEnd = text.indexOf(HEADER_END);
  if (headEnd < 0) return null;
  const head = text.slice(0, headEnd + HEADER_END.length);
  const lineEnd = head.indexOf('\r\n');
  const requestLine = head.slice(0, lineEnd);
  const method = /^(GET|POST|PUT) /.exec(requestLine)?.[1];
  if (method === undefined || !requestLine.includes(' HTTP/1.1')) return null;
  const url = requestLine.slice(method.length + 1).split(' ')[0] ?? '';
  const length = headerValue(head, 'Content-Length: ');
  return {
    request: {
      method,
      path: url.split('?')[0] ?? '',
      headers: head,
      contentLength: length === null ? null : atoi(length),
      contentType: headerValue(head, 'Content-Type: '),
      // strnstr over the whole packet (http_server.c:666): body text counts too.
      close: text.includes('Connection: close'),
    },
    bodyPart: packet.subarray(head.length),
  };
}

const knownMime = (contentType: string | null): string | null =>
  contentType === null
    ? null
    : (KNOWN_MIME_TYPES.find((mime) => contentType.startsWith(mime)) ?? null);

/** One client connection as the event thread sees it: packets, and a request waiting for its body. */
interface Connection {
  socket: Socket;
  signal: AbortSignal;
  /** Arrived and not yet handled, at most DEVICE_MSS bytes each. */
  packets: Buffer[];
  /** ≤ 0.6: the page handler itself is waiting for the next packet. */
  wake: (() => void) | null;
  /** ≥ 0.7: a request whose Content-Length is not all here yet (softap.cpp HTTPRequest). */
  pending: { request: Request; parts: Buffer[]; remaining: number } | null;
  /** Nothing more is answered on this connection (a uint16 wrap left it waiting forever). */
  dead: boolean;
}

export class HttpTransport {
  private readonly worker = new SerialWorker();
  private active = 0;
  private readonly waiting: Socket[] = [];
  readonly listener: Listener;

  constructor(private readonly host: HttpHost) {
    this.listener = new Listener((socket) => this.admit(socket));
  }

  private admit(socket: Socket): void {
    if (this.active >= this.host.maxSockets) {
      // No free socket: the connection waits in the backlog until one is released.
      socket.pause();
      this.waiting.push(socket);
      socket.once('close', () => {
        const index = this.waiting.indexOf(socket);
        if (index >= 0) this.waiting.splice(index, 1);
      });
      return;
    }
    this.active++;
    socket.once('close', () => {
      this.active--;
      const next = this.waiting.shift();
      if (next !== undefined && !next.destroyed) {
        this.admit(next);
        next.resume();
      }
    });
    this.serve(socket);
  }

  /** Page lookup: URL first, then the request's MIME type must equal the page's (if it is a known one). */
  private route(request: Request): Page | null {
    const mime = knownMime(request.contentType);
    const candidates: Array<{ page: Page; mime: string; matches: boolean }> = [
      { page: { kind: 'redirect-root' }, mime: 'text/html', matches: request.path === '/' },
      { page: { kind: 'hello' }, mime: 'text/plain', matches: request.path === '/hello' },
    ];
    const name = request.path.slice(1);
    if (this.host.isCommand(name)) {
      candidates.push({ page: { kind: 'command', name }, mime: OCTET_STREAM, matches: true });
    }
    candidates.push({ page: { kind: 'application' }, mime: OCTET_STREAM, matches: true });
    const hit = candidates.find((c) => c.matches && (mime === null || mime === c.mime));
    return hit?.page ?? null;
  }

  /**
   * Each TCP receive event carries one packet and the one event thread handles them in order
   * (http_server_event_thread_main). Loopback hands over whole writes, so they are cut at the
   * device's MSS here, as the real link would cut them.
   */
  private serve(socket: Socket): void {
    socket.setNoDelay(true);
    const connection: Connection = {
      socket,
      signal: abortOnClose(socket),
      packets: [],
      wake: null,
      pending: null,
      dead: false,
    };
    socket.on('data', (data: Buffer) => {
      for (let at = 0; at < data.length; at += DEVICE_MSS) {
        connection.packets.push(data.subarray(at, at + DEVICE_MSS));
        if (connection.wake !== null) {
          const wake = connection.wake;
          connection.wake = null;
          wake();
        } else {
          void this.worker.run(() => this.handlePacket(connection));
        }
      }
    });
    // The client's FIN reaches the event thread after the packets before it.
    socket.on('end', () => {
      void this.worker.run(async () => {
        if (!socket.destroyed) socket.end();
      });
    });
  }

  private async handlePacket(connection: Connection): Promise<void> {
    const packet = connection.packets.shift();
    const { socket } = connection;
    if (packet === undefined || connection.dead || socket.destroyed) return;
    const pending = connection.pending;
    if (pending !== null) {
      // A continuation packet: appended until Content-Length is reached; the `Connection: close`
      // check is skipped on this path (http_server.c:672–688, 0x58a).
      if (packet.length > pending.remaining) {
        // remaining -= length wraps the uint16 and softap.cpp's matches() never holds again.
        connection.pending = null;
        connection.dead = true;
        return;
      }
      pending.parts.push(packet);
      pending.remaining -= packet.length;
      if (pending.remaining > 0) return;
      connection.pending = null;
      await this.respond(connection, pending.request, Buffer.concat(pending.parts));
      return;
    }
    const first = parseFirstPacket(packet);
    if (first === null) {
      const line = packet.toString('latin1').split('\r\n')[0] ?? '';
      this.host.noteRequest(line.split(' ')[0] ?? '', line.split(' ')[1] ?? '', 'no-response');
      return;
    }
    const { request, bodyPart } = first;
    // Without an exact `Content-Length: ` the body is ignored, whatever the packet holds.
    if (request.contentLength === null || request.contentLength <= 0) {
      await this.respond(connection, request, Buffer.alloc(0));
      return;
    }
    const remaining = request.contentLength - bodyPart.length;
    if (remaining < 0 || remaining > UINT16_MAX) {
      // A Content-Length smaller than what came (or beyond 64 KiB) wraps the uint16; softap.cpp's
      // malloc of ~64 KiB fails and its 500 header is never flushed: no answer, ever (§4).
      connection.dead = true;
      this.host.noteRequest(request.method, request.path, 'no-response');
      if (request.close) socket.end();
      return;
    }
    if (remaining === 0) {
      await this.respond(connection, request, bodyPart);
      return;
    }
    if (this.host.bodyPacketWaitMs !== null) {
      // ≤ 0.6: the page handler pulls the next packets itself, 3 s each, and the disconnect is
      // queued only after it returns (read_from_http_body_part, v0.6.4 l.896–916).
      const body = await this.readLegacyBody(connection, bodyPart, request.contentLength);
      await this.respond(connection, request, body);
      return;
    }
    if (request.close) {
      // ≥ 0.7 queues the disconnect as soon as this first packet reached the page handler
      // (http_server.c:778 `exit: if (r9) disconnect`): the rest of the body is never read and
      // the client gets EOF with zero bytes.
      connection.dead = true;
      this.host.noteRequest(request.method, request.path, 'no-response');
      socket.end();
      return;
    }
    connection.pending = { request, parts: [bodyPart], remaining };
  }

  private async readLegacyBody(
    connection: Connection,
    first: Buffer,
    length: number,
  ): Promise<Buffer> {
    const parts = [first];
    let have = first.length;
    const waitMs = this.host.bodyPacketWaitMs ?? 0;
    while (have < length && !connection.socket.destroyed) {
      let packet = connection.packets.shift();
      if (packet === undefined) {
        const arrived = await new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => {
            connection.wake = null;
            resolve(false);
          }, waitMs);
          connection.wake = () => {
            clearTimeout(timer);
            resolve(true);
          };
        });
        if (!arrived) break;
        packet = connection.packets.shift();
        if (packet === undefined) continue;
      }
      parts.push(packet);
      have += packet.length;
    }
    return Buffer.concat(parts).subarray(0, length);
  }

  /** Answers a complete request, then acts on `Connection: close` (http_server.c:778). */
  private async respond(connection: Connection, request: Request, body: Buffer): Promise<void> {
    const { socket } = connection;
    const result = await this.answer(socket, request, body, connection.signal);
    if (result === 'keep-alive' && request.close && !socket.destroyed) socket.end();
  }

  /** The reply always says Keep-Alive, even when it is about to disconnect (http_server.c:314–374). */
  private headers(status: string, contentType: string, extra = ''): string {
    return (
      `HTTP/1.1 ${status}\r\nContent-Type: ${contentType}\r\n${NO_CACHE}` +
      `Connection: Keep-Alive\r\n${extra}Transfer-Encoding: chunked\r\n\r\n`
    );
  }

  private chunk(data: Buffer): Buffer {
    return Buffer.concat([
      Buffer.from(`${data.length.toString(16)}\r\n`),
      data,
      Buffer.from('\r\n'),
    ]);
  }

  private get terminator(): string {
    return this.host.terminateChunks ? '0\r\n\r\n' : '';
  }

  private async answer(
    socket: Socket,
    request: Request,
    body: Buffer,
    signal: AbortSignal,
  ): Promise<'keep-alive' | 'closed'> {
    if (socket.destroyed) return 'closed';
    const page = this.route(request);
    if (page === null) {
      // A known non-octet-stream Content-Type: nothing matches, not even /*; no body framing.
      this.host.noteRequest(request.method, request.path, 'bare-404');
      socket.write('HTTP/1.1 404 Not Found\r\n\r\n');
      return 'keep-alive';
    }
    switch (page.kind) {
      case 'redirect-root':
        this.host.noteRequest(request.method, request.path, 301);
        socket.write('HTTP/1.1 301\r\nLocation: /index\r\nContent-Length: 0\r\n\r\n');
        return 'keep-alive';
      case 'hello': {
        this.host.noteRequest(request.method, request.path, 200);
        const text = this.chunk(Buffer.from('Soft AP Setup\0', 'latin1'));
        socket.write(
          Buffer.concat([
            Buffer.from(this.headers('200 OK', 'text/plain')),
            text,
            Buffer.from(this.terminator),
          ]),
        );
        return 'keep-alive';
      }
      case 'application': {
        // default_page_handler: /index redirects to /hello, anything else is an empty 404.
        const isIndex = request.path === '/index';
        this.host.noteRequest(request.method, request.path, isIndex ? 301 : 404);
        const head = isIndex
          ? this.headers('301 Moved Permanently', 'text/plain', 'Location: /hello\r\n')
          : this.headers('404 Not Found', 'text/html');
        socket.write(head + this.terminator);
        return 'keep-alive';
      }
      case 'command':
        this.host.noteRequest(request.method, request.path, 200);
        return this.runCommand(socket, page.name, body, signal);
    }
  }

  private async runCommand(
    socket: Socket,
    name: PhotonCommandName,
    body: Buffer,
    signal: AbortSignal,
  ): Promise<'keep-alive' | 'closed'> {
    // Status 200 is decided before the command runs; CORS header since 0.4.4.
    const pending: Buffer[] = [
      Buffer.from(this.headers('200 OK', 'application/json', 'Access-Control-Allow-Origin: *\r\n')),
    ];
    let written = false;
    const flush = (): void => {
      if (pending.length > 0 && !socket.destroyed) socket.write(Buffer.concat(pending.splice(0)));
    };
    // scan-ap streams its entries as the scan delivers them (produce_response), so a scan that
    // wedges leaves its first entries on the wire, cut mid-entry (device-os#1334).
    const streaming = this.host.splitReplyWrites || name === 'scan-ap';
    const write = (piece: Buffer): void => {
      written = true;
      pending.push(this.chunk(piece));
      if (streaming) flush();
    };
    if (streaming) flush();
    const outcome = await this.host.execute(name, body, write, signal);
    if (outcome.end === 'hang') {
      if (!socket.destroyed) socket.end();
      return 'closed';
    }
    if (outcome.connect === 'reset') {
      socket.resetAndDestroy();
      this.host.afterReply(outcome);
      return 'closed';
    }
    if (outcome.end === 'drop') {
      if (written) flush();
      await flushed(socket);
      socket.end();
      this.host.afterReply(outcome);
      return 'closed';
    }
    pending.push(Buffer.from(this.terminator));
    flush();
    await flushed(socket);
    this.host.afterReply(outcome);
    return 'keep-alive';
  }
}
