// SSIDs as the radio and the firmware hold them: bytes, never text. Every comparison the device
// makes (configure-ap's pre-scan, the join) is on these bytes.
import { SSID_MAX_BYTES } from './constants';

/** The bytes of an air SSID; a string stands for its UTF-8 encoding. */
const ssidBytes = (ssid: string | Uint8Array): Buffer =>
  typeof ssid === 'string' ? Buffer.from(ssid, 'utf8') : Buffer.from(ssid);

/**
 * What scan-ap writes for a BSS: WICED caps the SSID at 32 bytes (softap.cpp v2.3.1 l.473) and
 * ScanEntry keeps it as a C string (`char ssid[33]`), so an embedded NUL ends it there.
 */
export function scannedSsid(ssid: string | Uint8Array): Buffer {
  const bytes = ssidBytes(ssid).subarray(0, SSID_MAX_BYTES);
  const nul = bytes.indexOf(0);
  return nul >= 0 ? bytes.subarray(0, nul) : bytes;
}

/**
 * sniff_security's match (wlan_hal.cpp v2.3.1 l.1027–1046): the same length and memcmp over
 * the SSID the radio reported, at most 32 bytes.
 */
export const sameSsid = (air: string | Uint8Array, stored: Uint8Array): boolean =>
  ssidBytes(air).subarray(0, SSID_MAX_BYTES).equals(stored);
