// Listening on 127.0.0.1, with a sentence instead of "listen EADDRINUSE" when the port is taken.
import type { Server } from 'node:http';

export class PortBusyError extends Error {
  constructor(readonly port: number) {
    super(
      `Port ${port} on 127.0.0.1 is already in use by another program. ` +
        'Stop that program, choose another port with --port N, or leave --port out to use a free one.',
    );
    this.name = 'PortBusyError';
  }
}

export function listenOnLoopback(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException): void => {
      reject(error.code === 'EADDRINUSE' ? new PortBusyError(port) : error);
    };
    server.once('error', failed);
    server.listen(port, host, () => {
      server.off('error', failed);
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : port);
    });
  });
}
