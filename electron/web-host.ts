// The browser host: serves the built renderer on 127.0.0.1 and carries the contract over a
// WebSocket. Only a browser that opened the printed URL (with its per-start random token) gets
// the page or the socket; Host and Origin are checked so no other site can reach it. Nothing a
// client sends may take the host down: every target is parsed safely, every socket has an
// error handler, and a bad frame closes that one socket only.
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { join, resolve } from 'node:path';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { z } from 'zod';
import {
  SESSION_FRAGMENT_KEY,
  sessionCookieName,
  WEB_SOCKET_PATH,
  WEB_SOCKET_PROTOCOL,
  type ServerMessage,
} from '../shared/web-protocol';
import { isLocale } from '../shared/i18n';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import type { Core } from './core/api';
import { createDispatch, type DispatchLog } from './core/dispatch';
import { contentTypeOf, resolveRendererFile } from './renderer-files';
import { listenOnLoopback } from './web/listen';
import { parseRequestTarget } from './web/request-target';
import {
  createSessionSecrets,
  offeredSocketToken,
  readCookie,
  sameSecret,
} from './web/session-secrets';

export { PortBusyError } from './web/listen';

export interface WebHostOptions {
  core: Core;
  rendererDir: string;
  /** 0 or absent: a random free port. */
  port?: number;
  log?: DispatchLog;
}

export interface WebHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';
/** The largest message a window may send; the biggest real one (a certificate) is ~25 KB. */
const MAX_MESSAGE_BYTES = 256 * 1024;

const invokeSchema = z.object({
  type: z.literal('invoke'),
  id: z.number().int().nonnegative(),
  channel: z.string().max(100),
  arg: z.unknown().optional(),
});

/** The kind of a socket failure, for the log: ws's code or the error's name, never its text. */
const errorKind = (error: unknown): string =>
  (error as { code?: unknown }).code !== undefined
    ? String((error as { code: unknown }).code)
    : error instanceof Error
      ? error.name
      : typeof error;

/** A WebSocket message's bytes as text (ws hands a Buffer, an ArrayBuffer or fragments). */
const rawText = (data: RawData): string =>
  (Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer)).toString('utf8');

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const secrets = createSessionSecrets();
  const rendererDir = resolve(options.rendererDir);
  if (!existsSync(join(rendererDir, 'index.html')))
    throw new Error(
      `The renderer is not built: ${rendererDir}/index.html is missing. Run npm run build.`,
    );
  const log = options.log ?? options.core.log;
  const dispatch = createDispatch(options.core.handlers, log);
  let port = 0;

  const allowedHosts = (): string[] => [`${LOOPBACK}:${port}`, `localhost:${port}`];
  const isAllowedHost = (request: IncomingMessage): boolean =>
    allowedHosts().includes(request.headers.host ?? '');
  const hasSession = (request: IncomingMessage): boolean =>
    sameSecret(readCookie(request.headers.cookie, sessionCookieName(port)), secrets.cookieValue);

  const refuse = (response: ServerResponse, status: number, text: string): void => {
    response.writeHead(status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    response.end(text);
  };

  const server = createServer((request, response) => {
    if (!isAllowedHost(request)) {
      refuse(response, 421, 'Photon Setup answers only on 127.0.0.1.');
      return;
    }
    const url = parseRequestTarget(request.url);
    if (url === null) {
      refuse(response, 400, 'That address is not valid.');
      return;
    }
    const presented = url.searchParams.get('token') ?? undefined;
    if (presented !== undefined) {
      if (!sameSecret(presented, secrets.token)) {
        refuse(
          response,
          403,
          'This link is not valid for this Photon Setup window. Use the URL that `npm run demo` printed.',
        );
        return;
      }
      // Trade the token for a cookie; the token moves from the query (sent to servers) to the
      // fragment (kept in the browser), where the page picks it up for its WebSocket.
      // A language asked for in the printed URL (?token=…&lang=de) survives the trade; only a
      // language this build has, so the redirect never carries anything else.
      const lang = url.searchParams.get('lang') ?? '';
      const keep = isLocale(lang) ? `?lang=${encodeURIComponent(lang)}` : '';
      response.writeHead(303, {
        Location: `/${keep}#${SESSION_FRAGMENT_KEY}=${secrets.token}`,
        'Set-Cookie': `${sessionCookieName(port)}=${secrets.cookieValue}; HttpOnly; SameSite=Strict; Path=/`,
        'Cache-Control': 'no-store',
      });
      response.end();
      return;
    }
    if (!hasSession(request)) {
      refuse(
        response,
        403,
        'Open Photon Setup with the full URL that `npm run demo` printed (it carries a one-time token).',
      );
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      refuse(response, 405, 'Only GET is served here.');
      return;
    }
    serveFile(url.pathname, response);
  });

  const serveFile = (pathname: string, response: ServerResponse): void => {
    const found = resolveRendererFile(rendererDir, pathname);
    if (found.kind !== 'file') {
      if (found.kind === 'bad-request') refuse(response, 400, 'That address is not valid.');
      else refuse(response, 404, 'Not found.');
      return;
    }
    response.writeHead(200, {
      'Content-Type': contentTypeOf(found.path),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': found.path.endsWith('.html') ? 'no-store' : 'private, max-age=3600',
    });
    // A file removed between the check and the read ends this reply, not the host.
    createReadStream(found.path)
      .on('error', () => response.destroy())
      .pipe(response);
  };

  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_MESSAGE_BYTES,
    // The page offers [WEB_SOCKET_PROTOCOL, token]; the token is checked before the upgrade.
    handleProtocols: (offered) => (offered.has(WEB_SOCKET_PROTOCOL) ? WEB_SOCKET_PROTOCOL : false),
  });
  const send = (socket: WebSocket, message: ServerMessage): void => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };

  server.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    // Node's own handler left this socket with the upgrade; a reset now must not crash us.
    socket.on('error', () => socket.destroy());
    const path = parseRequestTarget(request.url)?.pathname;
    const origin = request.headers.origin;
    const originAllowed =
      origin !== undefined && allowedHosts().some((host) => origin === `http://${host}`);
    if (
      path !== WEB_SOCKET_PATH ||
      !isAllowedHost(request) ||
      !originAllowed ||
      !hasSession(request) ||
      !sameSecret(offeredSocketToken(request.headers['sec-websocket-protocol']), secrets.token)
    ) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (client) => sockets.emit('connection', client));
  });

  sockets.on('connection', (client: WebSocket) => {
    // ws reports a bad frame (too large, invalid UTF-8, a protocol violation) here and closes
    // the socket with the matching status; without a listener it would crash the host.
    client.on('error', (error) =>
      log.error(`A window's WebSocket was closed after a protocol error (${errorKind(error)}).`),
    );
    client.on('message', (data) => {
      let message: z.infer<typeof invokeSchema>;
      try {
        message = invokeSchema.parse(JSON.parse(rawText(data)));
      } catch {
        send(client, {
          type: 'protocol-error',
          message: 'A message from the window was not understood.',
        });
        return;
      }
      void dispatch(message.channel, message.arg).then((envelope) =>
        send(client, { type: 'result', id: message.id, envelope }),
      );
    });
  });

  const detach = options.core.events.subscribeAll((event, payload) => {
    for (const client of sockets.clients) send(client, { type: 'event', event, payload });
  });

  try {
    port = await listenOnLoopback(server, options.port ?? 0, LOOPBACK);
  } catch (error) {
    detach();
    throw error;
  }

  return {
    url: `http://${LOOPBACK}:${port}/?token=${secrets.token}`,
    port,
    close: async () => {
      detach();
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
    },
  };
}
