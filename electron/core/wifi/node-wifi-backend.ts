// node-wifi where it is still correct (wifi.md §7): scanning and current network on Linux and
// Windows 10, macOS ≤ 13 with airport. Its error messages are never passed on — they can quote
// the command line, password included — and every SSID it joins was validated first.
import { m, type Message } from '../../../shared/i18n';
import type { RunCommand } from '../run-command';
import { systemClock, withDeadline } from '../runtime';
import { WifiError } from './errors';
import { loadNodeWifi, type NodeWifiModule, type NodeWifiNetwork } from './node-wifi-loader';
import { assertJoinableSsid } from './ssid';
import type {
  Association,
  JoinOptions,
  NetworkRef,
  ScanOptions,
  TempJoin,
  WifiBackend,
  WifiCaps,
  WifiIface,
  WifiNetwork,
} from './types';

export interface NodeWifiBackendOptions {
  runCommand: RunCommand;
  platform: NodeJS.Platform;
  /** Replaces the real loader (tests of the mapping); the default loads the contained node-wifi. */
  load?: (runCommand: RunCommand) => NodeWifiModule;
}

const OPEN_SECURITY = new Set(['', 'none', '--', 'open', 'offen']);

const unsupported = (task: Message): WifiError =>
  new WifiError('unsupported', m('wifi.node-wifi.unsupported', { task }));

/** node-wifi's Linux scan parser ignores "\:" escapes; such rows come out mangled and are dropped. */
const wellFormed = (network: NodeWifiNetwork): boolean =>
  typeof network.ssid === 'string' &&
  network.ssid.length > 0 &&
  !network.ssid.endsWith('\\') &&
  !network.ssid.includes('undefined') &&
  Number.isFinite(network.channel);

export class NodeWifiBackend implements WifiBackend {
  readonly name = 'node-wifi' as const;
  private module: NodeWifiModule | null = null;

  constructor(private readonly options: NodeWifiBackendOptions) {}

  /** Loaded on first use, not at import: loading is what touches the environment. */
  private wifi(iface: string | null): NodeWifiModule {
    this.module ??= (this.options.load ?? loadNodeWifi)(this.options.runCommand);
    this.module.init({ iface });
    return this.module;
  }

  private async call<T>(task: Message, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      // Whatever node-wifi threw (an Error, or the bare string 'SSID not found'), its text stays here.
      if (error instanceof WifiError) throw error;
      throw new WifiError('command-failed', m('wifi.node-wifi.failed', { task }));
    }
  }

  async caps(): Promise<WifiCaps> {
    return {
      scanSsids: 'yes',
      readCurrent: 'yes',
      freshScan: false,
      deleteProfile: this.options.platform !== 'win32',
    };
  }

  async interfaces(): Promise<WifiIface[]> {
    throw unsupported(m('wifi.task.list-interfaces'));
  }

  async scan(iface: string, _options: ScanOptions): Promise<WifiNetwork[]> {
    const found = await this.call(m('wifi.task.scan'), () => this.wifi(iface).scan());
    return found.filter(wellFormed).map((network) => ({
      ssid: network.ssid,
      bssid: network.bssid,
      signal: Number.isFinite(network.quality) ? network.quality : undefined,
      channel: network.channel,
      open: OPEN_SECURITY.has(
        String(network.security ?? '')
          .trim()
          .toLowerCase(),
      ),
    }));
  }

  async current(iface: string): Promise<NetworkRef | null> {
    const connections = await this.call(m('wifi.task.read-current'), () =>
      this.wifi(iface).getCurrentConnections(),
    );
    const connection = connections.find(
      (entry) => entry.iface === undefined || entry.iface === iface,
    );
    return connection === undefined ? null : { iface, ssid: connection.ssid };
  }

  async joinOpen(iface: string, ssid: string, options: JoinOptions): Promise<TempJoin> {
    assertJoinableSsid(ssid);
    // Never `password: undefined`: node-wifi would send the word "undefined" as the key.
    const work = this.call(m('wifi.task.join', { ssid }), () =>
      this.wifi(iface).connect({ ssid, password: '' }),
    );
    await withDeadline(
      work,
      options.timeoutMs,
      () => new WifiError('timeout', m('wifi.join.late', { ssid })),
      options.signal,
      systemClock,
    );
    // `nmcli device wifi connect` names the profile it creates after the SSID.
    return { iface, ssid, profileName: ssid };
  }

  async isAssociated(iface: string, ssid: string): Promise<Association> {
    try {
      const connections = await this.wifi(iface).getCurrentConnections();
      return connections.some((entry) => entry.ssid === ssid) ? 'yes' : 'no';
    } catch {
      return 'unknown';
    }
  }

  async rejoin(_ref: NetworkRef, _options: { timeoutMs: number }): Promise<void> {
    throw unsupported(m('wifi.task.rejoin-without-password'));
  }

  async forget(temp: TempJoin): Promise<void> {
    if (this.options.platform === 'win32') throw unsupported(m('wifi.task.remove-wifi-profile'));
    const name = assertJoinableSsid(temp.profileName ?? temp.ssid);
    await this.call(m('wifi.task.remove-profile'), () =>
      this.wifi(temp.iface).deleteConnection({ ssid: name }),
    );
  }

  async letOsReconnect(_iface: string): Promise<void> {
    throw unsupported(m('wifi.task.reconnect'));
  }
}
