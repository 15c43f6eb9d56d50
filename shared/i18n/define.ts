// How a catalogue entry is written: the English ICU MessageFormat text and the names of its
// parameters, said once. The names give the compile-time type of every `m(id, params)` call;
// a test checks each language's text uses exactly these names (catalogue-parity.test.ts).
export interface MessageSpec<P extends string = string> {
  readonly text: string;
  readonly params: readonly P[];
}

/** An English entry: `msg('Device {deviceId} is online.', ['deviceId'])`. */
export function msg<const P extends readonly string[] = readonly []>(
  text: string,
  params?: P,
): MessageSpec<P[number]> {
  return { text, params: params ?? [] };
}

/** Another language's file for one English area: every id of it, in that language's words. */
export type AreaTexts<Area> = { readonly [K in keyof Area]: string };
