// The languages Photon Setup speaks, and how an OS or browser language picks one of them.
export const LOCALES = ['en', 'de', 'zh-CN'] as const;
/** Accented and 40 % longer English, for finding text that clips (never offered to operators). */
export const PSEUDO_LOCALE = 'en-XA';
export type Locale = (typeof LOCALES)[number] | typeof PSEUDO_LOCALE;

/** Each language's own name, for the chooser in Settings. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  de: 'Deutsch',
  'zh-CN': '简体中文',
  'en-XA': '[Ƥşḗḗŭŭḓǿǿ]',
};

/**
 * The best supported language for a list of preferences (navigator.languages, app.getLocale()):
 * an exact match, then the same base language ("de-AT" → de, "zh-Hans-CN" / "zh-SG" → zh-CN),
 * else English.
 */
/** The language this build speaks for one tag ("de-AT" → de, "zh-Hans" → zh-CN), or null. */
export function matchLocale(wanted: string): Locale | null {
  const tag = wanted.trim();
  if (tag === PSEUDO_LOCALE) return PSEUDO_LOCALE;
  const exact = LOCALES.find((locale) => locale.toLowerCase() === tag.toLowerCase());
  if (exact !== undefined) return exact;
  const base = tag.split(/[-_]/)[0]?.toLowerCase();
  // Traditional Chinese (zh-TW, zh-HK, zh-Hant) is not Simplified: English rather than wrong.
  if (base === 'zh' && !/hant|tw|hk|mo/i.test(tag)) return 'zh-CN';
  return LOCALES.find((locale) => locale.split('-')[0] === base && base !== 'zh') ?? null;
}

/** The first preference this build speaks; English when none is. */
export function negotiateLocale(preferences: readonly string[]): Locale {
  for (const wanted of preferences) {
    const match = matchLocale(wanted);
    if (match !== null) return match;
  }
  return 'en';
}

/** A language this build speaks (the pseudo-locale included), e.g. from `--lang` or `?lang=`. */
export const isLocale = (value: string): value is Locale =>
  value === PSEUDO_LOCALE || (LOCALES as readonly string[]).includes(value);
