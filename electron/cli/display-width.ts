// How many terminal columns a text takes: East Asian wide and fullwidth characters take two,
// combining marks none. A table padded by characters would shift its columns in Chinese.
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x20000, 0x3fffd],
];

const within = (code: number, ranges: ReadonlyArray<readonly [number, number]>): boolean =>
  ranges.some(([from, to]) => code >= from && code <= to);

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (/\p{Mn}/u.test(char)) continue;
    width += within(code, WIDE) ? 2 : 1;
  }
  return width;
}

/** The text followed by spaces up to `columns` terminal columns. */
export const padColumns = (text: string, columns: number): string =>
  text + ' '.repeat(Math.max(0, columns - displayWidth(text)));
