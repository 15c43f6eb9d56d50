// Wi-Fi security as the Photon speaks it: WICED bit fields in `sec` (scan-ap, configure-ap) and
// EAP method numbers in `eap`. Names follow softap-setup-js's table so values copied from its
// docs, the CLI or the source document map the same way (docs: softap-protocol.md §6).
import { m, type Message } from './i18n';

/** WICED security bits (wwd_constants.h). */
const SECURITY_BITS = {
  wep: 0x0000_0001,
  tkip: 0x0000_0002,
  aes: 0x0000_0004,
  shared: 0x0000_8000,
  wpa: 0x0020_0000,
  wpa2: 0x0040_0000,
  enterprise: 0x0200_0000,
  wps: 0x1000_0000,
  ibss: 0x2000_0000,
} as const;

/** scan-ap reports -1 when the radio could not tell; it must never be sent back. */
export const SECURITY_UNKNOWN = -1;

// Aliases ("none", "wpa2", "wpa2_enterprise") come after the canonical name so that looking up a
// number returns the more specific name. The source document prints wpa_aes as 2097165; that is a
// typo for 0x00200004 = 2097156, which is what the table and the firmware use.
const SECURITY_TABLE = [
  ['open', 0],
  ['none', 0],
  ['wep_psk', 0x0000_0001],
  ['wep_shared', 0x0000_8001],
  ['wpa_tkip', 0x0020_0002],
  ['wpa_aes', 0x0020_0004],
  ['wpa_mixed', 0x0020_0006],
  ['wpa2_tkip', 0x0040_0002],
  ['wpa2_aes', 0x0040_0004],
  ['wpa2_mixed', 0x0040_0006],
  ['wpa2', 0x0040_0006],
  ['wpa_enterprise_tkip', 0x0220_0002],
  ['wpa_enterprise_aes', 0x0220_0004],
  ['wpa_enterprise_mixed', 0x0220_0006],
  ['wpa2_enterprise_tkip', 0x0240_0002],
  ['wpa2_enterprise_aes', 0x0240_0004],
  ['wpa2_enterprise_mixed', 0x0240_0006],
  ['wpa2_enterprise', 0x0240_0006],
  ['enterprise', 0x0200_0000],
  ['unknown', SECURITY_UNKNOWN],
] as const;

export type SecurityName = (typeof SECURITY_TABLE)[number][0];

export const SECURITY_VALUES: Readonly<Record<SecurityName, number>> = Object.fromEntries(
  SECURITY_TABLE,
) as Record<SecurityName, number>;

export const securityNames: readonly SecurityName[] = SECURITY_TABLE.map(([name]) => name);

const isSecurityName = (value: string): value is SecurityName =>
  Object.hasOwn(SECURITY_VALUES, value);

/** Name ⇒ number, case-insensitive; undefined for names the device does not know. */
export function securityValue(name: string): number | undefined {
  const key = name.trim().toLowerCase();
  return isSecurityName(key) ? SECURITY_VALUES[key] : undefined;
}

/** Number ⇒ the first (most specific) table name, or undefined for combinations not in the table. */
export function securityKey(value: number): SecurityName | undefined {
  return SECURITY_TABLE.find(([, known]) => known === value)?.[0];
}

/** The coarse type the firmware reduces `sec` to before it stores credentials (wlan_hal.cpp toSecurityType). */
export type SecurityClass =
  'open' | 'wep' | 'wpa' | 'wpa2' | 'wpa-enterprise' | 'wpa2-enterprise' | 'unknown';

const has = (value: number, bit: number): boolean => (value & bit) !== 0;

export function securityClass(value: number): SecurityClass {
  if (!Number.isInteger(value) || value < 0) return 'unknown';
  if (value === 0) return 'open';
  if (has(value, SECURITY_BITS.wep)) return 'wep';
  const enterprise = has(value, SECURITY_BITS.enterprise);
  if (has(value, SECURITY_BITS.wpa2) && enterprise) return 'wpa2-enterprise';
  if (has(value, SECURITY_BITS.wpa) && enterprise) return 'wpa-enterprise';
  if (has(value, SECURITY_BITS.wpa)) return 'wpa';
  if (has(value, SECURITY_BITS.wpa2)) return 'wpa2';
  return 'unknown';
}

/** True when the value is something configure-ap can be given (never -1 or stray bits alone). */
export const isSendableSecurity = (value: number): boolean =>
  value >= 0 && securityClass(value) !== 'unknown';

/** A pre-shared key (WEP key or WPA passphrase) is needed; enterprise networks take credentials instead. */
export function requiresPassword(value: number): boolean {
  const kind = securityClass(value);
  return kind === 'wep' || kind === 'wpa' || kind === 'wpa2';
}

export const isEnterprise = (value: number): boolean => {
  const kind = securityClass(value);
  return kind === 'wpa-enterprise' || kind === 'wpa2-enterprise';
};

function cipherSuffix(value: number): string {
  const ciphers = [
    has(value, SECURITY_BITS.aes) ? 'AES' : null,
    has(value, SECURITY_BITS.tkip) ? 'TKIP' : null,
  ].filter((cipher): cipher is string => cipher !== null);
  return ciphers.length === 0 ? '' : ` (${ciphers.join('+')})`;
}

const hex8 = (value: number): string => `0x${(value >>> 0).toString(16).padStart(8, '0')}`;

/** A readable name for any value, e.g. 0x02400006 ⇒ "WPA2 Enterprise (AES+TKIP)". */
export function describeSecurity(value: number): Message {
  if (value === SECURITY_UNKNOWN) return m('security.unknown');
  if (!Number.isInteger(value) || value < 0)
    return m('security.unknown-value', { value: String(value) });
  if (value === 0) return m('security.open');
  if (value === SECURITY_BITS.enterprise) return m('security.enterprise');
  const wps = has(value, SECURITY_BITS.wps) ? 'yes' : 'no';
  const adHoc = has(value, SECURITY_BITS.ibss) ? 'yes' : 'no';
  if (has(value, SECURITY_BITS.wep))
    return m('security.wep', {
      shared: has(value, SECURITY_BITS.shared) ? 'yes' : 'no',
      wps,
      adHoc,
    });
  const wpa = has(value, SECURITY_BITS.wpa);
  const wpa2 = has(value, SECURITY_BITS.wpa2);
  if (!wpa && !wpa2) return m('security.unknown-value', { value: hex8(value) });
  return m('security.wpa', {
    family: wpa && wpa2 ? 'WPA/WPA2' : wpa2 ? 'WPA2' : 'WPA',
    mode: has(value, SECURITY_BITS.enterprise) ? 'enterprise' : 'personal',
    ciphers: cipherSuffix(value),
    wps,
    adHoc,
  });
}

/** EAP methods the Photon supports in configure-ap's `eap` (wlan_hal.h WLanEapType). */
export const EAP_TYPES = { peap: 25, 'eap-tls': 13 } as const;
export type EapMethod = keyof typeof EAP_TYPES;

const EAP_ALIASES: Readonly<Record<string, EapMethod>> = {
  peap: 'peap',
  'peap/mschapv2': 'peap',
  'eap-tls': 'eap-tls',
  tls: 'eap-tls',
};

/** Name (peap, peap/mschapv2, eap-tls, tls; any case) ⇒ number. */
export function eapTypeValue(name: string): number | undefined {
  const method = EAP_ALIASES[name.trim().toLowerCase()];
  return method === undefined ? undefined : EAP_TYPES[method];
}

export function eapMethod(value: number): EapMethod | undefined {
  if (value === EAP_TYPES.peap) return 'peap';
  if (value === EAP_TYPES['eap-tls']) return 'eap-tls';
  return undefined;
}

export const describeEap = (value: number): Message =>
  value === EAP_TYPES.peap
    ? m('security.eap.peap')
    : value === EAP_TYPES['eap-tls']
      ? m('security.eap.tls')
      : m('security.eap.other', { value });
