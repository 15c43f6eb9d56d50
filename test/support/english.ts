// The core speaks Messages ({id, params}); a test that checks what the operator reads asks for
// the English words here, as the CLI and an English window would show them.
import { formatMessage } from '../../shared/i18n/format';
import { isCatalogueMessage } from '../../shared/i18n/english-json';
import { isMessage, type Message } from '../../shared/i18n/message';

/** A message in English (undefined and null pass through, so optional fields read naturally). */
export function en(message: Message): string;
export function en(message: Message | null | undefined): string | undefined;
export function en(message: Message | null | undefined): string | undefined {
  if (message === null || message === undefined) return undefined;
  return formatMessage('en', message);
}

/**
 * A value with every catalogue Message inside it (arrays and plain objects, at any depth) put
 * into English words: for comparing a whole reply, record or list with the English it used to be.
 * Other objects with an `id` (a device, a run) are left as they are.
 */
export function enDeep<T>(value: T): unknown {
  if (isCatalogueMessage(value)) return formatMessage('en', value);
  if (Array.isArray(value)) return value.map((item: unknown) => enDeep(item));
  if (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype
  )
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, enDeep(item)]));
  return value;
}

/**
 * The English words of a message and every parameter value it carries, at any depth (nested
 * fragments included): what a secret-leak check must search, since another language would show
 * the parameters in its own words. Ids are left out: they are catalogue keys, never data.
 */
export function messageStrings(message: Message): string[] {
  const out: string[] = [formatMessage('en', message)];
  const walk = (param: unknown): void => {
    if (typeof param === 'string') out.push(param);
    else if (typeof param === 'number') out.push(String(param));
    else if (Array.isArray(param)) param.forEach(walk);
    else if (isMessage(param)) Object.values(param.params ?? {}).forEach(walk);
  };
  walk(message);
  return out;
}

/**
 * All a message could show anywhere, in one string: its English words and every parameter, each
 * on its own line. `expect(said(error.text)).not.toContain(password)` is a secret-leak check that
 * covers every language, not only English.
 */
export const said = (message: Message): string => messageStrings(message).join('\n');
