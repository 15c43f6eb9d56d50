// The host Wi-Fi a run may switch: the real backends on a desktop, the simulated Wi-Fi in demo
// mode and tests. Absent when the device is reached directly (already joined, or a CLI endpoint).
import type { SoftApOptions } from '../softap';
import {
  WifiSession,
  type Clock,
  type DeviceEndpoint,
  type NetProbe,
  type RestoreJournal,
  type WifiBackend,
  type WifiLock,
  type WifiProgressListener,
  type WifiTimeouts,
} from '../wifi';
import { probeSoftApDevice } from './device-probe';

export interface HostWifi {
  backend: WifiBackend;
  net: NetProbe;
  /** null only where a crash cannot strand the host (demo mode without a data dir). */
  journal: RestoreJournal | null;
  platform: NodeJS.Platform;
  /** Where the joined device answers; the simulator points this at loopback ports. */
  endpoint?: () => DeviceEndpoint;
  timeouts?: Partial<WifiTimeouts>;
  clock?: Clock;
  lock?: WifiLock;
}

/** A Wi-Fi session on this host that verifies a join by asking the device for its id. */
export function newWifiSession(
  wifi: HostWifi,
  softAp: SoftApOptions,
  onProgress?: WifiProgressListener,
): WifiSession {
  return new WifiSession({
    backend: wifi.backend,
    net: wifi.net,
    journal: wifi.journal,
    platform: wifi.platform,
    probeDevice: (endpoint, options) => probeSoftApDevice(softAp, endpoint, options),
    ...(onProgress === undefined ? {} : { onProgress }),
    ...(wifi.endpoint === undefined ? {} : { endpoint: wifi.endpoint }),
    ...(wifi.timeouts === undefined ? {} : { timeouts: wifi.timeouts }),
    ...(wifi.clock === undefined ? {} : { clock: wifi.clock }),
    ...(wifi.lock === undefined ? {} : { lock: wifi.lock }),
  });
}
