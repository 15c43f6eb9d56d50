// zod keeps an issue's message as a string, so a schema's sentence travels in it as a Message
// written out (issueText) and is read back where the issue is shown (issueMessage): the form in
// the window and the core's per-field refusal then name the same catalogue entry. A message zod
// wrote itself (a wrong type, which no form of ours can send) reads back as validate.invalid.
import { m } from './catalogue';
import { isMessage, type Message } from './message';

const PREFIX = 'i18n:';

/** A Message as a zod issue's message. */
export const issueText = (message: Message): string => PREFIX + JSON.stringify(message);

/** The Message an issue carries, or the generic one for zod's own words. */
export function issueMessage(text: string): Message {
  if (text.startsWith(PREFIX)) {
    try {
      const parsed: unknown = JSON.parse(text.slice(PREFIX.length));
      if (isMessage(parsed)) return parsed;
    } catch {
      // Not ours after all: the generic sentence below.
    }
  }
  return m('validate.invalid');
}
