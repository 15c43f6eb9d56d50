// Messages into words: ICU MessageFormat (plurals, selects, numbers and dates through Intl) by
// FormatJS' intl-messageformat, one formatter per language and id, kept. An id this build does
// not know (a newer core) or a text that cannot be formatted falls back to English, then to the
// id itself: a sentence is never lost, never a crash.
import { IntlMessageFormat } from 'intl-messageformat';
import { EN } from './catalogue';
import type { Locale } from './locales';
import type { Message } from './message';
import { pseudoLocalize } from './pseudo';
import { isMessageId, TEXTS } from './translations';

const cache = new Map<string, IntlMessageFormat>();

function formatter(locale: Locale, id: string): IntlMessageFormat | null {
  const key = `${locale}\u0000${id}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  if (!isMessageId(id)) return null;
  const made =
    locale === 'en-XA'
      ? new IntlMessageFormat(pseudoLocalize(EN[id].text), 'en')
      : new IntlMessageFormat(TEXTS[locale][id], locale);
  cache.set(key, made);
  return made;
}

export function formatMessage(locale: Locale, message: Message): string {
  for (const candidate of locale === 'en' ? (['en'] as const) : ([locale, 'en'] as const)) {
    try {
      const made = formatter(candidate, message.id);
      if (made === null) break;
      const text = made.format(message.params ?? {});
      if (typeof text === 'string') return text;
    } catch {
      // A translation that does not format (a wrong parameter slipped through): try English.
    }
  }
  return message.id;
}

/** A number, a date, a duration in the operator's language (Intl), for texts built around one. */
export const formatNumber = (locale: Locale, value: number): string =>
  new Intl.NumberFormat(locale === 'en-XA' ? 'en' : locale).format(value);
