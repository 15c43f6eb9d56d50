// The i18n module's public surface (shared by the core, the CLIs and the renderer).
export { m, type MessageId, type ParamArgs, type ParamsOf } from './catalogue';
export { msg } from './define';
export { formatDateTime, formatMessage, formatNumber, intlLocale } from './format';
export { issueMessage, issueText } from './issue';
export {
  LOCALE_NAMES,
  LOCALES,
  matchLocale,
  negotiateLocale,
  PSEUDO_LOCALE,
  isLocale,
  type Locale,
} from './locales';
export { isMessage, type Message, type MessageParam, type MessageParams } from './message';
export { languageLoaded, loadAllLanguages, loadLanguage, onLanguageLoaded } from './translations';
