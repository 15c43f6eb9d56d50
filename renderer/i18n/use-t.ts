// The window's words: every sentence on screen comes from the catalogue through these hooks, in
// the language Settings chose, or the OS's (the host's systemLocale, else the browser's). For
// testing, the page's address may name a language (`?lang=en-XA`, address-locale.ts), which then
// wins over both; operators are never offered that (the pseudo-locale is not in Settings).
import {
  createElement,
  Fragment,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import {
  formatDateTime,
  formatMessage,
  formatNumber,
  languageLoaded,
  loadLanguage,
  m,
  negotiateLocale,
  onLanguageLoaded,
  type Locale,
  type Message,
  type MessageId,
  type ParamArgs,
  type ParamsOf,
} from '../../shared/i18n';
import type { MessageParam } from '../../shared/i18n/message';
import type { AppState } from '../store/state';
import { useAppState } from '../store/store-context';

/**
 * The language of this window: the address's (a test's `?lang=`), else the operator's choice in
 * Settings, else the system's.
 */
export function windowLocale(state: {
  settings: Pick<NonNullable<AppState['settings']>, 'language'> | null;
  info: Pick<NonNullable<AppState['info']>, 'systemLocale'> | null;
  languageOverride?: Locale | null;
}): Locale {
  if (state.languageOverride !== undefined && state.languageOverride !== null)
    return state.languageOverride;
  const chosen = state.settings?.language;
  if (chosen !== undefined && chosen !== 'system') return chosen;
  return systemLocale(state.info?.systemLocale ?? null);
}

/** The system's language: the host's (app.getLocale()) where it knows it, else the browser's. */
function systemLocale(hostLocale: string | null): Locale {
  const browser = typeof navigator === 'undefined' ? [] : [...navigator.languages];
  return negotiateLocale(hostLocale === null ? browser : [hostLocale, ...browser]);
}

export interface Translate {
  /** A catalogue entry in this window's language: t('ui.language.label'). */
  <K extends MessageId>(id: K, ...params: ParamArgs<K>): string;
  /** A Message the core sent (an error, an outcome, an LED state …), in this window's language. */
  msg(message: Message): string;
  /**
   * A sentence with some parameters drawn as elements (a device id in <code>), wherever the
   * language puts them: t.rich('ui.handoff.owner', { deviceId, owner }, { deviceId: <code/> }).
   */
  rich<K extends MessageId>(
    id: K,
    params: Exclude<ParamsOf<K>, undefined>,
    elements: { readonly [P in keyof Exclude<ParamsOf<K>, undefined>]?: ReactNode },
  ): ReactNode;
  /** A number with this language's digits and separators. */
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** An ISO moment as this language writes a date and time. */
  dateTime(iso: string, options?: Intl.DateTimeFormatOptions): string;
  readonly locale: Locale;
}

export function translator(locale: Locale): Translate {
  const t = (<K extends MessageId>(id: K, ...params: ParamArgs<K>): string =>
    formatMessage(locale, m(id, ...params))) as Translate;
  t.msg = (message) => formatMessage(locale, message);
  t.rich = (id, params, elements) => {
    // Each element's place is marked with a private-use sentinel, found again after formatting.
    const nodes: ReactNode[] = [];
    const values: Record<string, MessageParam> = { ...(params as Record<string, MessageParam>) };
    for (const [name, node] of Object.entries(elements as Record<string, ReactNode>)) {
      values[name] = `\uE000${nodes.length}\uE001`;
      nodes.push(node);
    }
    return formatMessage(locale, { id, params: values })
      .split(/\uE000(\d+)\uE001/)
      .map((part, index) =>
        index % 2 === 1 ? createElement(Fragment, { key: index }, nodes[Number(part)]) : part,
      );
  };
  t.number = (value, options) => formatNumber(locale, value, options);
  t.dateTime = (iso, options) => formatDateTime(locale, iso, options);
  (t as { locale: Locale }).locale = locale;
  return t;
}

/**
 * The window's language, negotiated only when one of its three inputs changes: every screen
 * asks (useT), and a selector that negotiated would run on every store update (each progress
 * event) in each of them.
 */
function useLocale(): Locale {
  const languageOverride = useAppState((state) => state.languageOverride);
  const chosen = useAppState((state) => state.settings?.language);
  const host = useAppState((state) => state.info?.systemLocale ?? null);
  return useMemo(
    () =>
      windowLocale({
        languageOverride,
        settings: chosen === undefined ? null : { language: chosen },
        info: { systemLocale: host },
      }),
    [languageOverride, chosen, host],
  );
}

/**
 * The system's language as this window sees it, whatever Settings chose: for the chooser's
 * "As this computer (…)" entry.
 */
export const useSystemLocale = (): Locale =>
  useAppState((state) => systemLocale(state.info?.systemLocale ?? null));

/** The language the page's address forces (`?lang=`), or null: Settings can say it is overridden. */
export const useLanguageOverride = (): Locale | null =>
  useAppState((state) => state.languageOverride);

/** Keeps <html lang> on the window's language, for screen readers, hyphenation and fonts. */
export function useDocumentLanguage(): void {
  const locale = useLocale();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
}

/** The translate function of this window's language (a new one only when the language changes). */
export function useT(): Translate {
  const locale = useLocale();
  // German and Chinese arrive as their own chunk the first time they are needed; until then the
  // sentences are English (format.ts), and every screen says them again once the language is in.
  const loaded = useSyncExternalStore(onLanguageLoaded, () => languageLoaded(locale));
  useEffect(() => {
    if (!loaded) void loadLanguage(locale).catch(() => undefined);
  }, [locale, loaded]);
  // A new function once the language is in, so anything memoised on `t` says it again.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `loaded` is that signal
  return useMemo(() => translator(locale), [locale, loaded]);
}
