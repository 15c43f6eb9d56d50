// The English catalogue is the source: every id, its text and its parameters. Each area keeps
// its own file (en/*.ts, listed once in areas.ts) so the core's sentences and the window's can be
// written side by side; the other languages mirror it and must have every id (Translations makes
// a gap a compile error). `m(id, params)` is the only way to make a Message, so a wrong id or
// parameter does not compile either.
import type { MessageSpec } from './define';
import { EN_AREAS } from './areas';
import type { Message, MessageParam } from './message';

type Areas = (typeof EN_AREAS)[keyof typeof EN_AREAS];
type Intersection<U> = (U extends unknown ? (area: U) => void : never) extends (
  area: infer I,
) => void
  ? I
  : never;

/** Every area's entries in one object: ids are unique across areas (a test checks). */
export const EN = Object.assign({}, ...Object.values(EN_AREAS)) as Intersection<Areas>;

type English = typeof EN;
export type MessageId = keyof English & string;

type ParamName<K extends MessageId> = English[K] extends MessageSpec<infer P> ? P : never;

/**
 * The parameters a message takes: none, or exactly its declared names. A value may be a nested
 * Message (a fragment such as the words for a phase), formatted in the same language.
 */
export type ParamsOf<K extends MessageId> = [ParamName<K>] extends [never]
  ? undefined
  : { readonly [P in ParamName<K>]: MessageParam };

/** The argument list of m() for an id: nothing, or its parameters. */
export type ParamArgs<K extends MessageId> = ParamsOf<K> extends undefined ? [] : [ParamsOf<K>];

/** A message, checked at compile time against the English catalogue. */
export function m<K extends MessageId>(id: K, ...params: ParamArgs<K>): Message {
  const [values] = params;
  return values === undefined ? { id } : { id, params: values as Record<string, MessageParam> };
}

/** Another language: every id, in its own words, with the same parameters. */
export type Translations = { readonly [K in MessageId]: string };
