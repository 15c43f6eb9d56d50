// scan-ap's reply read as the firmware writes it, not as JSON: `{"scans":[` + entries joined by
// `,` + `]}`, each entry `{"ssid":"…","rssi":N,"sec":N,"ch":N,"mdr":N}` in that order with no
// spaces (softap.cpp v2.3.1 l.400–489, the same since 0.4.4). The SSID bytes are never escaped,
// so a `"`, `}` or `\` in one is just a byte and JSON.parse would fail or, worse, unescape
// `Lab\net` into a line feed. An SSID is at most 32 bytes, and the shortest tail after it
// (`","rssi":N,"sec":N,"ch":N,"mdr":N}` plus `,{"ssid":"` or `]}`) is longer than that, so the
// first place where that tail matches is where the SSID ends: an SSID cannot fake one.

const SSID_MAX_BYTES = 32;
const OPEN = Buffer.from('{"scans":[');
const FIRST_ENTRY = Buffer.from('{"ssid":"');
const NEXT_ENTRY = Buffer.from(',{"ssid":"');
const CLOSE = Buffer.from(']}');

export interface RawScanEntry {
  /** The SSID exactly as the device sent it. */
  ssid: Buffer;
  rssi: number;
  sec: number;
  ch: number;
  mdr: number;
}

export type ScanUnreadable = 'ssid-too-long' | 'not-a-scan' | 'cut-short';

export type ScanParse =
  | { state: 'complete'; entries: RawScanEntry[] }
  | { state: 'incomplete' }
  | { state: 'unreadable'; reason: ScanUnreadable };

type Step<T> = { kind: 'ok'; value: T; end: number } | { kind: 'more' } | { kind: 'no' };

const isSpace = (byte: number | undefined): boolean =>
  byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
const isDigit = (byte: number | undefined): boolean =>
  byte !== undefined && byte >= 0x30 && byte <= 0x39;

/** `literal` at `at`: matched, cut off by the end of what has arrived, or not there. */
function literal(data: Buffer, at: number, text: Buffer): Step<null> {
  for (let i = 0; i < text.length; i += 1) {
    const byte = data[at + i];
    if (byte === undefined) return { kind: 'more' };
    if (byte !== text[i]) return { kind: 'no' };
  }
  return { kind: 'ok', value: null, end: at + text.length };
}

/** A signed decimal as int_to_ascii writes it; it ends at the first non-digit. */
function integer(data: Buffer, at: number): Step<number> {
  let end = at;
  if (data[end] === 0x2d) end += 1;
  const digitsAt = end;
  while (isDigit(data[end])) end += 1;
  if (end === data.length) return { kind: 'more' };
  if (end === digitsAt) return { kind: 'no' };
  return { kind: 'ok', value: Number(data.subarray(at, end).toString('latin1')), end };
}

const FIELDS = ['","rssi":', ',"sec":', ',"ch":', ',"mdr":'].map((text) => Buffer.from(text));

/** The fixed tail of an entry from `at` (just after the SSID), and what follows it. */
function tail(data: Buffer, at: number): Step<Omit<RawScanEntry, 'ssid'>> {
  const numbers: number[] = [];
  let end = at;
  for (const field of FIELDS) {
    const key = literal(data, end, field);
    if (key.kind !== 'ok') return key;
    const value = integer(data, key.end);
    if (value.kind !== 'ok') return value;
    numbers.push(value.value);
    end = value.end;
  }
  const brace = literal(data, end, Buffer.from('}'));
  if (brace.kind !== 'ok') return brace;
  // Only a next entry or the end of the list may follow; anything else means the SSID goes on.
  const next = literal(data, brace.end, NEXT_ENTRY);
  const close = literal(data, brace.end, CLOSE);
  if (next.kind === 'no' && close.kind === 'no') return { kind: 'no' };
  if (next.kind !== 'ok' && close.kind !== 'ok') return { kind: 'more' };
  const [rssi = 0, sec = 0, ch = 0, mdr = 0] = numbers;
  return { kind: 'ok', value: { rssi, sec, ch, mdr }, end: brace.end };
}

/**
 * Reads a scan-ap reply from the bytes that have arrived so far. `complete` only when the closing
 * `]}` has come (≤ 0.6 never ends the reply any other way); `unreadable` when no Photon could
 * have written these bytes.
 */
export function parseScanReply(data: Buffer): ScanParse {
  let at = 0;
  while (isSpace(data[at])) at += 1;
  const open = literal(data, at, OPEN);
  if (open.kind === 'no') return { state: 'unreadable', reason: 'not-a-scan' };
  if (open.kind === 'more') return { state: 'incomplete' };
  at = open.end;
  const entries: RawScanEntry[] = [];
  for (;;) {
    const close = literal(data, at, CLOSE);
    if (close.kind === 'ok') {
      let end = close.end;
      while (isSpace(data[end])) end += 1;
      return end === data.length
        ? { state: 'complete', entries }
        : { state: 'unreadable', reason: 'not-a-scan' };
    }
    const start = literal(data, at, entries.length === 0 ? FIRST_ENTRY : NEXT_ENTRY);
    if (start.kind === 'no') {
      return close.kind === 'more'
        ? { state: 'incomplete' }
        : { state: 'unreadable', reason: 'not-a-scan' };
    }
    if (start.kind === 'more') return { state: 'incomplete' };
    const ssidAt = start.end;
    let found: {
      length: number;
      step: Extract<Step<Omit<RawScanEntry, 'ssid'>>, { kind: 'ok' }>;
    } | null = null;
    for (let length = 0; length <= SSID_MAX_BYTES && found === null; length += 1) {
      if (ssidAt + length >= data.length) return { state: 'incomplete' };
      const step = tail(data, ssidAt + length);
      // An earlier end that may still match decides first: wait for it.
      if (step.kind === 'more') return { state: 'incomplete' };
      if (step.kind === 'ok') found = { length, step };
    }
    if (found === null) return { state: 'unreadable', reason: 'ssid-too-long' };
    entries.push({
      ssid: Buffer.from(data.subarray(ssidAt, ssidAt + found.length)),
      ...found.step.value,
    });
    at = found.step.end;
  }
}
