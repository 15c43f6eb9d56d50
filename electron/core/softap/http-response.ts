// An incremental reader for the device's HTTP replies: status line, headers, then the body as
// chunked, Content-Length or read-until-close. The device sends one chunk per internal write (often
// one byte), and firmware ≤ 0.6 never sends the final 0-size chunk, so body bytes are handed on as
// they arrive rather than after the message ends (softap-protocol.md §3.3).

export interface HttpHead {
  status: number;
  /** Header names lower-cased; the device's own headers are not trusted for case. */
  headers: ReadonlyMap<string, string>;
}

const MAX_HTTP_HEAD_BYTES = 16 * 1024;

type BodyMode =
  | { kind: 'chunked'; state: 'size' | 'data' | 'data-end' | 'trailer'; remaining: number }
  | { kind: 'length'; remaining: number }
  | { kind: 'until-close' };

export class HttpResponseReader {
  head: HttpHead | null = null;
  /** Set when the framing says the body is over (final chunk or Content-Length reached). */
  complete = false;
  /** Set when the bytes are not HTTP; the reader then ignores further input. */
  malformed: string | null = null;
  private pending: Buffer = Buffer.alloc(0);
  private mode: BodyMode = { kind: 'until-close' };

  /** Consumes bytes and returns the body bytes they carried (possibly none). */
  push(chunk: Uint8Array): Buffer {
    if (this.malformed !== null || this.complete) return Buffer.alloc(0);
    this.pending = Buffer.concat([this.pending, chunk]);
    if (this.head === null && !this.readHead()) return Buffer.alloc(0);
    return this.readBody();
  }

  private readHead(): boolean {
    const crlf = this.pending.indexOf('\r\n\r\n');
    const lf = this.pending.indexOf('\n\n');
    const end = crlf >= 0 && (lf < 0 || crlf < lf) ? crlf + 4 : lf >= 0 ? lf + 2 : -1;
    if (end < 0) {
      if (this.pending.length > MAX_HTTP_HEAD_BYTES) this.malformed = 'HTTP header block too large';
      return false;
    }
    const lines = this.pending.subarray(0, end).toString('latin1').split(/\r?\n/);
    this.pending = this.pending.subarray(end);
    const status = /^HTTP\/1\.[01] (\d{3})(?: |$)/.exec(lines[0] ?? '');
    if (status?.[1] === undefined) {
      this.malformed = 'not an HTTP response';
      return false;
    }
    const headers = new Map<string, string>();
    for (const line of lines.slice(1)) {
      const colon = line.indexOf(':');
      if (colon > 0)
        headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    this.head = { status: Number(status[1]), headers };
    const length = headers.get('content-length');
    if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) {
      this.mode = { kind: 'chunked', state: 'size', remaining: 0 };
    } else if (length !== undefined && /^\d+$/.test(length)) {
      this.mode = { kind: 'length', remaining: Number(length) };
      if (this.mode.remaining === 0) this.complete = true;
    }
    return true;
  }

  private readBody(): Buffer {
    const mode = this.mode;
    if (mode.kind === 'until-close') {
      const body = this.pending;
      this.pending = Buffer.alloc(0);
      return body;
    }
    if (mode.kind === 'length') {
      const body = this.pending.subarray(0, mode.remaining);
      this.pending = this.pending.subarray(body.length);
      mode.remaining -= body.length;
      if (mode.remaining === 0) this.complete = true;
      return body;
    }
    return this.readChunks(mode);
  }

  private readChunks(mode: Extract<BodyMode, { kind: 'chunked' }>): Buffer {
    const out: Buffer[] = [];
    for (;;) {
      if (mode.state === 'data') {
        if (this.pending.length === 0) break;
        const data = this.pending.subarray(0, mode.remaining);
        out.push(data);
        this.pending = this.pending.subarray(data.length);
        mode.remaining -= data.length;
        if (mode.remaining > 0) break;
        mode.state = 'data-end';
        continue;
      }
      const newline = this.pending.indexOf(0x0a);
      if (newline < 0) {
        if (this.pending.length > 1024) this.malformed = 'chunk size line too long';
        break;
      }
      const line = this.pending.subarray(0, newline).toString('latin1').trim();
      this.pending = this.pending.subarray(newline + 1);
      if (mode.state === 'data-end') {
        // The CRLF after chunk data; anything else means the framing is off.
        if (line.length !== 0) {
          this.malformed = 'chunk data longer than its size';
          break;
        }
        mode.state = 'size';
      } else if (mode.state === 'size') {
        const size = /^([0-9a-fA-F]+)(?:;.*)?$/.exec(line);
        if (size?.[1] === undefined) {
          this.malformed = 'bad chunk size line';
          break;
        }
        mode.remaining = Number.parseInt(size[1], 16);
        mode.state = mode.remaining === 0 ? 'trailer' : 'data';
        // The last chunk ends the body; the trailer and its blank line add nothing we need.
        if (mode.remaining === 0) {
          this.complete = true;
          break;
        }
      }
    }
    return Buffer.concat(out);
  }
}
