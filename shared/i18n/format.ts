// Messages into words: ICU MessageFormat (plurals, selects, numbers and dates through Intl) by
// FormatJS' intl-messageformat, one formatter per language and id, kept. An id this build does
// not know (a newer core) or a text that cannot be formatted falls back to English, then to the
// id itself: a sentence is never lost, never a crash.
import { IntlMessageFormat } from 'intl-messageformat';
import { EN } from './catalogue';
import type { Locale } from './locales';
import {
  isMessage,
  MESSAGE_MAX_DEPTH,
  type Message,
  type MessageParam,
  type MessageParams,
} from './message';
import { pseudoLocalize } from './pseudo';
import { isMessageId, textsOf } from './translations';

const cache = new Map<string, IntlMessageFormat>();

/** The Intl locale behind a catalogue language (the pseudo-locale formats numbers as English). */
export const intlLocale = (locale: Locale): string => (locale === 'en-XA' ? 'en' : locale);

function formatter(locale: Locale, id: string): IntlMessageFormat | null {
  const key = `${locale}\u0000${id}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  if (!isMessageId(id)) return null;
  if (locale === 'en-XA') {
    const pseudo = new IntlMessageFormat(pseudoLocalize(EN[id].text), 'en');
    cache.set(key, pseudo);
    return pseudo;
  }
  const text = textsOf(locale)?.[id];
  // A language still loading says this sentence in English for now (not cached: it arrives).
  if (text === undefined) return null;
  const made = new IntlMessageFormat(text, locale);
  cache.set(key, made);
  return made;
}

/**
 * A parameter named …Lines holds items that are lists themselves ("nmcli: scan and join"):
 * joined with the language's semicolon, where "A and B and C" would blur them together.
 */
const LINES_SEPARATOR: Readonly<Record<Locale, string>> = {
  en: '; ',
  de: '; ',
  'zh-CN': '；',
  'en-XA': '; ',
};

/**
 * Intl formatters are costly to build (~50× a format call) and History formats a date per row on
 * every render: one per language and options, kept like the message formatters above.
 */
function cachedIntl<T>(
  made: Map<string, T>,
  locale: Locale,
  options: object | undefined,
  build: () => T,
): T {
  const key = `${locale}|${JSON.stringify(options ?? {})}`;
  let found = made.get(key);
  if (found === undefined) {
    found = build();
    made.set(key, found);
  }
  return found;
}
const listFormats = new Map<string, Intl.ListFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function value(locale: Locale, param: MessageParam, depth: number, name = ''): string | number {
  if (Array.isArray(param)) {
    const items = param.map((item: MessageParam) => String(value(locale, item, depth)));
    return name.endsWith('Lines')
      ? items.join(LINES_SEPARATOR[locale])
      : cachedIntl(
          listFormats,
          locale,
          undefined,
          () => new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }),
        ).format(items);
  }
  if (isMessage(param))
    return depth >= MESSAGE_MAX_DEPTH ? param.id : format(locale, param, depth + 1);
  return param as string | number;
}

function values(
  locale: Locale,
  params: MessageParams | undefined,
  depth: number,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, param] of Object.entries(params ?? {}))
    out[name] = value(locale, param, depth, name);
  return out;
}

function format(locale: Locale, message: Message, depth: number): string {
  for (const candidate of locale === 'en' ? (['en'] as const) : ([locale, 'en'] as const)) {
    try {
      const made = formatter(candidate, message.id);
      if (made === null) continue;
      const text = made.format(values(candidate, message.params, depth));
      if (typeof text === 'string') return text;
    } catch {
      // A translation that does not format (a wrong parameter slipped through): try English.
    }
  }
  return message.id;
}

export function formatMessage(locale: Locale, message: Message): string {
  return format(locale, message, 0);
}

/** A number in the operator's language (Intl), for texts built around one. */
export const formatNumber = (
  locale: Locale,
  value: number,
  options?: Intl.NumberFormatOptions,
): string =>
  cachedIntl(
    numberFormats,
    locale,
    options,
    () => new Intl.NumberFormat(intlLocale(locale), options),
  ).format(value);

/** A moment (ISO time) as date and time in the operator's language. */
export const formatDateTime = (
  locale: Locale,
  iso: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'medium' },
): string => {
  const at = Date.parse(iso);
  return Number.isNaN(at)
    ? iso
    : cachedIntl(
        dateTimeFormats,
        locale,
        options,
        () => new Intl.DateTimeFormat(intlLocale(locale), options),
      ).format(at);
};
