// Turns the device's reply bytes into JSON as soon as they form it (softap-protocol.md §13.3).
// EOF cannot be the signal: firmware ≤ 0.6 leaves the first TCP socket open and never terminates
// chunked HTTP replies. Bytes are kept raw and decoded together, so a multi-byte character split
// across packets survives, and invalid UTF-8 in a scanned SSID becomes U+FFFD instead of an error.

export type ParsedReply =
  | { kind: 'json'; value: unknown }
  /** Nothing but whitespace: the device's way of saying it rejected the request. */
  | { kind: 'empty' }
  | { kind: 'malformed'; text: string; detail: string };

const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const isSpace = (byte: number): boolean =>
  byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

export class ReplyAccumulator {
  private readonly chunks: Buffer[] = [];
  private length = 0;

  constructor(private readonly maxBytes: number) {}

  get byteCount(): number {
    return this.length;
  }

  /** Adds bytes; returns the reply once they parse, or a malformed verdict when too large. */
  push(chunk: Uint8Array): ParsedReply | null {
    if (chunk.length === 0) return null;
    this.chunks.push(Buffer.from(chunk));
    this.length += chunk.length;
    if (this.length > this.maxBytes) {
      return { kind: 'malformed', text: '', detail: `reply exceeded ${this.maxBytes} bytes` };
    }
    // A JSON object or array can only be complete when its last non-space byte closes it; checking
    // that first avoids decoding hundreds of times for a public key sent one byte per chunk.
    const last = this.lastNonSpaceByte();
    if (last !== CLOSE_BRACE && last !== CLOSE_BRACKET) return null;
    const text = this.text();
    try {
      return { kind: 'json', value: JSON.parse(text) as unknown };
    } catch {
      return null;
    }
  }

  /** The peer ended the reply (EOF or end of HTTP body): decide with what arrived. */
  finish(): ParsedReply {
    const text = this.text().trim();
    if (text.length === 0) return { kind: 'empty' };
    try {
      return { kind: 'json', value: JSON.parse(text) as unknown };
    } catch (error) {
      return {
        kind: 'malformed',
        text,
        detail: error instanceof Error ? error.message : 'not JSON',
      };
    }
  }

  text(): string {
    return new TextDecoder('utf-8', { fatal: false }).decode(
      Buffer.concat(this.chunks, this.length),
    );
  }

  private lastNonSpaceByte(): number | undefined {
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
