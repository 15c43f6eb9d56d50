// The host Wi-Fi a run may switch: the real backends on a desktop, the simulated Wi-Fi in demo
// mode and tests. Absent when the device is reached directly (already joined, or a CLI endpoint).
import type { SoftApOptions } from '../softap';
import { WifiSession, type WifiProgressListener, type WifiSessionDeps } from '../wifi';
import { probeSoftApDevice } from './device-probe';

/** A Wi-Fi session's deps without the two the engine supplies per trip. */
export type HostWifi = Omit<WifiSessionDeps, 'probeDevice' | 'onProgress'>;

/** A Wi-Fi session on this host that verifies a join by asking the device for its id. */
export function newWifiSession(
  wifi: HostWifi,
  softAp: SoftApOptions,
  onProgress?: WifiProgressListener,
): WifiSession {
  return new WifiSession({
    ...wifi,
    probeDevice: (endpoint, options) => probeSoftApDevice(softAp, endpoint, options),
    onProgress,
  });
}
