// Typed progress for the UI: which phase, a countdown while waiting, the address seen.
import type { Message } from '../../../shared/i18n';
import type { WifiNetwork } from './types';

type WifiPhase =
  | 'preflight'
  | 'discover'
  | 'choose'
  | 'manual'
  | 'join'
  | 'verify'
  | 'connected'
  | 'dropped'
  | 'restore'
  | 'restored'
  | 'restore-failed'
  | 'replay';

export interface WifiProgress {
  phase: WifiPhase;
  /** One plain sentence for the operator. */
  message: Message;
  ssid?: string | undefined;
  /** Seconds left in the current wait. */
  countdownS?: number | undefined;
  /** The IPv4 address seen on the Wi-Fi interface (also a 169.254.x one while DHCP is pending). */
  address?: string | undefined;
  candidates?: WifiNetwork[] | undefined;
  /** Another link carries the default route, so the cloud stays reachable while joined. */
  secondLink?: boolean | undefined;
  deviceId?: string | undefined;
}

export type WifiProgressListener = (progress: WifiProgress) => void;
