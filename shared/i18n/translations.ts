// Every language's text for every id: English from its catalogue, always here; the others from
// their area files (each typed against its English area, so a missing id or a missing area is a
// compile error), loaded when first asked for. The window's bundle then carries English and the
// formatter only, and a German or Chinese window fetches its own catalogue (a separate chunk)
// — three catalogues in one bundle took the window past its 200 KB budget. Until a language has
// arrived its sentences fall back to English (format.ts), never to nothing.
import type { LanguageAreas } from './areas';
import type { MessageId, Translations } from './catalogue';
import { EN } from './catalogue';
import type { Locale } from './locales';

export type CatalogueLanguage = Exclude<Locale, 'en-XA'>;
type LoadedLanguage = Exclude<CatalogueLanguage, 'en'>;

const english = Object.fromEntries(
  Object.entries(EN).map(([id, spec]) => [id, spec.text]),
) as Translations;

const merge = (areas: LanguageAreas): Translations =>
  Object.assign({}, ...Object.values(areas)) as Translations;

const LOADERS: Readonly<Record<LoadedLanguage, () => Promise<LanguageAreas>>> = {
  de: () => import('./de').then((module) => module.DE_AREAS),
  'zh-CN': () => import('./zh-CN').then((module) => module.ZH_CN_AREAS),
};

const texts = new Map<CatalogueLanguage, Translations>([['en', english]]);
const pending = new Map<LoadedLanguage, Promise<void>>();
const listeners = new Set<() => void>();

/** A language's texts, or undefined while it has not been loaded. */
export const textsOf = (locale: CatalogueLanguage): Translations | undefined => texts.get(locale);

/** True once a locale's sentences can be said in it (English and the pseudo-locale always). */
export const languageLoaded = (locale: Locale): boolean => locale === 'en-XA' || texts.has(locale);

/** Loads a language once (later calls share the first); resolves when its texts are in. */
export function loadLanguage(locale: Locale): Promise<void> {
  if (languageLoaded(locale)) return Promise.resolve();
  const language = locale as LoadedLanguage;
  const already = pending.get(language);
  if (already !== undefined) return already;
  const loading = LOADERS[language]()
    .then((areas) => {
      texts.set(language, merge(areas));
      for (const listener of listeners) listener();
    })
    .finally(() => pending.delete(language));
  pending.set(language, loading);
  return loading;
}

/** Every language, for the CLIs, the desktop app's own dialogs and the tests. */
export const loadAllLanguages = (): Promise<void> =>
  Promise.all((Object.keys(LOADERS) as LoadedLanguage[]).map(loadLanguage)).then(() => undefined);

/** Called whenever a language arrives; returns the function that stops listening. */
export function onLanguageLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const isMessageId = (id: string): id is MessageId => Object.hasOwn(EN, id);
