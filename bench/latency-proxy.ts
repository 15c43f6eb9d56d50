// A TCP proxy on 127.0.0.1 that adds a Wi-Fi-like round trip in front of a local server, so a
// benchmark sees the round trips a client really makes (handshakes, warm-up commands, waiting for
// EOF) and not just the server's own delays. Per connection: the upstream connection opens RTT/2
// after accept (the SYN's flight), the client's bytes reach the server no earlier than 1.5 RTT
// (SYN, SYN-ACK, then the data's flight), and every later chunk or FIN crosses in RTT/2, each
// direction in order.
import net from 'node:net';

export interface LatencyProxy {
  port: number;
  close(): Promise<void>;
}

/** Runs actions in order, each no earlier than its due time, from one timer per direction. */
class DelayLine {
  private readonly queue: Array<{ due: number; run: () => void }> = [];
  private timer: NodeJS.Timeout | undefined;

  push(due: number, run: () => void): void {
    this.queue.push({ due, run });
    if (this.timer === undefined) this.arm();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.queue.length = 0;
  }

  private arm(): void {
    const head = this.queue[0];
    if (head === undefined) {
      this.timer = undefined;
      return;
    }
    this.timer = setTimeout(
      () => {
        const now = performance.now();
        while (this.queue[0] !== undefined && this.queue[0].due <= now + 0.5) {
          this.queue.shift()?.run();
        }
        this.arm();
      },
      Math.max(0, head.due - performance.now()),
    );
  }
}

function reset(socket: net.Socket): void {
  // resetAndDestroy needs a live handle; a socket that never connected is simply destroyed.
  if (socket.destroyed || socket.connecting) socket.destroy();
  else socket.resetAndDestroy();
}

/** `targetPort` may be read at each connection (a simulated Photon's port can move). */
export async function startLatencyProxy(
  targetPort: number | (() => number),
  rttMs: number,
): Promise<LatencyProxy> {
  const half = rttMs / 2;
  const sockets = new Set<net.Socket>();
  const server = net.createServer({ allowHalfOpen: true }, (client) => {
    const accepted = performance.now();
    const toServer = new DelayLine();
    const toClient = new DelayLine();
    const upstream = new net.Socket({ allowHalfOpen: true });
    sockets.add(client).add(upstream);
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    const forget = (socket: net.Socket) => (): void => {
      sockets.delete(socket);
      if (client.destroyed && upstream.destroyed) {
        toServer.stop();
        toClient.stop();
      }
    };
    // The client could first send when its SYN-ACK arrived (one RTT), then the data flies RTT/2.
    const dueAtServer = (): number => Math.max(performance.now(), accepted + rttMs) + half;
    const dueAtClient = (): number => performance.now() + half;

    // FIN is forwarded as FIN, a reset as a reset: connect-ap's lost replies depend on which.
    client.on('data', (chunk) => toServer.push(dueAtServer(), () => upstream.write(chunk)));
    client.on('end', () => toServer.push(dueAtServer(), () => upstream.end()));
    client.on('error', () => toServer.push(dueAtServer(), () => reset(upstream)));
    client.on('close', forget(client));
    upstream.on('data', (chunk) => toClient.push(dueAtClient(), () => client.write(chunk)));
    upstream.on('end', () => toClient.push(dueAtClient(), () => client.end()));
    upstream.on('error', () => toClient.push(dueAtClient(), () => reset(client)));
    upstream.on('close', forget(upstream));
    setTimeout(() => {
      if (!client.destroyed)
        upstream.connect(typeof targetPort === 'number' ? targetPort : targetPort(), '127.0.0.1');
    }, half);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
