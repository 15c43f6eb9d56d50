// Files and lines for scripts and support (the CLI's --json, the diagnostics file) keep every
// sentence of the core as its catalogue id and params — what a script should match — plus its
// English text, the same on every computer whatever language the window or --lang speaks.
import { formatMessage } from './format';
import type { Message } from './message';
import { isMessageId } from './translations';

/** Exactly a catalogue Message ({id, params?} and nothing else), not any object with an id. */
export function isCatalogueMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { id } = value as { id?: unknown };
  return (
    typeof id === 'string' &&
    isMessageId(id) &&
    Object.keys(value).every((key) => key === 'id' || key === 'params')
  );
}

/** A JSON.stringify replacer: each catalogue Message gains its English `text`. */
export const withEnglishText = (_key: string, value: unknown): unknown =>
  isCatalogueMessage(value) ? { ...value, text: formatMessage('en', value) } : value;
