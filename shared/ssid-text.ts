// An SSID is up to 32 bytes with no encoding (802.11), and the Photon reports them raw. The
// bytes are the network's identity and are what goes back to the device; the text forms here
// are for people: a readable decoding, and an escaped form that is safe on a screen or terminal.

/** Lowercase hex, two digits per byte: how raw SSIDs cross the contract. */
export function bytesToHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** The bytes of a hex string, or null when it is not an even run of hex digits. */
export function hexToBytes(hex: string): Uint8Array | null {
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(hex)) return null;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i += 1)
    bytes[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

export const utf8Bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/**
 * The readable form of raw SSID bytes: UTF-8 when they are valid UTF-8 (nearly every network),
 * otherwise Latin-1, one character per byte, so an old router's `Café` (E9) reads as Café rather
 * than as a replacement character that no longer says which bytes it was.
 */
export function ssidText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let text = '';
    for (const byte of bytes) text += String.fromCharCode(byte);
    return text;
  }
}

/**
 * C0 and C1 controls, DEL, and the characters that reorder or hide text: Arabic letter mark,
 * zero-width space/joiners, LRM/RLM, line and paragraph separators, the bidi embeddings and
 * overrides (U+202A–E), word joiner to the bidi isolates (U+2060–9), lone surrogates and the BOM.
 */
const UNSAFE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x001f],
  [0x007f, 0x009f],
  [0x061c, 0x061c],
  [0x200b, 0x200f],
  [0x2028, 0x202e],
  [0x2060, 0x2069],
  // A lone surrogate half (only from hand-made text; decoded bytes never hold one).
  [0xd800, 0xdfff],
  [0xfeff, 0xfeff],
];

/** A code point that must not reach a screen or terminal as it is. */
export const isUnsafeCodePoint = (code: number): boolean =>
  UNSAFE_RANGES.some(([low, high]) => code >= low && code <= high);

const escapeCode = (code: number): string =>
  code < 0x100
    ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
    : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * An SSID as it may be shown on a screen or written to a terminal: control and bidi characters
 * become visible escapes (\x1B, \u202E), so a network name cannot ring the bell, move the cursor,
 * or make another name read backwards. Everything else is shown as it is.
 */
export function displaySsid(text: string): string {
  let shown = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    shown += isUnsafeCodePoint(code) ? escapeCode(code) : char;
  }
  return shown;
}
