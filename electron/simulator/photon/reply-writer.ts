// Replies are produced write by write, as JSONCommand does (write_char for punctuation, one
// write per string value). Transports decide whether each write travels alone (HTTP chunks,
// split TCP segments) or is buffered like the WICED stream. Pieces are bytes: an SSID goes out
// exactly as the radio reported it, whatever its encoding (softap.cpp v2.3.1 l.236–237, l.449).

export type WriteSink = (piece: Buffer) => void;

export class ReplyWriter {
  constructor(private readonly sink: WriteSink) {}

  write(piece: string | Uint8Array): void {
    const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : Buffer.from(piece);
    // Zero-length writes are dropped by the WICED stream; an empty SSID never ends a chunked reply.
    if (bytes.length > 0) this.sink(bytes);
  }

  char(c: string): void {
    this.write(c);
  }

  /** write_quoted_string: a quote, the value's bytes unescaped, a quote. */
  quoted(value: string | Uint8Array): void {
    this.char('"');
    this.write(value);
    this.char('"');
  }

  stringField(name: string, value: string | Uint8Array): void {
    this.quoted(name);
    this.char(':');
    this.quoted(value);
  }

  intField(name: string, value: number): void {
    this.quoted(name);
    this.char(':');
    this.write(String(Math.trunc(value)));
  }

  result(code: number): void {
    this.char('{');
    this.intField('r', code);
    this.char('}');
  }
}
