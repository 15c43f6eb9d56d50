// The window's words: every sentence on screen comes from the catalogue through these hooks, in
// the language Settings chose, or the OS's (the host's systemLocale, else the browser's).
import { useMemo } from 'react';
import {
  formatDateTime,
  formatMessage,
  formatNumber,
  m,
  negotiateLocale,
  type Locale,
  type Message,
  type MessageId,
  type ParamArgs,
} from '../../shared/i18n';
import type { AppState } from '../store/state';
import { useAppState } from '../store/store-context';

/** The language of this window: the operator's choice, else the system's. */
export function windowLocale(state: Pick<AppState, 'settings' | 'info'>): Locale {
  const chosen = state.settings?.language;
  if (chosen !== undefined && chosen !== 'system') return chosen;
  return systemLocale(state.info?.systemLocale ?? null);
}

/** The system's language: the host's (app.getLocale()) where it knows it, else the browser's. */
export function systemLocale(hostLocale: string | null): Locale {
  const browser = typeof navigator === 'undefined' ? [] : [...navigator.languages];
  return negotiateLocale(hostLocale === null ? browser : [hostLocale, ...browser]);
}

export interface Translate {
  /** A catalogue entry in this window's language: t('ui.language.label'). */
  <K extends MessageId>(id: K, ...params: ParamArgs<K>): string;
  /** A Message the core sent (an error, an outcome, an LED state …), in this window's language. */
  msg(message: Message): string;
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
  t.number = (value, options) => formatNumber(locale, value, options);
  t.dateTime = (iso, options) => formatDateTime(locale, iso, options);
  (t as { locale: Locale }).locale = locale;
  return t;
}

export const useLocale = (): Locale => useAppState(windowLocale);

/** The translate function of this window's language (a new one only when the language changes). */
export function useT(): Translate {
  const locale = useLocale();
  return useMemo(() => translator(locale), [locale]);
}
