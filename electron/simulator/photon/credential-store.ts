// add_wiced_wifi_credentials(): 5 slots, same SSID (the same bytes) replaced in place, otherwise
// the new entry goes first and the oldest falls off; only one enterprise network is ever kept.
import { ENTERPRISE_ENABLED, STORED_NETWORKS_MAX } from './constants';
import type { StoredNetwork } from './options';

export function storeNetwork(
  current: readonly StoredNetwork[],
  entry: StoredNetwork,
): StoredNetwork[] {
  const slots: Array<StoredNetwork | null> = [...current];
  let replace = slots.findIndex((slot) => slot?.ssid.equals(entry.ssid) === true);
  if (entry.security & ENTERPRISE_ENABLED) {
    slots.forEach((slot, index) => {
      if (slot === null || !(slot.security & ENTERPRISE_ENABLED)) return;
      if (replace < 0) replace = index;
      else if (index !== replace) slots[index] = null;
    });
  }
  if (replace < 0) {
    slots.unshift(entry);
  } else {
    slots[replace] = entry;
  }
  return slots.slice(0, STORED_NETWORKS_MAX).filter((slot): slot is StoredNetwork => slot !== null);
}
