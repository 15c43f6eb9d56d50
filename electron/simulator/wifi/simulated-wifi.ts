// A host Wi-Fi that exists only in memory, for demo mode and tests. It "sees" a few ordinary
// networks plus whatever simulated Photons the provider lists; joining one makes that
// simulator's loopback ports the device address. It can be told to be slow, to fail, or to drop.
import { m } from '../../../shared/i18n';
import { WifiError } from '../../core/wifi/errors';
import type {
  Association,
  DeviceEndpoint,
  JoinOptions,
  NetProbe,
  NetworkRef,
  ScanOptions,
  TempJoin,
  WifiBackend,
  WifiCaps,
  WifiIface,
  WifiNetwork,
} from '../../core/wifi/types';
import { assertJoinableSsid } from '../../core/wifi/ssid';

/** What the Photon simulator tells us about one running device. */
export interface SimulatedPhotonAp {
  ssid: string;
  tcpPort: number;
  httpPort: number;
}

export interface SimulatedNetwork {
  ssid: string;
  signal?: number;
  channel?: number;
  open?: boolean;
}

export interface SimulatedWifiFaults {
  /** Every backend call takes this long. */
  latencyMs: number;
  /** The DHCP address appears this long after a join (a 169.254.x one is shown meanwhile). */
  dhcpDelayMs: number;
  failScan: boolean;
  failJoin: boolean;
  failRejoin: boolean;
  failForget: boolean;
  /** The Photon network is left by itself this long after joining (null: never). */
  dropAfterMs: number | null;
  /** Joining a network takes this long before it is associated (a laptop: seconds). */
  joinDelayMs: number;
  /** Rejoining the home network takes this long, DHCP included. */
  rejoinDelayMs: number;
}

export interface SimulatedWifiOptions {
  photons: () => readonly SimulatedPhotonAp[];
  networks?: readonly SimulatedNetwork[] | undefined;
  /** The network the host is on at start and returns to; null for "not on Wi-Fi". */
  startOn?: string | null | undefined;
  iface?: string | undefined;
  faults?: Partial<SimulatedWifiFaults> | undefined;
}

const SIMULATED_IFACE = 'wlan-sim';
const SIMULATED_HOME_ADDRESS = '10.0.0.23';
const SIMULATED_PHOTON_CLIENT_ADDRESS = '192.168.0.2';
const DEFAULT_SIMULATED_NETWORKS: readonly SimulatedNetwork[] = [
  { ssid: 'Workshop', signal: 82, channel: 6, open: false },
  { ssid: 'Guest:Net', signal: 54, channel: 1, open: true },
];

const NO_FAULTS: SimulatedWifiFaults = {
  latencyMs: 0,
  dhcpDelayMs: 0,
  failScan: false,
  failJoin: false,
  failRejoin: false,
  failForget: false,
  dropAfterMs: null,
  joinDelayMs: 0,
  rejoinDelayMs: 0,
};

export class SimulatedWifi {
  readonly iface: string;
  readonly backend: WifiBackend;
  readonly net: NetProbe;
  /** Every backend call, for tests and the demo log. */
  readonly calls: string[] = [];
  private faults: SimulatedWifiFaults;
  private current: string | null;
  private joinedAt = 0;
  private dropTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly profiles = new Set<string>();
  private readonly networks: readonly SimulatedNetwork[];
  private readonly switchListeners = new Set<(from: string | null, to: string | null) => void>();

  constructor(private readonly options: SimulatedWifiOptions) {
    this.iface = options.iface ?? SIMULATED_IFACE;
    this.networks = options.networks ?? DEFAULT_SIMULATED_NETWORKS;
    this.current =
      options.startOn === undefined ? (this.networks[0]?.ssid ?? null) : options.startOn;
    this.faults = { ...NO_FAULTS, ...options.faults };
    this.backend = this.makeBackend();
    this.net = this.makeNetProbe();
  }

  configure(faults: Partial<SimulatedWifiFaults>): void {
    this.faults = { ...this.faults, ...faults };
  }

  /** The OS leaves the Photon network now (the radio roamed, the device rebooted, ...). */
  drop(): void {
    if (this.photon(this.current) !== undefined) this.current = null;
  }

  /**
   * What an operator does on the manual path: join a network from the system Wi-Fi menu,
   * outside Photon Setup (no temporary profile is made for it).
   */
  joinFromSystemMenu(ssid: string): void {
    if (this.photon(ssid) === undefined && !this.networks.some((network) => network.ssid === ssid))
      throw new Error(`The simulated air has no network called ${ssid}.`);
    this.current = ssid;
  }

  get currentNetwork(): string | null {
    return this.current;
  }

  /** Temporary profiles still present: empty after a clean restore. */
  get leftoverProfiles(): string[] {
    return [...this.profiles];
  }

  /** The joined simulator's loopback ports, or null when not on a simulated Photon. */
  deviceEndpoint(): DeviceEndpoint | null {
    const photon = this.photon(this.current);
    return photon === undefined
      ? null
      : { host: '127.0.0.1', tcpPort: photon.tcpPort, httpPort: photon.httpPort };
  }

  /** For WifiSessionDeps.endpoint. */
  endpoint = (): DeviceEndpoint => {
    const endpoint = this.deviceEndpoint();
    if (endpoint === null) throw new WifiError('not-found', m('wifi.sim.not-on-photon'));
    return endpoint;
  };

  /** Told whenever the host's Wi-Fi moves (a tray feeder powers the next unit after a trip). */
  onSwitch(listener: (from: string | null, to: string | null) => void): () => void {
    this.switchListeners.add(listener);
    return () => this.switchListeners.delete(listener);
  }

  /** Whether this network is one of the simulated Photons. */
  isPhoton(ssid: string | null): boolean {
    return this.photon(ssid) !== undefined;
  }

  dispose(): void {
    if (this.dropTimer !== null) clearTimeout(this.dropTimer);
    this.dropTimer = null;
  }

  private photon(ssid: string | null): SimulatedPhotonAp | undefined {
    return ssid === null
      ? undefined
      : this.options.photons().find((photon) => photon.ssid === ssid);
  }

  private visible(ssid: string): boolean {
    return (
      this.photon(ssid) !== undefined || this.networks.some((network) => network.ssid === ssid)
    );
  }

  private async step(call: string): Promise<void> {
    this.calls.push(call);
    if (this.faults.latencyMs > 0)
      await new Promise((resolve) => setTimeout(resolve, this.faults.latencyMs));
  }

  private async pause(ms: number): Promise<void> {
    if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
  }

  private switchTo(ssid: string | null): void {
    if (this.dropTimer !== null) clearTimeout(this.dropTimer);
    this.dropTimer = null;
    const from = this.current;
    this.current = ssid;
    if (from !== ssid) for (const listener of this.switchListeners) listener(from, ssid);
    this.joinedAt = Date.now();
    if (this.photon(ssid) !== undefined && this.faults.dropAfterMs !== null) {
      this.dropTimer = setTimeout(() => this.drop(), this.faults.dropAfterMs);
      this.dropTimer.unref?.();
    }
  }

  private makeBackend(): WifiBackend {
    const iface = this.iface;
    return {
      name: 'simulated',
      caps: async (): Promise<WifiCaps> => {
        return { scanSsids: 'yes', readCurrent: 'yes', freshScan: true, deleteProfile: true };
      },
      interfaces: async (): Promise<WifiIface[]> => {
        await this.step('interfaces');
        return [{ name: iface, connected: this.current !== null }];
      },
      scan: async (_iface: string, _options: ScanOptions): Promise<WifiNetwork[]> => {
        await this.step('scan');
        if (this.faults.failScan) throw new WifiError('command-failed', m('wifi.sim.scan-failed'));
        return [
          ...this.networks.map((network) => ({
            ssid: network.ssid,
            signal: network.signal,
            channel: network.channel,
            open: network.open ?? false,
          })),
          ...this.options
            .photons()
            .map((photon) => ({ ssid: photon.ssid, signal: 70, channel: 11, open: true })),
        ];
      },
      current: async (_iface: string): Promise<NetworkRef | null> => {
        await this.step('current');
        return this.current === null ? null : { iface, ssid: this.current };
      },
      joinOpen: async (_iface: string, ssid: string, _options: JoinOptions): Promise<TempJoin> => {
        assertJoinableSsid(ssid);
        await this.step(`join ${ssid}`);
        if (this.faults.failJoin || this.photon(ssid) === undefined)
          throw new WifiError('join-failed', m('wifi.join.failed', { ssid }));
        await this.pause(this.faults.joinDelayMs);
        if (this.photon(ssid) === undefined)
          throw new WifiError('join-failed', m('wifi.join.failed', { ssid }));
        this.profiles.add(ssid);
        this.switchTo(ssid);
        return { iface, ssid, profileName: ssid };
      },
      isAssociated: async (_iface: string, ssid: string): Promise<Association> => {
        await this.step(`associated ${ssid}`);
        return this.current === ssid ? 'yes' : 'no';
      },
      rejoin: async (ref: NetworkRef): Promise<void> => {
        await this.step(`rejoin ${ref.ssid ?? '?'}`);
        if (this.faults.failRejoin || ref.ssid === undefined || !this.visible(ref.ssid))
          throw new WifiError('join-failed', m('wifi.sim.rejoin-failed'));
        await this.pause(this.faults.rejoinDelayMs);
        this.switchTo(ref.ssid);
      },
      forget: async (temp: TempJoin): Promise<void> => {
        await this.step(`forget ${temp.ssid}`);
        if (this.faults.failForget)
          throw new WifiError('command-failed', m('wifi.sim.forget-failed'));
        this.profiles.delete(temp.ssid);
        if (this.current === temp.ssid) this.switchTo(null);
      },
      letOsReconnect: async (): Promise<void> => {
        await this.step('reconnect');
        if (this.faults.failRejoin)
          throw new WifiError('join-failed', m('wifi.sim.reconnect-failed'));
        await this.pause(this.faults.rejoinDelayMs);
        const start =
          this.options.startOn === undefined
            ? (this.networks[0]?.ssid ?? null)
            : this.options.startOn;
        this.switchTo(start);
      },
    };
  }

  private makeNetProbe(): NetProbe {
    return {
      ipv4ByIface: () => {
        const result = new Map<string, string[]>();
        if (this.current === null) return result;
        if (this.photon(this.current) === undefined)
          result.set(this.iface, [SIMULATED_HOME_ADDRESS]);
        else
          result.set(this.iface, [
            Date.now() - this.joinedAt >= this.faults.dhcpDelayMs
              ? SIMULATED_PHOTON_CLIENT_ADDRESS
              : '169.254.20.7',
          ]);
        return result;
      },
      routeIface: async () => (this.current === null ? null : this.iface),
      defaultRoute: async () =>
        this.current === null || this.photon(this.current) !== undefined
          ? null
          : { iface: this.iface },
    };
  }
}
