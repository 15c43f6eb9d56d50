// Every language's text for every id: English from its catalogue, the others from their area
// files (each typed against its English area, so a missing id or a missing area is a compile
// error).
import type { LanguageAreas } from './areas';
import type { MessageId, Translations } from './catalogue';
import { EN } from './catalogue';
import { DE_AREAS } from './de';
import type { Locale } from './locales';
import { ZH_CN_AREAS } from './zh-CN';

const english = Object.fromEntries(
  Object.entries(EN).map(([id, spec]) => [id, spec.text]),
) as Translations;

const merge = (areas: LanguageAreas): Translations =>
  Object.assign({}, ...Object.values(areas)) as Translations;

export const TEXTS: Readonly<Record<Exclude<Locale, 'en-XA'>, Translations>> = {
  en: english,
  de: merge(DE_AREAS),
  'zh-CN': merge(ZH_CN_AREAS),
};

export const isMessageId = (id: string): id is MessageId => Object.hasOwn(EN, id);
