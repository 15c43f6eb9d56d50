// Port 5609: `name LF length LF LF body`, one command per connection, parsed byte by byte as
// SimpleProtocolDispatcher::handle does, served by one worker (softap-protocol.md §2).
import type { Socket } from 'node:net';
import type { CommandOutcome } from './command-dispatch';
import { abortOnClose, flushed, Listener } from './listener';
import type { PhotonCommandName } from './options';
import { SocketReader } from './socket-reader';
import { SerialWorker } from './serial-worker';

/** With splitReplyWrites: the pause between the reply's first write and the command's own. */
const SPLIT_WRITE_GAP_MS = 25;

const NAME_MAX = 30;
const LF = 0x0a;

export interface TcpHost {
  readonly splitReplyWrites: boolean;
  readonly maxBodyBytes: number;
  isCommand(name: string): name is PhotonCommandName;
  /** set and configure-ap read their body; the others never do. */
  readsBody(name: PhotonCommandName): boolean;
  /** ≤ 0.6: the first connection of a listening session is never closed by the device. */
  takeFirstSocketQuirk(): boolean;
  execute(
    name: PhotonCommandName,
    body: Buffer | null,
    write: (piece: Buffer) => void,
    signal: AbortSignal,
  ): Promise<CommandOutcome>;
  afterReply(outcome: CommandOutcome): void;
  noteUnknown(name: string): void;
  noteAntenna(name: 'ant-internal' | 'ant-external'): void;
}

interface RequestHead {
  name: string;
  length: number;
}

async function readHead(reader: SocketReader): Promise<RequestHead | null> {
  const name: number[] = [];
  while (name.length < NAME_MAX) {
    const c = await reader.readByte();
    if (c === null) return null;
    if (c === 0 || c === LF) break;
    name.push(c);
  }
  // No validation: every byte before LF is a "digit" (int arithmetic, wraps like the C int).
  let length = 0;
  for (;;) {
    const c = await reader.readByte();
    if (c === null) return null;
    if (c === LF) break;
    length = (Math.imul(length, 10) + (c - 0x30)) | 0;
  }
  // Consumes up to an LF that is the first byte or follows another LF.
  let seenNewline = true;
  for (;;) {
    const c = await reader.readByte();
    if (c === null) return null;
    if (c === LF) {
      if (seenNewline) break;
      seenNewline = true;
    } else {
      seenNewline = false;
    }
  }
  return { name: Buffer.from(name).toString('latin1'), length };
}

export class TcpTransport {
  private readonly worker = new SerialWorker();
  readonly listener: Listener;

  constructor(private readonly host: TcpHost) {
    this.listener = new Listener((socket) => this.accept(socket));
  }

  private accept(socket: Socket): void {
    socket.setNoDelay(true);
    const reader = new SocketReader(socket);
    // The worker thread picks a client up when its first data arrives.
    reader.onFirstData(() => {
      void this.worker.run(() => this.serve(socket, reader));
    });
  }

  private async serve(socket: Socket, reader: SocketReader): Promise<void> {
    if (socket.destroyed) return;
    const signal = abortOnClose(socket);
    const head = await readHead(reader);
    if (head === null) {
      socket.end();
      return;
    }
    if (head.name === 'ant-internal' || head.name === 'ant-external') {
      this.host.noteAntenna(head.name);
      socket.end();
      return;
    }
    if (!this.host.isCommand(head.name)) {
      this.host.noteUnknown(head.name);
      socket.end();
      return;
    }
    const name = head.name;
    let body: Buffer | null = null;
    if (this.host.readsBody(name)) {
      // A length the heap cannot hold (or a negative one, which becomes a huge size_t) fails malloc.
      // The body is read as a stream (wiced_tcp_stream_read, WICED_NEVER_TIMEOUT), so it may span
      // any number of segments (softap.cpp v2.3.1 l.1446–1545).
      if (head.length >= 0 && head.length <= this.host.maxBodyBytes) {
        body = await reader.readExactly(head.length);
        if (body === null) {
          socket.end();
          return;
        }
      }
    }

    const pending: Buffer[] = [Buffer.from('\n\n')];
    let written = false;
    const write = (piece: Buffer): void => {
      written = true;
      pending.push(piece);
      if (this.host.splitReplyWrites) this.flushPending(socket, pending);
    };
    if (this.host.splitReplyWrites) {
      // The firmware's "\n\n" leaves before the command runs: flushed, then a pause as a real
      // Photon's takes, so the client's reads see two writes rather than one coalesced segment.
      this.flushPending(socket, pending);
      await flushed(socket);
      await new Promise((resolve) => setTimeout(resolve, SPLIT_WRITE_GAP_MS));
    }
    const outcome = await this.host.execute(name, body, write, signal);
    if (outcome.end === 'hang') {
      // The client has gone; close our half too.
      if (!socket.destroyed) socket.end();
      return;
    }
    if (outcome.connect === 'reset') {
      socket.resetAndDestroy();
    } else if (outcome.end === 'drop' && !written) {
      socket.end();
    } else {
      this.flushPending(socket, pending);
      await flushed(socket);
      if (outcome.end === 'drop' || !this.host.takeFirstSocketQuirk()) socket.end();
    }
    this.host.afterReply(outcome);
  }

  private flushPending(socket: Socket, pending: Buffer[]): void {
    if (pending.length === 0 || socket.destroyed) return;
    socket.write(Buffer.concat(pending.splice(0)));
  }
}
