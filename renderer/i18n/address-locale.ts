// A language named in the page's address: `?lang=de`, `?lang=zh-CN` or the pseudo-locale
// `?lang=en-XA` (accented, 40 % longer English, for finding text that clips). It wins over the
// language chosen in Settings and the system's, for this window only, and is meant for testing
// and screenshots: the pseudo-locale is never offered to operators. In the web demo, add
// `&lang=en-XA` to the printed URL (the web host keeps a supported language through its token
// redirect), or `?lang=en-XA` to the address of a page already open.
import { isLocale, type Locale } from '../../shared/i18n';

const LANGUAGE_PARAMETER = 'lang';

/** The supported language the address's query names, or null (none, or one this build lacks). */
export function localeFromAddress(search: string): Locale | null {
  const wanted = new URLSearchParams(search).get(LANGUAGE_PARAMETER)?.trim() ?? '';
  return isLocale(wanted) ? wanted : null;
}
