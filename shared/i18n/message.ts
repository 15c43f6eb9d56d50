// A sentence as data: the catalogue's id and its parameters. The core speaks these across the
// contract (errors, outcomes, LED states, readiness items, a run's progress); the renderer and
// the CLIs turn them into words in the operator's language (format.ts).
//
// A parameter may itself be a Message ("… while {doing}", doing = the words for one command):
// the fragment is then formatted in the same language as the sentence around it, so the core
// never has to pick a language, not even for a part of a sentence. A list of them is joined the
// way that language lists things ("A, B and C", "A、B和C": Intl.ListFormat).
type ParamValue = string | number | Message;
export type MessageParam = ParamValue | readonly ParamValue[];
export type MessageParams = Readonly<Record<string, MessageParam>>;

export interface Message {
  id: string;
  params?: MessageParams | undefined;
}

export const isMessage = (value: unknown): value is Message =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as { id?: unknown }).id === 'string';

/**
 * How many levels of nested Messages are formatted (deeper ones are shown by id, so a loop in data
 * cannot hang a window) and kept in the audit log: one bound for both.
 */
export const MESSAGE_MAX_DEPTH = 4;
