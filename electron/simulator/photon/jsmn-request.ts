// Request bodies are read the way softap.cpp reads them: jsmn in non-strict mode, then a flat
// walk that rejects the whole request on any unknown key or wrong value type. Strings keep
// their escapes verbatim: services/src/jsmn.c l.137–166 (the same v0.4.4–v2.3.1) checks
// escapes but never decodes them. Primitives (numbers, true/false/null, bare words) stay raw
// text. Callers hand in the body one char per byte (latin1), so a value's text is exactly the
// bytes that were sent.

type FieldKind = 'string' | 'primitive';
export type RequestSchema = Readonly<Record<string, FieldKind>>;

type Token =
  | { kind: 'string' | 'primitive'; raw: string }
  | { kind: 'object'; members: Array<{ key: Token; value: Token }> }
  | { kind: 'array'; items: Token[] };

class JsmnError extends Error {}

const WHITESPACE = new Set([' ', '\t', '\r', '\n']);
// Non-strict jsmn ends a primitive at these (':' included); control and non-ASCII chars are invalid.
const PRIMITIVE_END = new Set([' ', '\t', '\r', '\n', ',', ']', '}', ':']);
const SIMPLE_ESCAPES = new Set(['"', '/', '\\', 'b', 'f', 'r', 'n', 't']);

class Tokenizer {
  private at = 0;
  constructor(private readonly js: string) {}

  skipWhitespace(): void {
    while (this.at < this.js.length && WHITESPACE.has(this.js.charAt(this.at))) this.at++;
  }

  atEnd(): boolean {
    this.skipWhitespace();
    return this.at >= this.js.length;
  }

  value(): Token {
    this.skipWhitespace();
    const c = this.js.charAt(this.at);
    if (c === '') throw new JsmnError('truncated');
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === '}' || c === ']' || c === ',' || c === ':') throw new JsmnError(`unexpected ${c}`);
    return this.primitive();
  }

  private expect(c: string): void {
    this.skipWhitespace();
    if (this.js.charAt(this.at) !== c) throw new JsmnError(`expected ${c}`);
    this.at++;
  }

  private peek(): string {
    this.skipWhitespace();
    return this.js.charAt(this.at);
  }

  private object(): Token {
    this.at++;
    const members: Array<{ key: Token; value: Token }> = [];
    if (this.peek() === '}') {
      this.at++;
      return { kind: 'object', members };
    }
    for (;;) {
      const key = this.value();
      if (key.kind === 'object' || key.kind === 'array') throw new JsmnError('container as key');
      this.expect(':');
      members.push({ key, value: this.value() });
      const next = this.peek();
      this.at++;
      if (next === '}') return { kind: 'object', members };
      if (next !== ',') throw new JsmnError('expected , or }');
    }
  }

  private array(): Token {
    this.at++;
    const items: Token[] = [];
    if (this.peek() === ']') {
      this.at++;
      return { kind: 'array', items };
    }
    for (;;) {
      items.push(this.value());
      const next = this.peek();
      this.at++;
      if (next === ']') return { kind: 'array', items };
      if (next !== ',') throw new JsmnError('expected , or ]');
    }
  }

  private string(): Token {
    const start = ++this.at;
    while (this.at < this.js.length) {
      const c = this.js.charAt(this.at);
      if (c === '"') {
        const raw = this.js.slice(start, this.at);
        this.at++;
        return { kind: 'string', raw };
      }
      if (c === '\\') {
        const escaped = this.js.charAt(this.at + 1);
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.js.slice(this.at + 2, this.at + 6)))
            throw new JsmnError('bad \\u escape');
          this.at += 6;
          continue;
        }
        if (!SIMPLE_ESCAPES.has(escaped)) throw new JsmnError('bad escape');
        this.at += 2;
        continue;
      }
      this.at++;
    }
    throw new JsmnError('unterminated string');
  }

  private primitive(): Token {
    const start = this.at;
    while (this.at < this.js.length && !PRIMITIVE_END.has(this.js.charAt(this.at))) {
      const code = this.js.charCodeAt(this.at);
      if (code < 32 || code >= 127) throw new JsmnError('invalid primitive character');
      this.at++;
    }
    return { kind: 'primitive', raw: this.js.slice(start, this.at) };
  }
}

export type ParsedRequest =
  { ok: true; fields: ReadonlyMap<string, string> } | { ok: false; reason: string };

/**
 * Parses a command body. `ok: false` means the device writes no JSON at all.
 * A top-level string or primitive, or `[]`, parses with no fields (the firmware's walk stops
 * after the first token); a non-empty top-level array is undefined behaviour there and is
 * rejected here.
 */
export function parseRequestLikeFirmware(body: string, schema: RequestSchema): ParsedRequest {
  // fetch_as_string() hands jsmn a C string: everything after a NUL is invisible.
  const nul = body.indexOf('\0');
  const js = nul >= 0 ? body.slice(0, nul) : body;
  const tokenizer = new Tokenizer(js);
  if (tokenizer.atEnd()) return { ok: false, reason: 'empty body' };
  let root: Token;
  try {
    root = tokenizer.value();
  } catch (error) {
    return { ok: false, reason: `malformed JSON: ${(error as Error).message}` };
  }
  const fields = new Map<string, string>();
  if (root.kind === 'array') {
    return root.items.length === 0 ? { ok: true, fields } : { ok: false, reason: 'array body' };
  }
  if (root.kind !== 'object') return { ok: true, fields };
  let problem: string | null = null;
  for (const { key, value } of root.members) {
    const name = key.kind === 'string' || key.kind === 'primitive' ? key.raw : '';
    const expected = Object.prototype.hasOwnProperty.call(schema, name) ? schema[name] : undefined;
    if (expected === undefined) {
      problem ??= `unknown key ${JSON.stringify(name)}`;
      continue;
    }
    if (value.kind !== expected) {
      problem ??= `${name} must be a ${expected}`;
      continue;
    }
    fields.set(name, value.raw);
  }
  return problem === null ? { ok: true, fields } : { ok: false, reason: problem };
}

/** atoi(): leading whitespace, optional sign, digits; anything else (true, null) is 0. */
export function atoi(raw: string): number {
  const match = /^[\t\n\v\f\r ]*([+-]?\d+)/.exec(raw);
  if (!match?.[1]) return 0;
  // newlib's atoi is strtol: out-of-range values clamp to the int32 limits.
  const value = Number(match[1]);
  return Math.max(-2147483648, Math.min(2147483647, value));
}

/**
 * json_unescape, which softap.cpp applies to crt and ca only (v2.3.1 l.664, l.695). Its `\u`
 * case is commented out: a `\uXXXX`, any other escape or a trailing backslash makes it return
 * 0, and the certificate is then stored as an empty string.
 */
export function unescapeCertificate(raw: string): string {
  const map: Record<string, string> = {
    n: '\n',
    r: '\r',
    t: '\t',
    b: '\b',
    f: '\f',
    '"': '"',
    '\\': '\\',
    '/': '/',
  };
  let out = '';
  for (let at = 0; at < raw.length; at++) {
    const c = raw.charAt(at);
    if (c !== '\\') {
      out += c;
      continue;
    }
    const decoded = map[raw.charAt(at + 1)];
    if (decoded === undefined) return '';
    out += decoded;
    at++;
  }
  return out;
}
