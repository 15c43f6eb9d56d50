// Blocking-style reads over a socket, like wiced_tcp_stream_read: the firmware's parsers pull
// bytes one at a time and wait (without a timeout) for more.
import type { Socket } from 'node:net';

export class SocketReader {
  private buffer: Buffer = Buffer.alloc(0);
  private ended = false;
  private wake: (() => void) | null = null;
  private firstData: Array<() => void> = [];

  constructor(socket: Socket) {
    socket.on('data', (data: Buffer) => {
      this.buffer = this.buffer.length === 0 ? data : Buffer.concat([this.buffer, data]);
      this.notify();
      for (const listener of this.firstData.splice(0)) listener();
    });
    const finish = (): void => {
      this.ended = true;
      this.notify();
    };
    socket.on('end', finish);
    socket.on('close', finish);
  }

  /** Calls back once, when the first bytes have arrived. */
  onFirstData(listener: () => void): void {
    if (this.buffer.length > 0) listener();
    else this.firstData.push(listener);
  }

  get isEnded(): boolean {
    return this.ended;
  }

  get buffered(): number {
    return this.buffer.length;
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  /** Resolves when more data arrives, the peer ends, or timeoutMs passes (false = timed out). */
  private waitForData(timeoutMs: number | null): Promise<boolean> {
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | null = null;
      this.wake = () => {
        if (timer !== null) clearTimeout(timer);
        resolve(true);
      };
      if (timeoutMs !== null) {
        timer = setTimeout(() => {
          this.wake = null;
          resolve(false);
        }, timeoutMs);
      }
    });
  }

  /** One byte, or null once the peer has ended and nothing is left. */
  async readByte(): Promise<number | null> {
    while (this.buffer.length === 0) {
      if (this.ended) return null;
      await this.waitForData(null);
    }
    const byte = this.buffer[0] ?? null;
    this.buffer = this.buffer.subarray(1);
    return byte;
  }

  /**
   * Exactly `length` bytes, or null when the peer ends first. With `packetWaitMs`, gives up when
   * no further data arrives within that time and returns what it has (≤ 0.6 HTTP bodies).
   */
  async readExactly(length: number, packetWaitMs: number | null = null): Promise<Buffer | null> {
    while (this.buffer.length < length) {
      if (this.ended) return null;
      const arrived = await this.waitForData(packetWaitMs);
      if (!arrived) return this.take(this.buffer.length);
    }
    return this.take(length);
  }

  /** Everything up to and including `delimiter`, or null when the peer ends first. */
  async readThrough(delimiter: string): Promise<Buffer | null> {
    for (;;) {
      const at = this.buffer.indexOf(delimiter, 0, 'latin1');
      if (at >= 0) return this.take(at + delimiter.length);
      if (this.ended) return null;
      await this.waitForData(null);
    }
  }

  take(length: number): Buffer {
    const out = Buffer.from(this.buffer.subarray(0, length));
    this.buffer = this.buffer.subarray(length);
    return out;
  }
}
