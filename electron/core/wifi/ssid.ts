// SSIDs are broadcast by anything in radio range, so they are hostile input: a Photon SSID must
// match the prefix pattern and carry nothing a shell, netsh or an XML profile could misread
// before any command sees it (wifi.md §1.3 item 5, §3a).
import { m, type Message } from '../../../shared/i18n';
import { DEFAULT_SOFTAP_PREFIX, prefixProblem, prefixStem } from '../../../shared/softap-prefix';
import { SSID_MAX_BYTES as MAX_SSID_BYTES, utf8ByteLength } from '../../../shared/validate';
import { WifiError } from './errors';

/** The device code alphabet (device_code.cpp): 6 characters, or 4 on older devices. */
const STRICT_SUFFIX = /^[2-9A-HJ-NP-Z]{4,6}$/;
/** A custom SYSTEM_CONFIG_SOFTAP_SUFFIX is at most 6 characters; still only harmless ones. */
const LOOSE_SUFFIX = /^[A-Za-z0-9_.-]{1,6}$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const METACHARACTERS = /["'`$&|;<>(){}[\]*?!~#%^\\=,]/;

export interface SsidRules {
  /** The SoftAP prefix, with or without its dash ("Photon-" or "Photon"). */
  prefix?: string | undefined;
  /** Accept any short harmless suffix, for devices with a custom SoftAP suffix. */
  loose?: boolean | undefined;
}

const shown = (ssid: string): string => JSON.stringify(ssid.slice(0, 40));

/** The operator sentence for why ssid is not a Photon's, or null when it is acceptable. */
export function photonSsidProblem(ssid: string, rules: SsidRules = {}): Message | null {
  const badPrefix = prefixProblem(rules.prefix ?? DEFAULT_SOFTAP_PREFIX);
  const prefix = prefixStem(rules.prefix ?? DEFAULT_SOFTAP_PREFIX);
  if (badPrefix !== null) return badPrefix;
  if (ssid.length === 0) return m('wifi.ssid.empty');
  if (CONTROL.test(ssid)) return m('wifi.ssid.control');
  if (utf8ByteLength(ssid) > MAX_SSID_BYTES)
    return m('wifi.ssid.too-long', { max: MAX_SSID_BYTES, name: shown(ssid) });
  if (METACHARACTERS.test(ssid) || /\s/.test(ssid))
    return m('wifi.ssid.metacharacters', { name: shown(ssid) });
  const start = `${prefix}-`;
  const suffix = ssid.startsWith(start) ? ssid.slice(start.length) : null;
  const suffixOk =
    suffix !== null && (rules.loose === true ? LOOSE_SUFFIX : STRICT_SUFFIX).test(suffix);
  if (!suffixOk) return m('wifi.ssid.not-photon', { name: shown(ssid), stem: prefix });
  return null;
}

export const isPhotonSsid = (ssid: string, rules?: SsidRules): boolean =>
  photonSsidProblem(ssid, rules) === null;

/** The gate in front of every command that names a Photon network. */
export function assertPhotonSsid(ssid: string, rules?: SsidRules): string {
  const problem = photonSsidProblem(ssid, rules);
  if (problem !== null) throw new WifiError('invalid-ssid', problem);
  return ssid;
}

/** What a name handed to a Wi-Fi tool is, for the sentence when it cannot be passed safely. */
export type ToolArgument = 'interface' | 'profile' | 'connection' | 'network' | 'user';

/**
 * The operator's own network (to rejoin it) may legitimately contain "&" or quotes; commands get
 * it as one argv element without a shell, so only what breaks argv or line-based output is refused.
 */
export function assertArgumentSafe(value: string, what: ToolArgument): string {
  if (
    value.length === 0 ||
    CONTROL.test(value) ||
    value.startsWith('-') ||
    utf8ByteLength(value) > 255
  )
    throw new WifiError('invalid-ssid', m(`wifi.unsafe-name.${what}`));
  return value;
}

/** SSIDs the Photon pattern and the hostile-input rules both accept, strongest signal first, deduplicated. */
export function pickPhotonNetworks<T extends { ssid: string; signal?: number | undefined }>(
  networks: readonly T[],
  rules?: SsidRules,
): T[] {
  const best = new Map<string, T>();
  for (const network of networks) {
    if (!isPhotonSsid(network.ssid, rules)) continue;
    const seen = best.get(network.ssid);
    if (seen === undefined || (network.signal ?? -1) > (seen.signal ?? -1))
      best.set(network.ssid, network);
  }
  return [...best.values()].sort((a, b) => (b.signal ?? -1) - (a.signal ?? -1));
}

/**
 * The check every backend repeats right before a command names a network to join: whatever
 * prefix the operator configured, the name must have the Photon shape and be harmless.
 */
export function assertJoinableSsid(ssid: string): string {
  const dash = ssid.lastIndexOf('-');
  const prefix = dash > 0 ? ssid.slice(0, dash) : '';
  const problem = dash > 0 ? photonSsidProblem(ssid, { prefix, loose: true }) : null;
  if (dash <= 0 || problem !== null)
    throw new WifiError(
      'invalid-ssid',
      problem ?? m('wifi.ssid.not-photon', { name: shown(ssid), stem: 'Photon' }),
    );
  return ssid;
}
