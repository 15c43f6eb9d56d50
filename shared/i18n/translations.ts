// Every language's text for every id: English from its catalogue, the others from their files
// (each typed against its English area, so a missing id is a compile error).
import type { MessageId, Translations } from './catalogue';
import { EN } from './catalogue';
import { DE_CORE } from './de/core';
import { DE_UI } from './de/ui';
import type { Locale } from './locales';
import { ZH_CN_CORE } from './zh-CN/core';
import { ZH_CN_UI } from './zh-CN/ui';

const english = Object.fromEntries(
  Object.entries(EN).map(([id, spec]) => [id, spec.text]),
) as Translations;

export const TEXTS: Readonly<Record<Exclude<Locale, 'en-XA'>, Translations>> = {
  en: english,
  de: { ...DE_CORE, ...DE_UI },
  'zh-CN': { ...ZH_CN_CORE, ...ZH_CN_UI },
};

export const isMessageId = (id: string): id is MessageId => Object.hasOwn(EN, id);
