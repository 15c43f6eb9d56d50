// Verify's view of the host Wi-Fi: can it see the device's setup network (again)? A device that
// rejected the credentials goes back to listening mode and offers it once more.
import type { ApVisible } from './background';
import { reachesDirectly } from './device-link';
import type { RunDeps } from './types';

export type { ApVisible } from './background';

/** null when the host's Wi-Fi is not ours to scan (the device was reached directly). */
export function apVisibility(deps: Pick<RunDeps, 'wifi' | 'directEndpoint'>): ApVisible | null {
  const wifi = deps.wifi;
  if (wifi === null || reachesDirectly(deps)) return null;
  return async (ssid, signal) => {
    const interfaces = await wifi.backend.interfaces();
    const iface = interfaces.find((entry) => entry.connected) ?? interfaces[0];
    if (iface === undefined) return false;
    const networks = await wifi.backend.scan(iface.name, { fresh: true, signal });
    return networks.some((network) => network.ssid === ssid);
  };
}
