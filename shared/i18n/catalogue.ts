// The English catalogue is the source: every id, its text and its parameters. Each area keeps
// its own file (en/*.ts) so the core's sentences and the window's can be written side by side;
// the other languages mirror it and must have every id (Translations makes a gap a compile
// error). `m(id, params)` is the only way to make a Message, so a wrong id or parameter does
// not compile either.
import type { MessageSpec } from './define';
import { EN_CORE } from './en/core';
import { EN_UI } from './en/ui';
import type { Message } from './message';

export const EN = { ...EN_CORE, ...EN_UI } as const;

type English = typeof EN;
export type MessageId = keyof English & string;

type ParamName<K extends MessageId> =
  English[K] extends MessageSpec<infer P> ? P : never;

/** The parameters a message takes: none, or exactly its declared names. */
export type ParamsOf<K extends MessageId> = [ParamName<K>] extends [never]
  ? undefined
  : { readonly [P in ParamName<K>]: string | number };

/** A message, checked at compile time against the English catalogue. */
export function m<K extends MessageId>(
  id: K,
  ...params: ParamsOf<K> extends undefined ? [] : [ParamsOf<K>]
): Message {
  const [values] = params;
  return values === undefined ? { id } : { id, params: values as Record<string, string | number> };
}

/** Another language: every id, in its own words, with the same parameters. */
export type Translations = { readonly [K in MessageId]: string };
