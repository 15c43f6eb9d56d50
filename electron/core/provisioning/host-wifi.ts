// The host Wi-Fi a run may switch: the real backends on a desktop, the simulated Wi-Fi in demo
// mode and tests. Absent when the device is reached directly (already joined, or a CLI endpoint).
import type {
  Clock,
  DeviceEndpoint,
  NetProbe,
  RestoreJournal,
  WifiBackend,
  WifiLock,
  WifiTimeouts,
} from '../wifi';

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
