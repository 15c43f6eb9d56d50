// The fake's server-sent event streams: ":ok" first, a newline after each quiet keep-alive period,
// events as "event:"/"data:" pairs. Tests can stall open streams (no bytes at all, as a dead link
// looks) or drop them.
import type { ServerResponse } from 'node:http';
import type { DeviceRecord, FakeState } from './fake-state';

export type StreamAudience =
  | { kind: 'owner'; matches: (device: DeviceRecord) => boolean }
  | { kind: 'product'; productId: number }
  | { kind: 'device'; deviceId: string; productShape: boolean };

interface Subscriber {
  res: ServerResponse;
  audience: StreamAudience;
  prefix: string;
  stalled: boolean;
  lastWrite: number;
  timer: NodeJS.Timeout;
}

export class EventHub {
  private readonly subscribers = new Set<Subscriber>();

  constructor(
    private readonly state: FakeState,
    private readonly keepAliveMs: () => number,
  ) {}

  get size(): number {
    return this.subscribers.size;
  }

  open(res: ServerResponse, audience: StreamAudience, prefix: string): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-cache',
      Connection: 'keep-alive',
    });
    res.write(':ok\n\n');
    const subscriber: Subscriber = {
      res,
      audience,
      prefix,
      stalled: false,
      lastWrite: Date.now(),
      // Check often; write only after a full quiet period, as the real server does.
      timer: setInterval(
        () => this.keepAlive(subscriber),
        Math.max(10, Math.floor(this.keepAliveMs() / 3)),
      ),
    };
    this.subscribers.add(subscriber);
    res.on('close', () => {
      clearInterval(subscriber.timer);
      this.subscribers.delete(subscriber);
    });
  }

  private keepAlive(subscriber: Subscriber): void {
    if (subscriber.stalled || Date.now() - subscriber.lastWrite < this.keepAliveMs()) return;
    this.write(subscriber, '\n');
  }

  private write(subscriber: Subscriber, text: string): void {
    if (subscriber.stalled || subscriber.res.destroyed) return;
    subscriber.lastWrite = Date.now();
    subscriber.res.write(text);
  }

  /** Send an event to every stream allowed to see it. */
  publish(device: DeviceRecord, name: string, data: string | null): void {
    const base = {
      data,
      ttl: 60,
      published_at: new Date(this.state.clock.now()).toISOString(),
      coreid: device.id,
    };
    const productExtras = {
      userid: this.state.ownerId(device.owner),
      version: 1,
      public: false,
      productID: device.productId,
    };
    for (const subscriber of this.subscribers) {
      if (!name.startsWith(subscriber.prefix)) continue;
      const { audience } = subscriber;
      let productShape = false;
      if (audience.kind === 'owner') {
        if (!audience.matches(device)) continue;
      } else if (audience.kind === 'product') {
        if (device.productId !== audience.productId) continue;
        productShape = true;
      } else {
        if (device.id !== audience.deviceId) continue;
        productShape = audience.productShape;
      }
      const payload =
        productShape && device.productId !== null ? { ...base, ...productExtras } : base;
      this.write(subscriber, `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
    }
  }

  /** Streams open now go silent for good; streams opened later behave. */
  stallAll(): void {
    for (const subscriber of this.subscribers) subscriber.stalled = true;
  }

  dropAll(): void {
    for (const subscriber of this.subscribers) subscriber.res.destroy();
  }

  closeAll(): void {
    for (const subscriber of this.subscribers) {
      clearInterval(subscriber.timer);
      subscriber.res.destroy();
    }
    this.subscribers.clear();
  }
}
