// `<prefix>-<code>`: the prefix lives in a 25-byte DCT field, the code comes from a 32-symbol
// alphabet without 0/1/I/O (device_code.cpp; softap-protocol.md §1).
import { randomInt } from 'node:crypto';
import { DEFAULT_SOFTAP_PREFIX, prefixStem } from '../../../shared/softap-prefix';
import { SSID_PREFIX_MAX, SSID_SUFFIX_ALPHABET, SSID_SUFFIX_MAX } from './constants';

/** The firmware's SYSTEM_CONFIG_SOFTAP_PREFIX: the product's prefix without its dash. */
export const DEFAULT_SSID_PREFIX = prefixStem(DEFAULT_SOFTAP_PREFIX);

export function randomSsidSuffix(length: number): string {
  let code = '';
  for (let i = 0; i < length; i++)
    code += SSID_SUFFIX_ALPHABET.charAt(randomInt(SSID_SUFFIX_ALPHABET.length));
  return code;
}

export function buildSsid(prefix: string, suffix: string): string {
  if (prefix.length === 0 || prefix.length > SSID_PREFIX_MAX)
    throw new Error(`The SSID prefix must be 1 to ${SSID_PREFIX_MAX} characters.`);
  if (suffix.length === 0 || suffix.length > SSID_SUFFIX_MAX)
    throw new Error(`The SSID suffix must be 1 to ${SSID_SUFFIX_MAX} characters.`);
  return `${prefix}-${suffix}`;
}

export function normalizeDeviceIdOption(id: string | undefined): string {
  if (id === undefined) return randomDeviceId();
  if (!/^[0-9a-fA-F]{24}$/.test(id)) throw new Error('A device id is 24 hex digits.');
  return id.toUpperCase();
}

function randomDeviceId(): string {
  let id = '';
  for (let i = 0; i < 24; i++) id += '0123456789ABCDEF'.charAt(randomInt(16));
  return id;
}
