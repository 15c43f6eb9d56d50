// Port 80 as Particle's modified WICED HTTP server behaves: case-sensitive header search,
// MIME-based page matching, a 200 + chunked reply for every command URL, keep-alive unless
// `Connection: close` (softap-protocol.md §3).
import type { Socket } from 'node:net';
import type { CommandOutcome } from './command-dispatch';
import { atoi } from './jsmn-request';
import { abortOnClose, flushed, Listener } from './listener';
import type { PhotonCommandName } from './options';
import { SerialWorker } from './serial-worker';
import { SocketReader } from './socket-reader';

export interface HttpHost {
  readonly splitReplyWrites: boolean;
  /** 10 sockets since 0.7.0, 1 before. */
  readonly maxSockets: number;
  /** ≥ 0.7.0 ends chunked replies with `0\r\n\r\n`; ≤ 0.6 never does. */
  readonly terminateChunks: boolean;
  /** ≤ 0.6 waits this long for each further body packet; null = accumulate until complete. */
  readonly bodyPacketWaitMs: number | null;
  isCommand(name: string): name is PhotonCommandName;
  execute(
    name: PhotonCommandName,
    body: string | null,
    write: (piece: string) => void,
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
  contentLength: number;
  contentType: string | null;
  chunkedUpload: boolean;
  close: boolean;
}

/** strnstr + atoi, exactly as case-sensitive as the firmware. */
function headerValue(headers: string, name: string): string | null {
  const at = headers.indexOf(name);
  if (at < 0) return null;
  const end = headers.indexOf('\r\n', at);
  return headers.slice(at + name.length, end < 0 ? undefined : end);
}

function parseHead(head: string): Request | 'ignored' {
  const lineEnd = head.indexOf('\r\n');
  const requestLine = lineEnd < 0 ? head : head.slice(0, lineEnd);
  const method = /^(GET|POST|PUT) /.exec(requestLine)?.[1];
  if (method === undefined || !requestLine.includes(' HTTP/1.1')) return 'ignored';
  const url = requestLine.slice(method.length + 1).split(' ')[0] ?? '';
  const length = headerValue(head, 'Content-Length: ');
  return {
    method,
    path: url.split('?')[0] ?? '',
    headers: head,
    contentLength: length === null ? 0 : Math.max(0, atoi(length)),
    contentType: headerValue(head, 'Content-Type: '),
    chunkedUpload: head.includes('Transfer-Encoding: chunked'),
    close: head.includes('Connection: close'),
  };
}

const knownMime = (contentType: string | null): string | null =>
  contentType === null
    ? null
    : (KNOWN_MIME_TYPES.find((mime) => contentType.startsWith(mime)) ?? null);

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
    void this.serve(socket);
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

  private async serve(socket: Socket): Promise<void> {
    socket.setNoDelay(true);
    const reader = new SocketReader(socket);
    const signal = abortOnClose(socket);
    for (;;) {
      const raw = await reader.readThrough('\r\n\r\n');
      if (raw === null) break;
      const request = parseHead(raw.toString('latin1'));
      if (request === 'ignored') {
        const line = raw.toString('latin1').split('\r\n')[0] ?? '';
        this.host.noteRequest(line.split(' ')[0] ?? '', line.split(' ')[1] ?? '', 'no-response');
        continue;
      }
      let body: Buffer | null;
      let keepGoing = !request.close;
      if (request.chunkedUpload && headerValue(request.headers, 'Content-Length: ') === null) {
        // Not decoded: without a Content-Length the body is empty; the chunk lines are discarded.
        reader.take(reader.buffered);
        body = Buffer.alloc(0);
        keepGoing = false;
      } else if (request.contentLength > 0) {
        body = await reader.readExactly(request.contentLength, this.host.bodyPacketWaitMs);
        if (body === null) break;
      } else {
        body = Buffer.alloc(0);
      }
      const result = await this.worker.run(() => this.respond(socket, request, body, signal));
      if (result !== 'keep-alive' || !keepGoing || socket.destroyed) {
        if (result === 'keep-alive') socket.end();
        break;
      }
    }
    if (!socket.destroyed && reader.isEnded) socket.end();
  }

  private headers(status: string, contentType: string, close: boolean, extra = ''): string {
    return (
      `HTTP/1.1 ${status}\r\nContent-Type: ${contentType}\r\n${NO_CACHE}` +
      `Connection: ${close ? 'close' : 'Keep-Alive'}\r\n${extra}Transfer-Encoding: chunked\r\n\r\n`
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

  private async respond(
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
            Buffer.from(this.headers('200 OK', 'text/plain', request.close)),
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
          ? this.headers(
              '301 Moved Permanently',
              'text/plain',
              request.close,
              'Location: /hello\r\n',
            )
          : this.headers('404 Not Found', 'text/html', request.close);
        socket.write(head + this.terminator);
        return 'keep-alive';
      }
      case 'command':
        this.host.noteRequest(request.method, request.path, 200);
        return this.runCommand(socket, request, page.name, body, signal);
    }
  }

  private async runCommand(
    socket: Socket,
    request: Request,
    name: PhotonCommandName,
    body: Buffer,
    signal: AbortSignal,
  ): Promise<'keep-alive' | 'closed'> {
    // Status 200 is decided before the command runs; CORS header since 0.4.4.
    const pending: Buffer[] = [
      Buffer.from(
        this.headers(
          '200 OK',
          'application/json',
          request.close,
          'Access-Control-Allow-Origin: *\r\n',
        ),
      ),
    ];
    let written = false;
    const flush = (): void => {
      if (pending.length > 0 && !socket.destroyed) socket.write(Buffer.concat(pending.splice(0)));
    };
    const write = (piece: string): void => {
      written = true;
      pending.push(this.chunk(Buffer.from(piece, 'utf8')));
      if (this.host.splitReplyWrites) flush();
    };
    if (this.host.splitReplyWrites) flush();
    const outcome = await this.host.execute(name, body.toString('utf8'), write, signal);
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
