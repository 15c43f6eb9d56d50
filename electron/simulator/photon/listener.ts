// A loopback-only TCP listener that remembers its sockets, so "AP down" can stop accepting
// and drop every open connection, and "AP up" can listen again on the same port.
import { createServer, type Server, type Socket } from 'node:net';

const LOOPBACK = '127.0.0.1';

export class Listener {
  private readonly sockets = new Set<Socket>();
  private server: Server | null = null;
  private boundPort = 0;

  constructor(private readonly onConnection: (socket: Socket) => void) {}

  get port(): number {
    return this.boundPort;
  }

  get isListening(): boolean {
    return this.server !== null;
  }

  async listen(port: number): Promise<number> {
    if (this.server !== null) return this.boundPort;
    try {
      return await this.bind(port);
    } catch (error) {
      // While the AP was down its port was free, and any socket on this computer may have been
      // given that number since (an outgoing connection's ephemeral port, another server). A
      // real Photon always has 5609 on 192.168.0.1; here the port simply moves, and whoever
      // reaches the device reads it again (the simulated Wi-Fi does, at each join).
      if (port === 0 || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      return this.bind(0);
    }
  }

  private async bind(port: number): Promise<number> {
    // allowHalfOpen: a client may end its side right after the request and still get the reply.
    const server = createServer({ allowHalfOpen: true }, (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => undefined);
      this.onConnection(socket);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ host: LOOPBACK, port, exclusive: true }, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const address = server.address();
    this.boundPort = typeof address === 'object' && address !== null ? address.port : port;
    this.server = server;
    return this.boundPort;
  }

  /** Stops accepting; open connections stay until dropConnections(). */
  stopAccepting(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server === null) return Promise.resolve();
    return new Promise((resolve) => server.close(() => resolve()));
  }

  dropConnections(): void {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  async close(): Promise<void> {
    const stopped = this.stopAccepting();
    this.dropConnections();
    await stopped;
  }
}

/**
 * Aborts when the client leaves (its FIN or a full close), so a waiting command (hung scan,
 * silent fault) lets go. Sockets are half-open, so 'close' alone would never come.
 */
export function abortOnClose(socket: Socket): AbortSignal {
  const controller = new AbortController();
  if (socket.destroyed || socket.readableEnded) controller.abort();
  else {
    const abort = (): void => controller.abort();
    socket.once('end', abort);
    socket.once('close', abort);
  }
  return controller.signal;
}

/** Resolves once everything written so far has been handed to the OS. */
export const flushed = (socket: Socket): Promise<void> =>
  new Promise((resolve) => {
    if (socket.destroyed || !socket.writable) resolve();
    else socket.write('', () => resolve());
  });
