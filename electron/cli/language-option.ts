// `--lang X` anywhere on a command line: which language the core's sentences are printed in.
// Taken out before an area parses its own options, so every area accepts it the same way.
import { LOCALES, matchLocale, type Locale } from '../../shared/i18n';

export interface LanguageChoice {
  /** The command line without the option. */
  args: string[];
  locale: Locale | null;
  problem: string | null;
}

export function takeLanguage(args: readonly string[]): LanguageChoice {
  const rest: string[] = [];
  let wanted: string | null = null;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--lang') {
      wanted = args[index + 1] ?? '';
      index += 1;
    } else if (arg.startsWith('--lang=')) wanted = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  if (wanted === null) return { args: rest, locale: null, problem: null };
  // A language asked for by name must really be one (negotiating would fall back to English).
  const locale = matchLocale(wanted);
  return locale !== null
    ? { args: rest, locale, problem: null }
    : {
        args: rest,
        locale: null,
        problem: `Unknown language "${wanted}" for --lang. Use one of: ${LOCALES.join(', ')}.`,
      };
}
