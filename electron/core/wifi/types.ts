// The shapes every Wi-Fi backend speaks (wifi.md §7). Backends differ per OS and per operation;
// the session only ever sees this interface, so any one of them can be swapped or scripted.

export type BackendName = 'node-wifi' | 'nmcli' | 'netsh' | 'macos' | 'simulated';

export type WifiOperation =
  'interfaces' | 'scan' | 'current' | 'join' | 'associated' | 'rejoin' | 'forget' | 'reconnect';

/** 'needs-location': the OS hides SSIDs until the user grants location access. */
export type SsidAccess = 'yes' | 'needs-location' | 'no';

export interface WifiCaps {
  scanSsids: SsidAccess;
  readCurrent: SsidAccess;
  /** Can trigger a new scan rather than read a cache (Windows cannot without a helper). */
  freshScan: boolean;
  deleteProfile: boolean;
}

export interface WifiIface {
  /** What commands take: NM device, netsh interface Name, BSD device. */
  name: string;
  connected: boolean;
}

export interface WifiNetwork {
  ssid: string;
  bssid?: string | undefined;
  /** 0..100 */
  signal?: number | undefined;
  channel?: number | undefined;
  open: boolean;
}

/** Enough to come back to a network without knowing its password. */
export interface NetworkRef {
  iface: string;
  ssid?: string | undefined;
  nmUuid?: string | undefined;
  winProfile?: string | undefined;
}

/** The temporary join, enough to remove what it left behind. */
export interface TempJoin {
  iface: string;
  ssid: string;
  nmUuid?: string | undefined;
  /** nmcli connection name or netsh profile name we created. */
  profileName?: string | undefined;
}

/** 'unknown' when the OS will not tell (SSID redaction); the session then relies on address and probe. */
export type Association = 'yes' | 'no' | 'unknown';

export interface ScanOptions {
  fresh: boolean;
  signal?: AbortSignal | undefined;
}

export interface JoinOptions {
  timeoutMs: number;
  /** Aborts the join and kills its commands: a cancelled join must not land after the restore. */
  signal?: AbortSignal | undefined;
}

export type RejoinOptions = JoinOptions;

export interface WifiBackend {
  readonly name: BackendName;
  caps(): Promise<WifiCaps>;
  interfaces(): Promise<WifiIface[]>;
  scan(iface: string, options: ScanOptions): Promise<WifiNetwork[]>;
  current(iface: string): Promise<NetworkRef | null>;
  /** Joins an open network; resolves once the OS reports the attempt done (not necessarily verified). */
  joinOpen(iface: string, ssid: string, options: JoinOptions): Promise<TempJoin>;
  isAssociated(iface: string, ssid: string): Promise<Association>;
  rejoin(ref: NetworkRef, options: RejoinOptions): Promise<void>;
  /** Removes the temporary profile; a profile that is already gone is not an error. */
  forget(temp: TempJoin): Promise<void>;
  /**
   * Whether the temporary profile is still stored: a journal from a crash is replayed only while
   * it (or the Photon's network) is still there. 'unknown' when the OS will not say.
   */
  hasProfile?(temp: TempJoin): Promise<boolean | 'unknown'>;
  /**
   * The networks the OS would join by itself (macOS preferred list, Windows profiles), each as
   * something forget() removes; null when they cannot be listed. A Photon the OS learned during a
   * trip (the operator joined it from the menu) is removed again on the way home.
   */
  savedNetworks?(iface: string): Promise<TempJoin[] | null>;
  /** Restore fallback when the previous network is unknown: let the OS pick its best known network. */
  letOsReconnect(iface: string): Promise<void>;
}

/** Where the setup protocol of the joined device answers. */
export interface DeviceEndpoint {
  host: string;
  tcpPort: number;
  httpPort: number;
}

export const PHOTON_ENDPOINT: DeviceEndpoint = { host: '192.168.0.1', tcpPort: 5609, httpPort: 80 };

/** Asks the device for its id; null when nothing valid answered in time. Wired by the caller to the SoftAP client. */
export type ProbeDevice = (
  endpoint: DeviceEndpoint,
  options: { timeoutMs: number; signal?: AbortSignal },
) => Promise<{ id: string } | null>;

export interface DefaultRoute {
  iface: string;
  /** A hardware adapter (Ethernet, USB tethering), not a tunnel; undefined when not known. */
  physical?: boolean | undefined;
  /** The adapter's description where the OS has one (Windows). */
  description?: string | undefined;
}

/** Host network facts that do not depend on the Wi-Fi backend. */
export interface NetProbe {
  /** Every IPv4 address per interface, as os.networkInterfaces() reports them. */
  ipv4ByIface(): Map<string, string[]>;
  /** Interface the OS would use to reach dest, or null when it cannot tell. */
  routeIface(dest: string): Promise<string | null>;
  defaultRoute(): Promise<DefaultRoute | null>;
}
