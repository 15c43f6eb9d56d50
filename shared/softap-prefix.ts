// The name prefix of a Photon's setup network, stated once with its one rule. Device OS builds the
// SSID as `<prefix>-<suffix>` (SYSTEM_CONFIG_SOFTAP_PREFIX "Photon", softap-protocol.md §1), so
// the prefix is kept with its dash ("Photon-", what the operator reads and types) and every
// matcher takes the stem before the dash.
import { m, type Message } from './i18n';

export const DEFAULT_SOFTAP_PREFIX = 'Photon-';
/** Device OS limit on the configurable prefix. */
export const MAX_SOFTAP_PREFIX_LENGTH = 25;

const STEM = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** "Photon-" or "Photon" → "Photon": the part the SSID pattern `<stem>-XXXX` starts with. */
export const prefixStem = (prefix: string): string =>
  prefix.replace(/-+$/, '') || DEFAULT_SOFTAP_PREFIX.replace(/-+$/, '');

/** The prefix as shown and stored: the stem with one trailing dash. */
export const withDash = (prefix: string): string => `${prefixStem(prefix)}-`;

/** The operator sentence for a prefix that cannot be a Device OS SoftAP prefix, or null. */
export function prefixProblem(prefix: string): Message | null {
  const stem = prefix.replace(/-+$/, '');
  if (stem.length === 0) return m('validate.prefix.empty');
  if (stem.length > MAX_SOFTAP_PREFIX_LENGTH)
    return m('validate.prefix.too-long', { max: MAX_SOFTAP_PREFIX_LENGTH });
  if (!STEM.test(stem)) return m('validate.prefix.characters');
  return null;
}
