// Turns the device's reply bytes into an answer as soon as they form one (softap-protocol.md
// §13.3). EOF cannot be the signal: firmware ≤ 0.6 leaves the first TCP socket open and never
// terminates chunked HTTP replies. Bytes are kept raw until they are complete. Every command's
// reply is JSON except scan-ap's, whose SSIDs are raw bytes (scan-reply.ts): it is read by its
// fixed structure and never through JSON.parse.
import type { SoftApCommand } from './framing';
import { parseScanReply, type RawScanEntry, type ScanUnreadable } from './scan-reply';

export type ParsedReply =
  | { kind: 'json'; value: unknown }
  | { kind: 'scan'; entries: RawScanEntry[] }
  /** Nothing but whitespace: the device's way of saying it rejected the request. */
  | { kind: 'empty' }
  | { kind: 'malformed'; detail: string }
  | { kind: 'scan-unreadable'; reason: ScanUnreadable };

/** Collects one reply; `push` returns the answer once the bytes so far make one. */
export interface ReplyReader {
  push(chunk: Uint8Array): ParsedReply | null;
  /** The peer ended the reply (EOF or end of HTTP body): decide with what arrived. */
  finish(): ParsedReply;
  readonly byteCount: number;
}

const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const isSpace = (byte: number): boolean =>
  byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/** The bytes of one reply, bounded, with the one cheap question both readers ask before parsing. */
class ReplyBytes {
  private readonly chunks: Buffer[] = [];
  length = 0;

  constructor(readonly maxBytes: number) {}

  /** False once the reply is larger than any Photon's. */
  add(chunk: Uint8Array): boolean {
    this.chunks.push(Buffer.from(chunk));
    this.length += chunk.length;
    return this.length <= this.maxBytes;
  }

  all(): Buffer {
    return Buffer.concat(this.chunks, this.length);
  }

  /**
   * Both kinds of reply can only be complete when their last non-space byte closes them; checking
   * that first avoids reparsing hundreds of times for a reply sent one byte per chunk.
   */
  lastNonSpaceByte(): number | undefined {
    for (let c = this.chunks.length - 1; c >= 0; c -= 1) {
      const chunk = this.chunks[c];
      if (chunk === undefined) continue;
      for (let i = chunk.length - 1; i >= 0; i -= 1) {
        const byte = chunk[i];
        if (byte !== undefined && !isSpace(byte)) return byte;
      }
    }
    return undefined;
  }
}

const tooLarge = (maxBytes: number): ParsedReply => ({
  kind: 'malformed',
  detail: `reply exceeded ${maxBytes} bytes`,
});

/** JSON replies: decoded as UTF-8 once complete (a character split across packets survives). */
export class ReplyAccumulator implements ReplyReader {
  private readonly bytes: ReplyBytes;

  constructor(maxBytes: number) {
    this.bytes = new ReplyBytes(maxBytes);
  }

  get byteCount(): number {
    return this.bytes.length;
  }

  push(chunk: Uint8Array): ParsedReply | null {
    if (chunk.length === 0) return null;
    if (!this.bytes.add(chunk)) return tooLarge(this.bytes.maxBytes);
    const last = this.bytes.lastNonSpaceByte();
    if (last !== CLOSE_BRACE && last !== CLOSE_BRACKET) return null;
    try {
      return { kind: 'json', value: JSON.parse(this.text()) as unknown };
    } catch {
      return null;
    }
  }

  finish(): ParsedReply {
    const text = this.text().trim();
    if (text.length === 0) return { kind: 'empty' };
    try {
      return { kind: 'json', value: JSON.parse(text) as unknown };
    } catch (error) {
      return { kind: 'malformed', detail: error instanceof Error ? error.message : 'not JSON' };
    }
  }

  private text(): string {
    return new TextDecoder('utf-8', { fatal: false }).decode(this.bytes.all());
  }
}

/** scan-ap: complete when its structure closes, whatever bytes the SSIDs hold. */
class ScanReplyAccumulator implements ReplyReader {
  private readonly bytes: ReplyBytes;

  constructor(maxBytes: number) {
    this.bytes = new ReplyBytes(maxBytes);
  }

  get byteCount(): number {
    return this.bytes.length;
  }

  push(chunk: Uint8Array): ParsedReply | null {
    if (chunk.length === 0) return null;
    if (!this.bytes.add(chunk)) return tooLarge(this.bytes.maxBytes);
    if (this.bytes.lastNonSpaceByte() !== CLOSE_BRACE) return null;
    const parsed = parseScanReply(this.bytes.all());
    if (parsed.state === 'complete') return { kind: 'scan', entries: parsed.entries };
    if (parsed.state === 'unreadable') return { kind: 'scan-unreadable', reason: parsed.reason };
    return null;
  }

  finish(): ParsedReply {
    const last = this.bytes.lastNonSpaceByte();
    if (last === undefined) return { kind: 'empty' };
    const parsed = parseScanReply(this.bytes.all());
    if (parsed.state === 'complete') return { kind: 'scan', entries: parsed.entries };
    if (parsed.state === 'unreadable') return { kind: 'scan-unreadable', reason: parsed.reason };
    // Still waiting for more at the end: cut short, unless it did close and just is not a scan.
    return { kind: 'scan-unreadable', reason: last === CLOSE_BRACE ? 'not-a-scan' : 'cut-short' };
  }
}

export const replyReaderFor = (command: SoftApCommand, maxBytes: number): ReplyReader =>
  command === 'scan-ap' ? new ScanReplyAccumulator(maxBytes) : new ReplyAccumulator(maxBytes);
