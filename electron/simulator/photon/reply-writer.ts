// Replies are produced write by write, as JSONCommand does (write_char for punctuation, one
// write per string value). Transports decide whether each write travels alone (HTTP chunks,
// split TCP segments) or is buffered like the WICED stream.

export type WriteSink = (piece: string) => void;

export class ReplyWriter {
  constructor(private readonly sink: WriteSink) {}

  write(piece: string): void {
    // Zero-length writes are dropped by the WICED stream; an empty SSID never ends a chunked reply.
    if (piece.length > 0) this.sink(piece);
  }

  char(c: string): void {
    this.write(c);
  }

  quoted(value: string): void {
    this.char('"');
    this.write(value);
    this.char('"');
  }

  stringField(name: string, value: string): void {
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
