// The browser host: serves the built renderer on 127.0.0.1 and carries the contract over a
// WebSocket. Only a browser that opened the printed URL (with its per-start random token) gets
// the page or the socket; Host and Origin are checked so no other site can reach it.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';
import { sessionCookieName, WEB_SOCKET_PATH, type ServerMessage } from '../shared/web-protocol';
import type { Core } from './core/api';
import { createDispatch, type DispatchLog } from './core/dispatch';

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
const MAX_MESSAGE_BYTES = 256 * 1024;

const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const invokeSchema = z.object({
  type: z.literal('invoke'),
  id: z.number().int().nonnegative(),
  channel: z.string().max(100),
  arg: z.unknown().optional(),
});

const sameSecret = (given: string | undefined, expected: string): boolean => {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

const readCookie = (header: string | undefined, name: string): string | undefined => {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
};

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(24).toString('base64url');
  const rendererDir = resolve(options.rendererDir);
  if (!existsSync(join(rendererDir, 'index.html')))
    throw new Error(
      `The renderer is not built: ${rendererDir}/index.html is missing. Run npm run build.`,
    );
  const dispatch = createDispatch(options.core.handlers, options.log ?? console);
  let port = 0;

  const allowedHosts = (): string[] => [`${LOOPBACK}:${port}`, `localhost:${port}`];
  const isAllowedHost = (request: IncomingMessage): boolean =>
    allowedHosts().includes(request.headers.host ?? '');
  const hasSession = (request: IncomingMessage): boolean =>
    sameSecret(readCookie(request.headers.cookie, sessionCookieName(port)), token);

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
    const url = new URL(request.url ?? '/', `http://${LOOPBACK}:${port}`);
    const presented = url.searchParams.get('token') ?? undefined;
    if (presented !== undefined) {
      if (!sameSecret(presented, token)) {
        refuse(
          response,
          403,
          'This link is not valid for this Photon Setup window. Use the URL that `npm run demo` printed.',
        );
        return;
      }
      // Trade the token for a cookie and drop it from the address bar.
      response.writeHead(303, {
        Location: '/',
        'Set-Cookie': `${sessionCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
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
    let relative: string;
    try {
      relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).slice(1);
    } catch {
      refuse(response, 400, 'That address is not valid.');
      return;
    }
    const file = normalize(join(rendererDir, relative));
    if (!file.startsWith(rendererDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      refuse(response, 404, 'Not found.');
      return;
    }
    response.writeHead(200, {
      'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': extname(file) === '.html' ? 'no-store' : 'private, max-age=3600',
    });
    createReadStream(file).pipe(response);
  };

  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const send = (socket: WebSocket, message: ServerMessage): void => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };

  server.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    const path = new URL(request.url ?? '/', `http://${LOOPBACK}`).pathname;
    const origin = request.headers.origin;
    const originAllowed =
      origin !== undefined && allowedHosts().some((host) => origin === `http://${host}`);
    if (
      path !== WEB_SOCKET_PATH ||
      !isAllowedHost(request) ||
      !originAllowed ||
      !hasSession(request)
    ) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (client) => sockets.emit('connection', client));
  });

  sockets.on('connection', (client: WebSocket) => {
    client.on('message', (data) => {
      let message: z.infer<typeof invokeSchema>;
      try {
        message = invokeSchema.parse(JSON.parse(String(data)));
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

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, LOOPBACK, () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${LOOPBACK}:${port}/?token=${token}`,
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
