// The Photon wants WEP keys as `<index 2 hex><length 2 hex><key hex>`, e.g. 0005D9178B0F95 for
// key 1 = D9178B0F95 (softap-protocol.md §4.6; rickkas7.github.io/wep).
import { wepKeyForm } from '../../../shared/validate';

export type WepKeyIndex = 0 | 1 | 2 | 3;

const byteHex = (value: number): string => value.toString(16).padStart(2, '0').toUpperCase();

/** Returns the device form, or null when the key is not a valid WEP key (see wepKeyProblem). */
export function toDeviceWepKey(key: string, index: WepKeyIndex = 0): string | null {
  const form = wepKeyForm(key);
  if (form === null) return null;
  if (form === 'device') return key.toUpperCase();
  const hex =
    form === 'hex' ? key.toUpperCase() : Buffer.from(key, 'latin1').toString('hex').toUpperCase();
  return `${byteHex(index)}${byteHex(hex.length / 2)}${hex}`;
}
