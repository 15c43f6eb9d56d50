// The i18n module's public surface (shared by the core, the CLIs and the renderer).
export { m, type MessageId, type ParamsOf } from './catalogue';
export { msg } from './define';
export { formatMessage, formatNumber } from './format';
export { LOCALE_NAMES, LOCALES, negotiateLocale, PSEUDO_LOCALE, type Locale } from './locales';
export { messageSchema, type Message, type MessageParams } from './message';
